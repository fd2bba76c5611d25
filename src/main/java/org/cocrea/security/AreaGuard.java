package org.cocrea.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import org.cocrea.shared.CurrentCaller;

/**
 * Admits a signed-in caller to an {@link Area} by the roles its session keeps ({@link SignedIn}),
 * 403 otherwise, and answers every later question about the caller from the session too: the
 * request the pages and filters see gives the session's name and roles
 * ({@code getUserPrincipal}, {@code isUserInRole}), and {@link CurrentCaller} reads the name. The
 * first filter of web.xml (filters declared there come before annotated ones), for requests from
 * outside only (forwards and error pages are the site's own). An anonymous request is answered as
 * anonymous the same way, whatever the container would say.
 */
public class AreaGuard extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<SignedIn> signedIn = SignedIn.of(request);
        Optional<Area> area = Area.of(pathOf(request));
        if (area.isPresent() && (signedIn.isEmpty() || !area.get().admits(signedIn.get().roles()))) {
            // an anonymous visitor was sent to /login by SignInMechanism before any filter ran
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        request.setAttribute(CurrentCaller.SIGNED_IN_NAME, signedIn.map(SignedIn::name).orElse(null));
        chain.doFilter(new CallerOfTheSession(request, signedIn), response);
    }

    /** The path as the container mapped it (decoded and normalized), as web.xml's patterns match it. */
    static String pathOf(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    /**
     * The request with the session's caller, or with nobody when nobody signed in on the session: an
     * anonymous request never asks the container either. Under concurrent requests the container's
     * answer about the caller was not always the session's (the Payara 6 shared security context that
     * lost callers' roles): an anonymous public page came out partly drawn as for a signed-in person,
     * seen when the browser walks ran beside the other tests.
     */
    static final class CallerOfTheSession extends HttpServletRequestWrapper {

        private final Optional<SignedIn> signedIn;
        private final Principal principal;

        CallerOfTheSession(HttpServletRequest request, Optional<SignedIn> signedIn) {
            super(request);
            this.signedIn = signedIn;
            this.principal = signedIn.<Principal>map(caller -> caller::name).orElse(null);
        }

        @Override
        public Principal getUserPrincipal() {
            return principal;
        }

        @Override
        public String getRemoteUser() {
            return signedIn.map(SignedIn::name).orElse(null);
        }

        @Override
        public boolean isUserInRole(String role) {
            return signedIn.map(caller -> caller.roles().contains(role)).orElse(false);
        }
    }
}
