package org.cocrea.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cocrea.account.AccountService;

/**
 * A GET with {@code lang=es|en} (the language links of every page): keeps the choice in the
 * cookie, and in the account of a signed-in person, then sends the browser back to the same address
 * without {@code lang}, its other parameters kept ({@code ?id=…}). Not under {@code /api/}: there
 * {@code lang} is a parameter of the answer itself (the progress badges' {@code ?lang=en}), and an
 * image embedded in another site must be the image, not a redirect that sets a cookie.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // read from the query string, never with getParameter: that would parse a form's body before Faces
        // sets its encoding to UTF-8 (and garble every accent of the post)
        String language = "GET".equals(request.getMethod()) && !isApi(request)
                ? LocaleSwitch.languageIn(request.getQueryString()) : null;
        if (language == null) {
            chain.doFilter(request, response);
            return;
        }
        LocaleSwitch.remember(request, response, language);
        if (request.getUserPrincipal() != null) {
            accounts.chooseOwnLanguage(language);
        }
        String rest = LocaleSwitch.withoutLanguage(request.getQueryString());
        response.sendRedirect(request.getRequestURI() + (rest.isEmpty() ? "" : "?" + rest));
    }

    /** A request to the API ({@code /api/…}), which answers in the language its own parameters ask for. */
    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
