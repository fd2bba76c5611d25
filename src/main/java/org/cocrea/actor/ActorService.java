package org.cocrea.actor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.audit.AuditTrail;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.ConcurrentChange;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Records;
import org.cocrea.state.State;

/**
 * The actors of a state: the administrator and the state's secretariat record them; the
 * secretariat keeps their contact details and reads what each takes part in.
 */
@ApplicationScoped
@Transactional
public class ActorService {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    /**
     * Records an organization with only its name and type (the administrator's form). An
     * identical name is refused; a similar one is accepted, as this form has no warning step.
     */
    public Actor create(long stateId, String name, ActorType type) {
        Actor form = Actor.blank();
        form.setName(name);
        form.setType(type);
        return create(stateId, form, true);
    }

    /**
     * Records an actor with every detail. The same name (once normalized) in the state is
     * refused; a similar one is refused with {@link SimilarActorsException} unless
     * {@code confirmedSimilar}, that is unless the user has seen the look-alikes and saves anyway.
     */
    public Actor create(long stateId, Actor form, boolean confirmedSimilar) {
        Caller caller = currentCaller.get();
        if (!caller.isAdmin() && !caller.runsSecretariatOf(stateId)) {
            throw new AccessDeniedException();
        }
        Actor actor = Actor.of(em.getReference(State.class, stateId), form); // trimmed, its own rules checked
        checkNameAgainstOthers(stateId, null, actor, confirmedSimilar);
        checkLeadAlly(stateId, null, actor);
        em.persist(actor);
        audit.record(caller.username(), "CREATE", actor, null);
        return actor;
    }

    /** Saves the changes made to an actor loaded with {@link #forSecretariat(long)}. */
    public Actor update(Actor edited, boolean confirmedSimilar) {
        Caller caller = currentCaller.get();
        Actor actor = load(edited.getId());
        long stateId = actor.getState().getId();
        if (!caller.isAdmin() && !caller.runsSecretariatOf(stateId)) {
            throw new AccessDeniedException();
        }
        ConcurrentChange.check(edited.getVersion(), actor.getVersion());
        // checked as a detached copy: the managed actor changes only once everything agrees, so
        // the queries below never flush a half-checked name
        Actor candidate = Actor.of(null, edited);
        checkNameAgainstOthers(stateId, actor.getId(), candidate, confirmedSimilar);
        checkLeadAlly(stateId, actor.getId(), candidate);
        var before = actor.auditSnapshot();
        actor.takeDetailsOf(edited);
        audit.record(caller.username(), "UPDATE", actor, before);
        return actor;
    }

    /** An actor with its contact details, for the secretariat of its state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Actor forSecretariat(long actorId) {
        Actor actor = load(actorId);
        currentCaller.get().requireSecretariatOf(actor.getState().getId());
        return actor;
    }

    /**
     * The actors of a state, by name, contact details included: for the administrator and the
     * state's secretariat (the public learns actors' names only through what it may see of a commitment).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Actor> ofState(long stateId) {
        Caller caller = currentCaller.get();
        if (!caller.isAdmin() && !caller.runsSecretariatOf(stateId)) {
            throw new AccessDeniedException();
        }
        return em.createQuery("select a from Actor a where a.state.id = :s order by a.name", Actor.class)
                .setParameter("s", stateId)
                .getResultList();
    }

    /** How many actors a state has mapped: for its secretariat and the administrator. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countOfState(long stateId) {
        Caller caller = currentCaller.get();
        if (!caller.isAdmin() && !caller.runsSecretariatOf(stateId)) {
            throw new AccessDeniedException();
        }
        return em.createQuery("select count(a) from Actor a where a.state.id = :s", Long.class)
                .setParameter("s", stateId)
                .getSingleResult();
    }

    /** The actors of the caller's own state, with their contact details: for its secretariat. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Actor> ofMyState() {
        Caller caller = currentCaller.get();
        caller.requireSecretariatOf(caller.stateId());
        return em.createQuery("select a from Actor a where a.state.id = :s order by a.type, a.name", Actor.class)
                .setParameter("s", caller.stateId())
                .getResultList();
    }

    /**
     * The same organization must not be recorded twice: an identical normalized name is refused,
     * look-alikes (see {@link SimilarNames}) need the user's confirmation.
     */
    private void checkNameAgainstOthers(long stateId, Long selfId, Actor form, boolean confirmedSimilar) {
        List<Object[]> others = em.createQuery("select a.id, a.name, a.acronym from Actor a where a.state.id = :s", Object[].class)
                .setParameter("s", stateId)
                .getResultList();
        List<String> similar = new ArrayList<>();
        for (Object[] other : others) {
            if (other[0].equals(selfId)) {
                continue;
            }
            String otherName = (String) other[1];
            if (SimilarNames.same(form.getName(), otherName)) {
                throw DomainException.onField("actorName", "actors.name.exists", otherName);
            }
            if (SimilarNames.similar(form.getName(), form.getAcronym(), otherName, (String) other[2])) {
                similar.add(otherName);
            }
        }
        if (!similar.isEmpty() && !confirmedSimilar) {
            similar.sort(String.CASE_INSENSITIVE_ORDER);
            throw new SimilarActorsException(similar);
        }
    }

    /** One lead ally per state. */
    private void checkLeadAlly(long stateId, Long selfId, Actor form) {
        if (form.getSecretariatRole() != SecretariatRole.LEAD_ALLY) {
            return;
        }
        em.createQuery("select a.name from Actor a where a.state.id = :s and a.secretariatRole = :lead and a.id <> :self",
                        String.class)
                .setParameter("s", stateId)
                .setParameter("lead", SecretariatRole.LEAD_ALLY)
                .setParameter("self", selfId == null ? -1L : selfId)
                .getResultStream()
                .findFirst()
                .ifPresent(name -> {
                    throw DomainException.onField("secretariatRole", "actors.leadAlly.taken", name);
                });
    }

    private Actor load(long actorId) {
        return Records.found(em.find(Actor.class, actorId));
    }
}
