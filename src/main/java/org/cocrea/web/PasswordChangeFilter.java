package org.cocrea.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;

/**
 * After a password reset, the person signed in with a temporary password goes to
 * /account/password, and only there (and to sign out, static resources and the help), until it
 * chooses its own. {@link LoginPage} marks the session at sign-in; {@code PasswordPage} clears the
 * mark once the new password is saved.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class PasswordChangeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The session attribute that marks a signed-in person who must change its password first. */
    static final String MUST_CHANGE = "cocrea.mustChangePassword";

    private static final String PASSWORD_PAGE = "/account/password";

    private static final List<String> ALLOWED = List.of(PASSWORD_PAGE, "/jakarta.faces.resource/", "/resources/", "/help",
            "/login", "/logout");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(MUST_CHANGE) == null || request.getUserPrincipal() == null
                || allowed(request.getRequestURI().substring(request.getContextPath().length()))) {
            chain.doFilter(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
    }

    /** The signed-in person chose its own password: it may go anywhere again. */
    public static void changed() {
        FacesContext.getCurrentInstance().getExternalContext().getSessionMap().remove(MUST_CHANGE);
    }

    private static boolean allowed(String path) {
        return ALLOWED.stream().anyMatch(path::startsWith);
    }
}
