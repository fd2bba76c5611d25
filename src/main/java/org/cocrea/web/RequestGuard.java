package org.cocrea.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cocrea.security.SecurityHeaders;

/**
 * Requests the application refuses before any page or download runs, each with a 4xx and the
 * error page in the person's language (never a server error, never reading the refused body):
 * <ul>
 * <li>a method other than GET, HEAD and POST: 405;</li>
 * <li>a session id in the URL ({@code ;jsessionid=}): sessions travel in the cookie only, 400;</li>
 * <li>a GET or HEAD carrying a view state: a form's action runs on POST only, 400;</li>
 * <li>a POST sent in chunks without a declared length (411) or larger than the limits of {@link UploadLimit}: a form
 * with files may carry as many files of the largest accepted size as it may have, a form without
 * files {@code cocrea.form.max-bytes}; 413.</li>
 * </ul>
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RequestGuard.class.getName());

    static final Set<String> METHODS = new LinkedHashSet<>(List.of("GET", "HEAD", "POST"));

    private static final String VIEW_STATE = "jakarta.faces.ViewState";

    /** The page of every refusal here, in the person's language; it keeps the status. */
    private static final String ERROR_PAGE = "/errors/400.xhtml";

    @Inject
    private transient UploadLimit limits;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        int refusal = refusal(request);
        if (refusal == 0) {
            chain.doFilter(request, response);
            return;
        }
        LOG.log(Level.FINE, "Refused {0} {1}: {2}", new Object[] {request.getMethod(), request.getRequestURI(), refusal});
        SecurityHeaders.apply(request, response);
        if (refusal == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
            response.setHeader("Allow", String.join(", ", METHODS));
        }
        response.setHeader("Connection", "close"); // the body is never read
        response.setStatus(refusal);
        if (refusal == HttpServletResponse.SC_LENGTH_REQUIRED || refusal == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
            writeBodyRefusal(request, response);
        } else {
            request.getRequestDispatcher(ERROR_PAGE).forward(new BareGet(request), response);
        }
    }

    /**
     * A body too large or of unknown length is answered without the layout: a page of Faces would
     * read the request's parameters (the container parses them from the body on first use).
     */
    private static void writeBodyRefusal(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Format.MEXICO;
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"><title>"
                + Messages.text(locale, "error.400.title") + "</title></head><body><h1>" + Messages.text(locale, "error.400.title")
                + "</h1><p>" + Messages.text(locale, "error.tooLarge.text") + "</p><p><a href=\"" + request.getContextPath() + "/\">"
                + Messages.text(locale, "error.home") + "</a></p></body></html>");
    }

    /** The status refusing the request, or 0 when it may go on. */
    private int refusal(HttpServletRequest request) {
        String method = request.getMethod();
        if (!METHODS.contains(method)) {
            return HttpServletResponse.SC_METHOD_NOT_ALLOWED;
        }
        if (request.isRequestedSessionIdFromURL() || request.getRequestURI().toLowerCase(Locale.ROOT).contains(";jsessionid")) {
            return HttpServletResponse.SC_BAD_REQUEST;
        }
        if (!"POST".equals(method)) {
            return carriesAViewState(request.getQueryString()) ? HttpServletResponse.SC_BAD_REQUEST : 0;
        }
        long length = request.getContentLengthLong();
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            return HttpServletResponse.SC_LENGTH_REQUIRED;
        }
        String type = request.getContentType();
        boolean withFiles = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        long limit = withFiles ? limits.getMaxUploadRequestBytes() : limits.getMaxFormBytes();
        return length > limit ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : 0;
    }

    /**
     * Whether a query string names the view state, read without the request's parameters (reading
     * them here would fix their encoding before Faces sets UTF-8).
     */
    static boolean carriesAViewState(String query) {
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            String name = pair.split("=", 2)[0];
            try {
                name = URLDecoder.decode(name, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // a malformed escape is not the view state's name
            }
            if (name.strip().equals(VIEW_STATE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The refused request as the error page sees it: a GET without parameters or body, so that
     * rendering the page reads nothing of what was refused (a form's fields, an oversize body, a view state).
     */
    private static final class BareGet extends HttpServletRequestWrapper {

        BareGet(HttpServletRequest request) {
            super(request);
        }

        @Override public String getMethod() { return "GET"; }
        @Override public String getQueryString() { return null; }
        @Override public String getContentType() { return null; }
        @Override public int getContentLength() { return 0; }
        @Override public long getContentLengthLong() { return 0; }
        @Override public String getParameter(String name) { return null; }
        @Override public Map<String, String[]> getParameterMap() { return Map.of(); }
        @Override public Enumeration<String> getParameterNames() { return Collections.emptyEnumeration(); }
        @Override public String[] getParameterValues(String name) { return null; }
    }
}
