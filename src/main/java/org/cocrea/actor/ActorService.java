package org.cocrea.actor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.cocrea.account.Caller;
import org.cocrea.account.CurrentCaller;
import org.cocrea.audit.AuditTrail;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
import org.cocrea.state.State;

/** The actors of a state: the administrator and the state's secretariat record them. */
@ApplicationScoped
@Transactional
public class ActorService {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    public Actor create(long stateId, String name, ActorType type) {
        Caller caller = currentCaller.get();
        if (!caller.isAdmin() && !caller.runsSecretariatOf(stateId)) {
            throw new AccessDeniedException();
        }
        if (name == null || name.isBlank()) {
            throw DomainException.onField("actorName", "actor.name.required");
        }
        if (type == null) {
            throw DomainException.onField("actorType", "actor.type.required");
        }
        boolean taken = em.createQuery("select count(a) from Actor a where a.state.id = :s and lower(a.name) = lower(:n)", Long.class)
                .setParameter("s", stateId)
                .setParameter("n", name.trim())
                .getSingleResult() > 0;
        if (taken) {
            throw DomainException.onField("actorName", "actor.name.taken");
        }
        Actor actor = new Actor(em.getReference(State.class, stateId), name, type);
        em.persist(actor);
        audit.record(caller.username(), "CREATE", actor, null);
        return actor;
    }

    /** The actors of a state, by name. Names and types are public; they appear on published commitments. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Actor> ofState(long stateId) {
        return em.createQuery("select a from Actor a where a.state.id = :s order by a.name", Actor.class)
                .setParameter("s", stateId)
                .getResultList();
    }
}
