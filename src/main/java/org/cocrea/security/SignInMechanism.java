package org.cocrea.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * How people sign in: on our own page at /login, whose bean hands the typed credentials to
 * {@code SecurityContext.authenticate}; they are checked against the identity store
 * ({@link SecurityConfiguration}). A protected page opened by someone not signed in is remembered
 * (GET only) and answered with a redirect to /login built from the public address
 * ({@link PublicAddress}), never from the {@code Host} header, carrying the security headers
 * ({@link SecurityHeaders}): this answer is given before any servlet filter runs. After signing in,
 * the sign-in page sends people on to the remembered page ({@link #takePageAfterSignIn}).
 * The session keeps the sign-in ({@link AutoApplySession}).
 */
@AutoApplySession
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    private static final String PAGE_AFTER_SIGN_IN = SignInMechanism.class.getName() + ".pageAfterSignIn";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private PublicAddress publicAddress;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential)); // SEND_FAILURE unless valid
        }
        if (context.isProtected() && !context.isAuthenticationRequest()) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession().setAttribute(PAGE_AFTER_SIGN_IN,
                        request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            try {
                response.sendRedirect(publicAddress.of(request, request.getContextPath() + "/login"));
            } catch (IOException e) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.doNothing();
    }

    /** The page someone asked for before being sent to sign in (a path of this site), once; null if none. */
    public static String takePageAfterSignIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Object page = session.getAttribute(PAGE_AFTER_SIGN_IN);
        session.removeAttribute(PAGE_AFTER_SIGN_IN);
        return page instanceof String path && path.startsWith(request.getContextPath() + "/") ? path : null;
    }
}
