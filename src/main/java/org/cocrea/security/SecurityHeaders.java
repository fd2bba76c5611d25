package org.cocrea.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The security headers of every response, in one place: pages and files ({@link SecurityHeadersFilter}),
 * the error pages the container forwards to, and the answers the sign-in mechanism gives before any
 * filter runs (the redirect to /login, {@link SignInMechanism}).
 *
 * <p>The Content-Security-Policy allows scripts only from this site and, on Faces pages, the inline
 * scripts that carry the page's nonce: PrimeFaces (context parameter {@code primefaces.CSP}) moves
 * every inline script and event handler it renders into nonce-bearing script blocks and announces
 * the nonce in a header of its own, which {@link #withNonce} merges into this policy. Styles still
 * allow 'unsafe-inline' (docs/architecture.md, "Security", says why).
 */
public final class SecurityHeaders {

    static final String CSP = "Content-Security-Policy";

    private static final String SCRIPTS = "script-src 'self'";

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            SCRIPTS,
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

    private SecurityHeaders() {
    }

    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(CSP, CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Server", "Cocrea"); // rather than the name and version of the server underneath
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (request.getUserPrincipal() != null && !request.getRequestURI().contains("/jakarta.faces.resource/")) {
            // pages of signed-in people hold drafts: no shared or back-button caches
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /**
     * The policy with the nonce of the policy PrimeFaces announced for this page, or the plain
     * policy when it named none: one policy per response, never two that a browser would both enforce.
     */
    static String withNonce(String announcedByPrimeFaces) {
        Matcher nonce = NONCE.matcher(announcedByPrimeFaces == null ? "" : announcedByPrimeFaces);
        return nonce.find()
                ? CONTENT_SECURITY_POLICY.replace(SCRIPTS, SCRIPTS + " 'nonce-" + nonce.group(1) + "'")
                : CONTENT_SECURITY_POLICY;
    }
}
