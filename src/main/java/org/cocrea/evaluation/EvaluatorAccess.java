package org.cocrea.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocrea.audit.AuditEntry;
import org.cocrea.commitment.Commitment;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.Caller;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.Records;
import org.cocrea.shared.Role;

/**
 * The one rule of what an evaluator reads: the published commitments (and their follow-up) of the
 * plans it is assigned to, while the assignment runs (days in the plan's state zone), and the
 * public-record part of their change log. Drafts and unassigned plans do not exist for it.
 */
@ApplicationScoped
public class EvaluatorAccess {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The caller's running assignment to the plan, if any. */
    public Optional<EvaluatorAssignment> assignment(Caller caller, ActionPlan plan) {
        if (caller.role() != Role.EVALUATOR || !caller.belongsTo(plan.getState().getId())) {
            return Optional.empty();
        }
        return em.createQuery("select a from EvaluatorAssignment a where a.plan.id = :p and a.evaluator.id = :e",
                        EvaluatorAssignment.class)
                .setParameter("p", plan.getId())
                .setParameter("e", caller.accountId())
                .getResultStream()
                .filter(a -> a.isActiveOn(plan.today(clock)))
                .findFirst();
    }

    /** Whether the caller reads this commitment as an assigned evaluator. */
    public boolean reads(Caller caller, Commitment commitment) {
        return commitment.isPublished() && assignment(caller, commitment.getPlan()).isPresent();
    }

    /** The commitment, for an assigned evaluator; not found for everybody else. */
    public Commitment commitment(Caller caller, long commitmentId) {
        Commitment commitment = Records.found(em.find(Commitment.class, commitmentId));
        if (!reads(caller, commitment)) {
            throw new NotFoundException();
        }
        return commitment;
    }

    /** The commitment, for the plan's lead evaluator; refused for the other evaluators, not found for the rest. */
    public Commitment commitmentForLead(Caller caller, long commitmentId) {
        Commitment commitment = commitment(caller, commitmentId);
        if (!assignment(caller, commitment.getPlan()).map(EvaluatorAssignment::isLead).orElse(false)) {
            throw new AccessDeniedException();
        }
        return commitment;
    }

    /**
     * What of a commitment's audit trail is public record, as "entity type:action": its publications
     * (each a version), its milestones' status, progress and sign-offs, its reports and their evidence.
     * Never drafts (edits before a publication), comments, assessments, results before publication,
     * replies or accounts.
     */
    static final Set<String> PUBLIC_RECORD = Set.of("Commitment:PUBLISH", "Milestone:STATUS", "Milestone:PROGRESS",
            "Milestone:SIGN_OFF", "Milestone:VERIFY", "ProgressReport:REPORT", "Evidence:ADD_EVIDENCE");

    /** The change log of a commitment the caller evaluates: the public-record part of its trail, newest first. */
    public List<AuditEntry> changeLog(Caller caller, long commitmentId) {
        commitment(caller, commitmentId);
        return em.createQuery("select a from AuditEntry a where a.commitmentId = :c "
                        + "and concat(a.entityType, ':', a.action) in :kinds order by a.recordedAt desc, a.id desc", AuditEntry.class)
                .setParameter("c", commitmentId)
                .setParameter("kinds", PUBLIC_RECORD)
                .getResultList();
    }

    /** The caller's running assignments, with their plans. */
    public List<EvaluatorAssignment> running(Caller caller) {
        if (caller.role() != Role.EVALUATOR) {
            return List.of();
        }
        return em.createQuery("select a from EvaluatorAssignment a join fetch a.plan p join fetch p.state "
                        + "where a.evaluator.id = :e order by p.cycleStart desc, p.id", EvaluatorAssignment.class)
                .setParameter("e", caller.accountId())
                .getResultList()
                .stream()
                .filter(a -> a.isActiveOn(a.getPlan().today(clock)))
                .toList();
    }
}
