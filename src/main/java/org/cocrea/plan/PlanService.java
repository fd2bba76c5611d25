package org.cocrea.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.audit.AuditTrail;
import org.cocrea.shared.ConcurrentChange;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.Records;
import org.cocrea.state.State;

/** Local action plans: the state's secretariat creates, edits and publishes them. */
@ApplicationScoped
@Transactional
public class PlanService {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public ActionPlan create(ActionPlan form) {
        Caller caller = currentCaller.get();
        if (caller.stateId() == null) {
            throw new org.cocrea.shared.AccessDeniedException();
        }
        caller.requireSecretariatOf(caller.stateId());
        form.placeIn(em.find(State.class, caller.stateId()), clock);
        em.persist(form);
        audit.record(caller.username(), "CREATE", form, null);
        return form;
    }

    /** Saves the changes made to a plan loaded with {@link #forSecretariat(long)}. */
    public ActionPlan update(ActionPlan edited) {
        Caller caller = currentCaller.get();
        ActionPlan plan = load(edited.getId());
        caller.requireSecretariatOf(plan.getState().getId());
        ConcurrentChange.check(edited.getVersion(), plan.getVersion());
        var before = plan.auditSnapshot();
        plan.setTitle(edited.getTitle());
        plan.setCycleStart(edited.getCycleStart());
        plan.setCycleEnd(edited.getCycleEnd());
        plan.setTheoryActivities(edited.getTheoryActivities());
        plan.setTheoryProducts(edited.getTheoryProducts());
        plan.setTheoryResults(edited.getTheoryResults());
        plan.setTheoryImpact(edited.getTheoryImpact());
        plan.checkCycle(clock);
        audit.record(caller.username(), "UPDATE", plan, before);
        return plan;
    }

    /** Moves the plan to its next phase (see {@link ActionPlan#advancePhase}); {@code expected} guards against a double click. */
    public void advancePhase(long planId, Phase expected, boolean despitePending) {
        Caller caller = currentCaller.get();
        ActionPlan plan = load(planId);
        caller.requireSecretariatOf(plan.getState().getId());
        if (plan.getPhase() != expected) {
            throw new DomainException("plan.phase.moved");
        }
        var before = plan.auditSnapshot();
        plan.advancePhase(plan.today(clock), despitePending);
        audit.record(caller.username(), "PHASE", plan, before);
    }

    public void checkItem(long planId, Phase phase, String item, boolean done) {
        Caller caller = currentCaller.get();
        ActionPlan plan = load(planId);
        caller.requireSecretariatOf(plan.getState().getId());
        var before = plan.auditSnapshot();
        plan.checkItem(phase, item, done, caller.username(), clock.instant());
        audit.record(caller.username(), done ? "CHECK" : "UNCHECK", plan, before);
    }

    /**
     * Ticks a checklist item because the records show it done (see {@link ActionPlan#tickFromRecords}),
     * for the plan's secretariat, whose action produced the record; audited when it changes anything.
     */
    public void tickFromRecords(long planId, Phase phase, String item) {
        Caller caller = currentCaller.get();
        ActionPlan plan = load(planId);
        caller.requireSecretariatOf(plan.getState().getId());
        var before = plan.auditSnapshot();
        if (plan.tickFromRecords(phase, item, clock.instant())) {
            audit.record(caller.username(), "CHECK", plan, before);
        }
    }

    public void schedulePhase(long planId, Phase phase, LocalDate start, LocalDate end) {
        Caller caller = currentCaller.get();
        ActionPlan plan = load(planId);
        caller.requireSecretariatOf(plan.getState().getId());
        var before = plan.auditSnapshot();
        plan.schedulePhase(phase, start, end);
        audit.record(caller.username(), "SCHEDULE", plan, before);
    }

    /**
     * The six phases of a plan with their checklists, in order, in one query: for its secretariat,
     * and for anybody once the plan is published (phases say nothing private).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanPhase> phasesOf(long planId) {
        ActionPlan plan = load(planId);
        if (!plan.isPublished()) {
            currentCaller.get().requireSecretariatOf(plan.getState().getId());
        }
        return em.createQuery("select distinct ph from PlanPhase ph left join fetch ph.checked where ph.plan.id = :p",
                        PlanPhase.class)
                .setParameter("p", planId)
                .getResultStream()
                .sorted(java.util.Comparator.comparing(PlanPhase::getPhase))
                .toList();
    }

    public void publish(long planId) {
        Caller caller = currentCaller.get();
        ActionPlan plan = load(planId);
        caller.requireSecretariatOf(plan.getState().getId());
        var before = plan.auditSnapshot();
        plan.publish(clock.instant());
        audit.record(caller.username(), "PUBLISH", plan, before);
    }

    /** A plan as its secretariat sees it, drafts included. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ActionPlan forSecretariat(long planId) {
        ActionPlan plan = load(planId);
        currentCaller.get().requireSecretariatOf(plan.getState().getId());
        return plan;
    }

    /** The plans of the caller's own state, newest cycle first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActionPlan> ofMyState() {
        Caller caller = currentCaller.get();
        caller.requireSecretariatOf(caller.stateId());
        return em.createQuery("select p from ActionPlan p where p.state.id = :s order by p.cycleStart desc, p.id desc",
                        ActionPlan.class)
                .setParameter("s", caller.stateId())
                .getResultList();
    }

    /** A published plan, for anybody. Drafts are not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ActionPlan published(long planId) {
        return em.createQuery("select p from ActionPlan p join fetch p.state where p.id = :id and p.status <> :draft",
                        ActionPlan.class)
                .setParameter("id", planId)
                .setParameter("draft", PlanStatus.DRAFT)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** Every published plan with its state, for the public home page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActionPlan> allPublished() {
        return em.createQuery("select p from ActionPlan p join fetch p.state where p.status <> :draft "
                        + "order by p.state.name, p.cycleStart desc", ActionPlan.class)
                .setParameter("draft", PlanStatus.DRAFT)
                .getResultList();
    }

    private ActionPlan load(long planId) {
        return Records.found(em.find(ActionPlan.class, planId));
    }
}
