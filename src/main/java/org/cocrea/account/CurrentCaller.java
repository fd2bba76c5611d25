package org.cocrea.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * The caller of the current request, looked up once per request from Jakarta Security's
 * authenticated principal. Anonymous when nobody signed in, or when the account was deactivated.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    private SecurityContext securityContext;

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = lookUp();
        }
        return caller;
    }

    protected Caller lookUp() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? Caller.ANONYMOUS : byUsername(principal.getName());
    }

    protected Caller byUsername(String username) {
        return em.createQuery("select a from Account a left join fetch a.state left join fetch a.actor "
                        + "where a.username = :u and a.active = true", Account.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst()
                .map(Caller::of)
                .orElse(Caller.ANONYMOUS);
    }
}
