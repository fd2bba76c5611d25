package org.cocrea.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cocrea.shared.persistence.PageVersion;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Public pages at the speed of static files (issue 12): an anonymous GET of a public page
 * ({@link PublicPages}) is answered from the page as last rendered for its address and language,
 * as long as the data has not changed since. One primary-key read per request
 * ({@link PageVersion}, which every write moves in its own transaction) says whether it has, so a
 * page is never stale once a change was acknowledged, on any instance of a cluster. Answers carry
 * {@code ETag} (a hash of the page), {@code Last-Modified} (the last write) and
 * {@code Cache-Control: public, no-cache}: browsers and a reverse proxy keep the page and revalidate
 * it, and a matching {@code If-None-Match} gets 304. {@code Vary: Cookie}: the language is a cookie.
 *
 * <p>Mapped to the Faces servlet by name, so it runs after every filter mapped by address (request
 * guard, security headers, language, compression): a cached page gets the same headers and the
 * same compression as a rendered one. Signed-in people, posts, a request carrying Faces' flash
 * cookie (a message to show after a redirect), and answers other than a 200 page that set no cookie
 * never touch the cache. {@code Cache-Control: no-cache} in the request (a browser's hard reload)
 * renders the page again. At most {@code cocrea.pageCache.entries} pages (default 1000) are kept.
 */
@WebFilter(servletNames = "Faces Servlet", dispatcherTypes = DispatcherType.REQUEST)
public class PublicPageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Mojarra's flash cookie: a message waits for this page. */
    private static final String FLASH_COOKIE = "csfcfc";
    static final String CACHE_CONTROL = "public, no-cache";
    private static final String CSP = "Content-Security-Policy";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private transient PageVersion pageVersion;

    @Inject
    @ConfigProperty(name = "cocrea.pageCache.entries", defaultValue = "1000")
    private int maxEntries;

    /** The cache's hit rate for operators: cached / (cached + rendered), at {@code /metrics?scope=application}. */
    private static final Metadata ANSWERS = Metadata.builder()
            .withName("cocrea.pageCache.answers")
            .withDescription("Anonymous public page views answered from the rendered-page cache (cached) or rendered")
            .build();

    @Inject
    private transient MetricRegistry registry;

    private final transient Map<String, RenderedPage> pages = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!cacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        PageVersion.Current version = pageVersion.current();
        String key = key(request);
        RenderedPage page = pages.get(key);
        boolean cached = page != null && page.isOf(version.number()) && !rendersAgain(request);
        registry.counter(ANSWERS, new Tag("answer", cached ? "cached" : "rendered")).inc();
        if (!cached) {
            Capture capture = new Capture(response);
            boolean hadSession = request.getSession(false) != null;
            chain.doFilter(request, capture);
            page = capture.page(version, !hadSession && request.getSession(false) != null);
            if (page == null) {
                capture.passOn();
                return;
            }
            store(key, page);
        }
        answer(page, request, response);
    }

    /** An anonymous GET of a public page, no message waiting for it. */
    static boolean cacheable(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && request.getUserPrincipal() == null
                && PublicPages.isPublic(request.getServletPath()) && !hasCookie(request, FLASH_COOKIE);
    }

    /** The address with its query, in the visitor's language. */
    static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        return LocaleSwitch.localeOf(LocaleSwitch.cookieOf(request)).getLanguage() + ' ' + request.getRequestURI()
                + (query == null ? "" : "?" + query);
    }

    private static boolean rendersAgain(HttpServletRequest request) {
        String cacheControl = request.getHeader("Cache-Control");
        String pragma = request.getHeader("Pragma");
        return cacheControl != null && cacheControl.toLowerCase().contains("no-cache")
                || pragma != null && pragma.toLowerCase().contains("no-cache");
    }

    private static boolean hasCookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (name.equals(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private void store(String key, RenderedPage page) {
        if (pages.size() >= maxEntries && !pages.containsKey(key)) {
            Iterator<String> any = pages.keySet().iterator();
            if (any.hasNext()) {
                pages.remove(any.next());
            }
        }
        pages.put(key, page);
    }

    private static void answer(RenderedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("ETag", page.etag());
        response.setHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(page.lastModified().atOffset(ZoneOffset.UTC)));
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.addHeader("Vary", "Cookie");
        if (page.matches(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        String nonce = Base64.getEncoder().encodeToString(random);
        String policy = page.policy(nonce);
        if (policy != null) {
            response.setHeader(CSP, policy);
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        response.setContentLength(page.length(nonce.length()));
        page.writeTo(response.getOutputStream(), nonce);
    }

    /**
     * The rendered answer, held back: its body is kept until the filter knows whether it is a page
     * to keep. Status, errors, redirects and headers go through as they come.
     */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;
        private int status = SC_OK;
        private boolean passedOn;
        private boolean setCookie;
        private String policy;

        Capture(HttpServletResponse response) {
            super(response);
        }

        RenderedPage page(PageVersion.Current version, boolean sessionCreated) {
            if (writer != null) {
                writer.flush();
            }
            String type = getContentType();
            if (passedOn || status != SC_OK || setCookie || sessionCreated || type == null || !type.startsWith("text/html")) {
                return null;
            }
            return RenderedPage.of(version.number(), version.changedAt(), type, Charset.forName(getCharacterEncoding()),
                    body.toByteArray(), policy);
        }

        /** The held-back body, as it was rendered. */
        void passOn() throws IOException {
            if (!passedOn && body.size() > 0 && !isCommitted()) {
                body.writeTo(getResponse().getOutputStream());
            }
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            passedOn = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            passedOn = true;
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            passedOn = true;
            super.sendRedirect(location);
        }

        @Override
        public void addCookie(Cookie cookie) {
            setCookie = true;
            super.addCookie(cookie);
        }

        @Override
        public void setHeader(String name, String value) {
            note(name, value);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            note(name, value);
            super.addHeader(name, value);
        }

        private void note(String name, String value) {
            if ("Set-Cookie".equalsIgnoreCase(name)) {
                setCookie = true;
            } else if (CSP.equalsIgnoreCase(name)) {
                policy = value;
            }
        }

        @Override
        public void setContentLength(int len) {
        }

        @Override
        public void setContentLengthLong(long len) {
        }

        @Override
        public void flushBuffer() {
        }

        @Override
        public void resetBuffer() {
            body.reset();
        }

        @Override
        public void reset() {
            body.reset();
            super.reset();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        body.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("no asynchronous writes into a page being kept");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
            }
            return writer;
        }
    }
}
