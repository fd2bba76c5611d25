package org.cocrea.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorService;
import org.cocrea.commitment.Commitment;

/**
 * What actors take part in (the actor map): the commitments they lead or are co-responsible for and
 * the milestones they answer for. It lives with the milestones, which know actors and commitments,
 * so that the actor package knows neither and the packages form no cycle.
 */
@ApplicationScoped
@Transactional
public class ParticipationService {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private ActorService actors;

    /**
     * What an actor takes part in: the commitments it leads, those it is co-responsible for and
     * the milestones it is responsible for, drafts included. One query per list; for the
     * secretariat of the actor's state only.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Participation participation(long actorId) {
        Actor actor = actors.forSecretariat(actorId);
        List<Commitment> leads = em.createQuery(
                        "select c from Commitment c where c.leadInstitution.id = :a order by c.template.title", Commitment.class)
                .setParameter("a", actorId)
                .setHint("eclipselink.left-join-fetch", "c.plan")
                .getResultList();
        List<Commitment> coResponsible = em.createQuery(
                        "select c from Commitment c join c.coResponsibles r where r.id = :a order by c.template.title", Commitment.class)
                .setParameter("a", actorId)
                .setHint("eclipselink.left-join-fetch", "c.plan")
                .getResultList();
        List<Milestone> milestones = em.createQuery(
                        "select m from Milestone m join m.responsibles r where r.id = :a order by m.endDate, m.id", Milestone.class)
                .setParameter("a", actorId)
                .setHint("eclipselink.left-join-fetch", "m.commitment")
                .getResultList();
        return new Participation(actor, leads, coResponsible, milestones);
    }

    /**
     * How much each actor of a state takes part in, by actor id (actors with no part are
     * absent): one aggregate query per kind of part, whatever the number of actors.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Participation.Counts> participationCounts(long stateId) {
        currentCaller.get().requireSecretariatOf(stateId);
        Map<Long, Participation.Counts> counts = new HashMap<>();
        add(counts, "select c.leadInstitution.id, count(c) from Commitment c "
                + "where c.stateId = :s and c.leadInstitution is not null group by c.leadInstitution.id",
                stateId, Participation.Counts::withLeads);
        add(counts, "select r.id, count(c) from Commitment c join c.coResponsibles r where c.stateId = :s group by r.id",
                stateId, Participation.Counts::withCoResponsibleIn);
        add(counts, "select r.id, count(m) from Milestone m join m.responsibles r where r.state.id = :s group by r.id",
                stateId, Participation.Counts::withResponsibleFor);
        return counts;
    }

    private void add(Map<Long, Participation.Counts> counts, String query, long stateId,
                     BiFunction<Participation.Counts, Long, Participation.Counts> with) {
        for (Object[] row : em.createQuery(query, Object[].class).setParameter("s", stateId).getResultList()) {
            Long actorId = ((Number) row[0]).longValue();
            long n = ((Number) row[1]).longValue();
            counts.put(actorId, with.apply(counts.getOrDefault(actorId, Participation.Counts.NONE), n));
        }
    }
}
