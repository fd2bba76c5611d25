package org.cocrea.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Who signed in on a session, and the roles the identity store gave it then: kept in the session by
 * {@link SignInMechanism} at sign-in, forgotten at sign-out. What the site knows of the caller comes
 * from here ({@link AreaGuard}), never from the container's per-request security state.
 */
public record SignedIn(String name, Set<String> roles) implements Serializable {

    static final String ATTRIBUTE = SignedIn.class.getName();

    public SignedIn {
        roles = Set.copyOf(roles);
    }

    /** Who signed in on the request's session, if anyone. */
    public static Optional<SignedIn> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof SignedIn signedIn ? Optional.of(signedIn) : Optional.empty();
    }

    void keepIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
