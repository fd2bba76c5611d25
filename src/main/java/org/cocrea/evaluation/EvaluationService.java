package org.cocrea.evaluation;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cocrea.account.Account;
import org.cocrea.audit.AuditTrail;
import org.cocrea.commitment.Commitment;
import org.cocrea.file.Download;
import org.cocrea.file.FileStore;
import org.cocrea.milestone.Evidence;
import org.cocrea.milestone.EvidenceService;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.Records;
import org.cocrea.shared.Role;

/**
 * Coordinating an evaluation: the secretariat of the plan's state (or the administrator) assigns
 * evaluators (who are told by mail of the assessments that wait for them) and sets the reply period; the commitment's lead institution replies; an account of
 * the state's information institute co-signs the publication of the plan's results, which the
 * followers of each public commitment hear of by mail.
 */
@ApplicationScoped
@Transactional
public class EvaluationService {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private EvaluatorAccess access;

    @Inject
    private AuditTrail audit;

    @Inject
    private EvidenceService evidence;

    @Inject
    private FileStore files;

    @Inject
    private Clock clock;

    @Inject
    private EvaluationMail mail;

    /** Assigns an evaluator of the plan's state to the plan for a period; a lead replaces the plan's former lead. */
    public EvaluatorAssignment assign(long planId, Long evaluatorId, LocalDate from, LocalDate until, boolean lead) {
        Caller caller = currentCaller.get();
        ActionPlan plan = coordinated(caller, planId);
        Account evaluator = evaluatorId == null ? null : em.find(Account.class, evaluatorId);
        List<EvaluatorAssignment> current = assignments(planId);
        if (current.stream().anyMatch(a -> a.getEvaluator().getId().equals(evaluatorId))) {
            throw DomainException.onField("evaluator", "evaluation.assign.already");
        }
        EvaluatorAssignment assignment = new EvaluatorAssignment(plan, evaluator, from, until, lead);
        if (lead) {
            for (EvaluatorAssignment other : current) {
                if (other.isLead()) {
                    var before = other.auditSnapshot();
                    other.makeLead(false);
                    audit.record(caller.username(), "UNLEAD", other, before);
                }
            }
        }
        em.persist(assignment);
        audit.record(caller.username(), "ASSIGN", assignment, null);
        mail.assigned(assignment, plan.today(clock));
        return assignment;
    }

    /** Ends an assignment: the row goes (its assessments stay, and stay attributed). */
    public void unassign(long assignmentId) {
        Caller caller = currentCaller.get();
        EvaluatorAssignment assignment = Records.found(em.find(EvaluatorAssignment.class, assignmentId));
        coordinated(caller, assignment.getPlan().getId());
        audit.record(caller.username(), "UNASSIGN", assignment, assignment.auditSnapshot());
        em.remove(assignment);
    }

