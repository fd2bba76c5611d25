package org.cocrea.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response ({@link SecurityHeaders}), and redirects built from the public
 * address ({@link PublicAddress}), never from the {@code Host} header the client sent.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PublicAddress publicAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(request, response);
        chain.doFilter(request, new GuardedResponse(request, response, publicAddress));
    }

    /** The response as the application writes it: one Content-Security-Policy, redirects to the public address. */
    private static final class GuardedResponse extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private final PublicAddress publicAddress;

        GuardedResponse(HttpServletRequest request, HttpServletResponse response, PublicAddress publicAddress) {
            super(response);
            this.request = request;
            this.publicAddress = publicAddress;
        }

        @Override
        public void addHeader(String name, String value) {
            if (!takenAsOurPolicy(name, value)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!takenAsOurPolicy(name, value)) {
                super.setHeader(name, value);
            }
        }

        /** A Content-Security-Policy written downstream (PrimeFaces') only brings its nonce into ours. */
        private boolean takenAsOurPolicy(String name, String value) {
            boolean policy = SecurityHeaders.CSP.equalsIgnoreCase(name);
            if (policy) {
                super.setHeader(SecurityHeaders.CSP, SecurityHeaders.withNonce(value));
            }
            return policy;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(publicAddress.redirect(request, location));
        }
    }
}
