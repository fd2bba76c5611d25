package org.cocrea.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/**
 * The caller of the current request, looked up once per request: in an HTTP request, whoever signed in
 * on the request's session ({@link #SIGNED_IN_NAME}, or nobody); outside one, Jakarta Security's
 * authenticated principal. Anonymous when nobody signed in, or when the account was deactivated.
 * It lives in {@code shared}, as {@link Caller} does, so that every feature can ask who is calling
 * without depending on the account package (whose accounts refer to states and actors).
 */
@RequestScoped
public class CurrentCaller {

    /**
     * The request attribute that holds the name of whoever signed in on the request's session, set by
     * the security filter before any page runs: the name comes from the session, not from the
     * container's per-request security state, which Payara 6 now and then lost under load.
     */
    public static final String SIGNED_IN_NAME = CurrentCaller.class.getName() + ".signedIn";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private Instance<HttpServletRequest> request;

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = lookUp();
        }
        return caller;
    }

    /**
     * From now on in this request the caller is that active account (anonymous when there is none):
     * only for {@link JobRunner}, whose background request has no principal but runs the work of the
     * account that asked for it.
     */
    public void assume(String username) {
        caller = username == null ? Caller.ANONYMOUS : byUsername(username);
    }

    protected Caller lookUp() {
        Optional<HttpServletRequest> http = httpRequest();
        if (http.isPresent()) {
            // the security filter wrote who signed in on the session, or nobody: the container is never asked here
            return http.get().getAttribute(SIGNED_IN_NAME) instanceof String name ? byUsername(name) : Caller.ANONYMOUS;
        }
        Principal principal;
        try {
            principal = securityContext.getCallerPrincipal();
        } catch (IllegalStateException noCallerHere) {
            // a start-up callback (the demo's loader writing its mail through the outbox) has no caller to ask: nobody
            return Caller.ANONYMOUS;
        }
        return principal == null ? Caller.ANONYMOUS : byUsername(principal.getName());
    }

    /** The HTTP request this caller is asked in; empty outside one. */
    private Optional<HttpServletRequest> httpRequest() {
        try {
            HttpServletRequest current = request.get();
            current.getMethod(); // the CDI proxy answers only inside an HTTP request
            return Optional.of(current);
        } catch (IllegalStateException | jakarta.enterprise.context.ContextNotActiveException notAnHttpRequest) {
            // a background task (the mail sender, a report being generated) has no HTTP request
            return Optional.empty();
        }
    }

    /** The active account of that name, in the few facts the rules need: one query, no entity loaded. */
    protected Caller byUsername(String username) {
        return em.createQuery("select a.id, a.username, a.role, s.id, ac.id, ac.type, s.timeZone from Account a "
                        + "left join a.state s left join a.actor ac where a.username = :u and a.active = true", Object[].class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst()
                .map(r -> new Caller((Long) r[0], (String) r[1], (Role) r[2], (Long) r[3], (Long) r[4],
                        r[5] == null ? null : ((Enum<?>) r[5]).name(),
                        r[6] == null ? Dates.DEFAULT_ZONE : java.time.ZoneId.of((String) r[6])))
                .orElse(Caller.ANONYMOUS);
    }
}