    /** The plan's assignments, for whoever coordinates it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EvaluatorAssignment> assignmentsOf(long planId) {
        coordinated(currentCaller.get(), planId);
        return assignments(planId);
    }

    /** The evaluator accounts of the plan's state that may be assigned. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Account> evaluatorsFor(long planId) {
        ActionPlan plan = coordinated(currentCaller.get(), planId);
        return em.createQuery("select a from Account a where a.state.id = :s and a.role = :r and a.active = true order by a.fullName",
                        Account.class)
                .setParameter("s", plan.getState().getId())
                .setParameter("r", Role.EVALUATOR)
                .getResultList();
    }

    /** A state's plans whose evaluation the administrator coordinates (refused to everybody else), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActionPlan> plansForAdmin(long stateId) {
        if (!currentCaller.get().isAdmin()) {
            throw new AccessDeniedException();
        }
        return em.createQuery("select p from ActionPlan p join fetch p.state where p.state.id = :s order by p.cycleStart desc, p.id desc",
                        ActionPlan.class)
                .setParameter("s", stateId)
                .getResultList();
    }

    /** The plan, for whoever coordinates its evaluation (its state's secretariat or the administrator). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ActionPlan plan(long planId) {
        return coordinated(currentCaller.get(), planId);
    }

    /** The plan's evaluation settings (a fresh, unsaved one if never set). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanEvaluation settings(long planId) {
        ActionPlan plan = coordinated(currentCaller.get(), planId);
        return settingsOf(plan);
    }

    public PlanEvaluation setReplyPeriod(long planId, LocalDate from, LocalDate until) {
        Caller caller = currentCaller.get();
        ActionPlan plan = coordinated(caller, planId);
        PlanEvaluation settings = settingsOf(plan);
        boolean created = em.find(PlanEvaluation.class, planId) == null;
        var before = created ? null : settings.auditSnapshot();
        settings.setReplyPeriod(from, until);
        if (created) {
            em.persist(settings);
        }
        audit.record(caller.username(), "REPLY_PERIOD", settings, before);
        return settings;
    }

    /** Where a plan's evaluation stands, for its secretariat: per commitment, its pending result and whether it was answered. */
    public record Status(PlanEvaluation settings, List<ResultVersion> pending, Set<Long> answered, List<ResultsPublication> publications) implements Serializable {

