package org.cocrea.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.account.Account;
import org.cocrea.actor.Actor;
import org.cocrea.audit.AuditTrail;
import org.cocrea.commitment.Commitment;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.Caller;
import org.cocrea.shared.ConcurrentChange;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.Records;

/**
 * The activities of milestones (issue 13). The state's secretariat keeps those of its milestones; a
 * milestone's responsible actor keeps those of its own (public) milestones, as it reports on them
 * ({@link Milestone#mayReport}); nobody else. Every change is audited. Reports tick them
 * ({@link ReportService}).
 */
@ApplicationScoped
@Transactional
public class MilestoneActivityService {

    private static final String COUNTS = "select a.milestone.id, sum(case when a.status = :done then 1 else 0 end), count(a) "
            + "from MilestoneActivity a join a.milestone m join m.commitment c ";

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** A new activity of the milestone, with its responsible actor (of the milestone's state). */
    public MilestoneActivity add(long milestoneId, MilestoneActivity form, Long responsibleId) {
        Caller caller = currentCaller.get();
        Milestone milestone = Records.found(em.find(Milestone.class, milestoneId));
        requireKeeper(caller, milestone);
        form.addTo(milestone, actor(responsibleId), account(caller));
        em.persist(form);
        audit.record(caller.username(), "CREATE", form, null);
        return form;
    }

    /** The activity {@code edited.getId()} takes the form's title, dates, status and responsible actor. */
    public MilestoneActivity update(MilestoneActivity edited, Long responsibleId) {
        Caller caller = currentCaller.get();
        MilestoneActivity activity = load(edited.getId());
        requireKeeper(caller, activity.getMilestone());
        ConcurrentChange.check(edited.getVersion(), activity.getVersion());
        var before = activity.auditSnapshot();
        activity.change(edited, actor(responsibleId), account(caller), clock.instant());
        audit.record(caller.username(), "UPDATE", activity, before);
        return activity;
    }

    /** A done activity open again (in progress), on the record. */
    public MilestoneActivity reopen(long activityId) {
        Caller caller = currentCaller.get();
        MilestoneActivity activity = load(activityId);
        requireKeeper(caller, activity.getMilestone());
        var before = activity.auditSnapshot();
        activity.reopen(account(caller), clock.instant());
        audit.record(caller.username(), "REOPEN", activity, before);
        return activity;
    }

    /** The activities of a milestone with their responsible actors, in date order, for whoever may see the milestone. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MilestoneActivity> ofMilestone(long milestoneId) {
        Milestone milestone = Records.found(em.find(Milestone.class, milestoneId));
        if (!milestone.isVisibleTo(currentCaller.get())) {
            throw new NotFoundException();
        }
        return em.createQuery("select a from MilestoneActivity a join fetch a.responsible where a.milestone.id = :m "
                        + "order by a.startDate, a.id", MilestoneActivity.class)
                .setParameter("m", milestoneId)
                .getResultList();
    }

    /** Whether the caller may add and change the milestone's activities: what the pages offer. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayKeep(long milestoneId) {
        Milestone milestone = em.find(Milestone.class, milestoneId);
        return milestone != null && milestone.mayReport(currentCaller.get());
    }

    /** The actors of the milestone's state a keeper of its activities may name responsible, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Actor> responsibleChoices(long milestoneId) {
        Caller caller = currentCaller.get();
        Milestone milestone = Records.found(em.find(Milestone.class, milestoneId));
        requireKeeper(caller, milestone);
        return em.createQuery("select a from Actor a where a.state.id = :s order by a.name", Actor.class)
                .setParameter("s", milestone.getCommitment().getStateId())
                .getResultList();
    }

    /**
     * How many activities are done, of how many, for every milestone of a commitment that has any, in
     * one query: the published milestones of a public commitment for anybody, all of them for its
     * secretariat. Nothing for a commitment the caller may not see.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, ActivityCount> countsOfCommitment(long commitmentId) {
        Caller caller = currentCaller.get();
        String published = "(m.published = true and " + Commitment.publicWhere("c") + ")";
        boolean secretariat = caller.runsSecretariatOf(caller.stateId()); // of its own state: all its milestones
        var query = em.createQuery(COUNTS + "where c.id = :c and " + (secretariat ? "(c.stateId = :state or " + published + ")" : published)
                        + " group by a.milestone.id", Object[].class)
                .setParameter("done", ActivityStatus.DONE)
                .setParameter("c", commitmentId);
        if (secretariat) {
            query.setParameter("state", caller.stateId());
        }
        return counts(query.getResultList());
    }

    /** {@link #countsOfCommitment} for the milestones the caller's organization is responsible for ({@link MilestoneService#mine()}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, ActivityCount> countsOfMine() {
        Caller caller = currentCaller.get();
        if (caller.actorId() == null) {
            return Map.of();
        }
        return counts(em.createQuery(COUNTS + "where c.stateId = :state and m.published = true and " + Commitment.publicWhere("c")
                        + " and exists (select r from Milestone m2 join m2.responsibles r where m2 = m and r.id = :actor) "
                        + "group by a.milestone.id", Object[].class)
                .setParameter("done", ActivityStatus.DONE)
                .setParameter("state", caller.stateId())
                .setParameter("actor", caller.actorId())
                .getResultList());
    }

    private static Map<Long, ActivityCount> counts(List<Object[]> rows) {
        Map<Long, ActivityCount> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put(((Number) row[0]).longValue(), new ActivityCount(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return counts;
    }

    /** The secretariat of the milestone's state, or its responsible actor once it is public: else refused. */
    private static void requireKeeper(Caller caller, Milestone milestone) {
        if (!milestone.mayReport(caller)) {
            throw new AccessDeniedException();
        }
    }

    private Actor actor(Long id) {
        if (id == null) {
            return null; // the entity says it is required, beside the field
        }
        Actor actor = em.find(Actor.class, id);
        if (actor == null) {
            throw DomainException.onField("activityResponsible", "activity.responsible.otherState");
        }
        return actor;
    }

    private Account account(Caller caller) {
        return em.find(Account.class, caller.accountId());
    }

    private MilestoneActivity load(Long id) {
        return Records.found(id == null ? null : em.find(MilestoneActivity.class, id));
    }
}
