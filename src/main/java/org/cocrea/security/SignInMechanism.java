package org.cocrea.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/**
 * How people sign in: on our own page at /login, whose bean hands the typed credentials to
 * {@code SecurityContext.authenticate}; they are checked against the identity store
 * ({@link SecurityConfiguration}). A protected page opened by someone not signed in is remembered
 * (GET only) and answered with a redirect to /login built from the public address
 * ({@link PublicAddress}), never from the {@code Host} header, carrying the security headers
 * ({@link SecurityHeaders}): this answer is given before any servlet filter runs. After signing in,
 * the sign-in page sends people on to the remembered page ({@link #takePageAfterSignIn}).
 * <p>The session keeps the sign-in: the caller's name and roles ({@link SignedIn}), handed to the
 * container again with every request. Which pages need a sign-in, and which roles, is {@link Area}'s,
 * not the container's: under load Payara 6 now and then lost a signed-in caller's roles in its own
 * check and answered 403 on a page of the caller's role (payara/Payara#6145; our suite met it on CI);
 * {@link AreaGuard} admits by the session's roles. The session id changes at sign-in, so an id
 * planted before it is worth nothing after.
 */
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
            return signIn(request, context, identityStores.validate(credential));
        }
        Optional<SignedIn> signedIn = SignedIn.of(request);
        if (signedIn.isPresent()) {
            return context.notifyContainerAboutLogin(new CallerPrincipal(signedIn.get().name()), signedIn.get().roles());
        }
        if (Area.of(AreaGuard.pathOf(request)).isPresent() && !context.isAuthenticationRequest()) {
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

    private static AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
            CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result); // SEND_FAILURE
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId();
        } else {
            session = request.getSession();
        }
        new SignedIn(result.getCallerPrincipal().getName(), result.getCallerGroups()).keepIn(session);
        return context.notifyContainerAboutLogin(result);
    }

    /** Forgets the sign-in of this session (signing out); the session itself is the caller's to end. */
    public static void signOut(HttpServletRequest request) {
        SignedIn.forget(request);
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