        public boolean isAnswered(Commitment commitment) {
            return answered.contains(commitment.getId());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Status status(long planId) {
        ActionPlan plan = coordinated(currentCaller.get(), planId);
        return new Status(settingsOf(plan), pending(planId), answered(planId), em.createQuery(
                        "select p from ResultsPublication p join fetch p.signedBy where p.planId = :p order by p.number", ResultsPublication.class)
                .setParameter("p", planId)
                .getResultList());
    }

    /**
     * The lead institution answers a commitment's reconciled result: an account of that actor, in
     * the reply period (the plan's today), once a result was recorded; one answer per commitment.
     */
    public GovernmentReply reply(long commitmentId, String body) {
        Caller caller = currentCaller.get();
        Commitment commitment = replyTarget(commitmentId);
        PlanEvaluation settings = em.find(PlanEvaluation.class, commitment.getPlan().getId());
        if (settings == null || !settings.replyOpenOn(commitment.getPlan().today(clock))) {
            throw DomainException.onField("reply", "evaluation.reply.closed");
        }
        if (!em.createQuery("select r from GovernmentReply r where r.commitment.id = :c", GovernmentReply.class)
                .setParameter("c", commitmentId).getResultList().isEmpty()) {
            throw DomainException.onField("reply", "evaluation.reply.already");
        }
        GovernmentReply reply = new GovernmentReply(commitment, em.find(Account.class, caller.accountId()), body);
        em.persist(reply);
        audit.record(caller.username(), "REPLY", reply, null);
        return reply;
    }

    /** The commitment the caller may answer for: its lead institution's accounts, once a result exists. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Commitment replyTarget(long commitmentId) {
        Caller caller = currentCaller.get();
        Commitment commitment = Records.found(em.find(Commitment.class, commitmentId));
        if (caller.role() != Role.RESPONSIBLE_ACTOR || !caller.belongsTo(commitment.getStateId())
                || !commitment.isLedBy(caller.actorId())) {
            throw new AccessDeniedException();
        }
        if (em.createQuery("select count(v) from ResultVersion v where v.commitment.id = :c", Long.class)
                .setParameter("c", commitmentId).getSingleResult() == 0) {
            throw new NotFoundException();
        }
        return commitment;
    }

    /** The results (latest per moment) a lead institution may answer, with its reply if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ResultVersion> resultsToAnswer(long commitmentId) {
        replyTarget(commitmentId);
        return em.createQuery("select v from ResultVersion v where v.commitment.id = :c order by v.number", ResultVersion.class)
                .setParameter("c", commitmentId)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GovernmentReply replyOf(long commitmentId) {
        replyTarget(commitmentId);
        return em.createQuery("select r from GovernmentReply r where r.commitment.id = :c", GovernmentReply.class)
                .setParameter("c", commitmentId)
                .getResultStream().findFirst().orElse(null);
    }

    /**
     * Publishes the plan's pending results: the co-signature of an account of the state's
     * information institute, with the reply period over or every pending commitment answered.
     */
    public ResultsPublication publish(long planId) {
        Caller caller = currentCaller.get();
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        if (caller.role() != Role.INFORMATION_INSTITUTE || !caller.belongsTo(plan.getState().getId())) {
            throw new AccessDeniedException();
        }
        List<ResultVersion> pending = pending(planId);
        if (pending.isEmpty()) {
            throw DomainException.onField("publish", "evaluation.publish.nothing");
        }
        PlanEvaluation settings = em.find(PlanEvaluation.class, planId);
        Set<Long> answered = answered(planId);
        boolean replyEnded = settings != null && settings.replyEndedOn(plan.today(clock));
        boolean allAnswered = pending.stream().allMatch(v -> answered.contains(v.getCommitment().getId()));
        if (!replyEnded && !allAnswered) {
            throw DomainException.onField("publish", "evaluation.publish.replyOpen");
        }
        int number = em.createQuery("select coalesce(max(p.number), 0) from ResultsPublication p where p.planId = :p", Integer.class)
                .setParameter("p", planId).getSingleResult() + 1;
        ResultsPublication publication = new ResultsPublication(planId, plan.getState().getId(), number,
                em.find(Account.class, caller.accountId()), clock.instant());
        em.persist(publication);
        audit.record(caller.username(), "COSIGN", publication, null);
        for (ResultVersion version : pending) {
            var before = version.auditSnapshot();
            version.publishIn(publication);
            audit.record(caller.username(), "PUBLISH", version, before);
        }
        mail.published(plan, pending);
        return publication;
    }

    /**
     * An evidence file: for an evaluator assigned to the plan of its (published) commitment; for
     * everybody else, the evidence rule ({@link EvidenceService#file}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Download evidenceFile(long evidenceId) {
        Caller caller = currentCaller.get();
        if (caller.role() == Role.EVALUATOR) {
            Evidence found = em.createQuery("select e from Evidence e join fetch e.report r join fetch r.milestone m "
                            + "join fetch m.commitment where e.id = :id", Evidence.class)
                    .setParameter("id", evidenceId)
                    .getResultStream().findFirst().orElseThrow(NotFoundException::new);
            Commitment commitment = found.getReport().getMilestone().getCommitment();
            if (access.reads(caller, commitment)) {
                return files.download(found.getStored(), commitment.isPublic());
            }
        }
        return evidence.file(evidenceId);
    }

    private List<ResultVersion> pending(long planId) {
        return em.createQuery("select v from ResultVersion v join fetch v.commitment where v.planId = :p and v.publication is null "
                        + "order by v.commitment.id, v.number", ResultVersion.class)
                .setParameter("p", planId)
                .getResultList();
    }

    private Set<Long> answered(long planId) {
        return new HashSet<>(em.createQuery("select r.commitment.id from GovernmentReply r where r.commitment.plan.id = :p", Long.class)
                .setParameter("p", planId)
                .getResultList());
    }

    private List<EvaluatorAssignment> assignments(long planId) {
        return em.createQuery("select a from EvaluatorAssignment a join fetch a.evaluator where a.plan.id = :p "
                        + "order by a.lead desc, a.id", EvaluatorAssignment.class)
                .setParameter("p", planId)
                .getResultList();
    }

    private PlanEvaluation settingsOf(ActionPlan plan) {
        PlanEvaluation settings = em.find(PlanEvaluation.class, plan.getId());
        return settings != null ? settings : new PlanEvaluation(plan.getId(), plan.getState().getId());
    }

    /** The plan, for its state's secretariat or the administrator. */
    private ActionPlan coordinated(Caller caller, long planId) {
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        if (!caller.isAdmin()) {
            caller.requireSecretariatOf(plan.getState().getId());
        }
        return plan;
    }
}
