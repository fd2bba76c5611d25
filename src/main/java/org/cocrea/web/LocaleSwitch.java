package org.cocrea.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The language of the interface: Spanish (Mexico) unless the person picked English. The choice
 * lives in a cookie (the public needs no HTTP session for it) and, for a signed-in person, in
 * their account too, which sets the cookie again at sign-in ({@link LoginPage}). The switch is a
 * plain link to the same address with {@code lang=…} added: {@link LanguageFilter} keeps the choice
 * and sends the browser back to the address without it, query string and all, so a reload or a
 * shared link shows the same page.
 */
@Named
@RequestScoped
public class LocaleSwitch {

    static final String COOKIE = "cocrea.lang";
    static final String PARAMETER = "lang";

    @Inject
    private HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = localeOf(cookieOf(request));
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public boolean isSpanish() {
        return "es".equals(getLanguage());
    }

    /** The address of this page in the other language: this page's address and query plus {@code lang}. */
    public String getSwitchUrl() {
        return withLanguage(originalUri(request), request.getQueryString(), isSpanish() ? "en" : "es");
    }

    /** "en" gives English; anything else, Spanish (Mexico). */
    static Locale localeOf(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Format.MEXICO;
    }

    /** The language code a request asks for, or null when it names none we speak. */
    static String supported(String language) {
        return "es".equals(language) || "en".equals(language) ? language : null;
    }

    static String cookieOf(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue).map(LocaleSwitch::supported).filter(v -> v != null)
                .findFirst().orElse(null);
    }

    /** Keeps a choice for a year, for the whole application. */
    static void remember(HttpServletRequest request, HttpServletResponse response, String language) {
        Cookie cookie = new Cookie(COOKIE, language);
        String path = request.getContextPath();
        cookie.setPath(path == null || path.isEmpty() ? "/" : path);
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** The address a person typed or followed, also while an error page is being forwarded to. */
    static String originalUri(HttpServletRequest request) {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        return forwarded instanceof String uri ? uri : request.getRequestURI();
    }

    /** {@code uri?query} with {@code lang} set to {@code language} (an earlier {@code lang} dropped). */
    static String withLanguage(String uri, String query, String language) {
        String rest = withoutLanguage(query);
        return uri + "?" + (rest.isEmpty() ? "" : rest + "&") + PARAMETER + "=" + URLEncoder.encode(language, StandardCharsets.UTF_8);
    }

    /** The supported language a query string asks for ({@code lang=en}), or null. */
    static String languageIn(String query) {
        if (query == null) {
            return null;
        }
        return Arrays.stream(query.split("&")).filter(part -> part.startsWith(PARAMETER + "="))
                .map(part -> supported(part.substring(PARAMETER.length() + 1)))
                .filter(v -> v != null).findFirst().orElse(null);
    }

    /** The query string without its {@code lang} parameters; empty when nothing else is left. */
    static String withoutLanguage(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(part -> !part.isEmpty() && !part.equals(PARAMETER) && !part.startsWith(PARAMETER + "="))
                .collect(Collectors.joining("&"));
    }
}
