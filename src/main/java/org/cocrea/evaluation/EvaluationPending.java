package org.cocrea.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.pending.PendingItem;
import org.cocrea.pending.PendingKind;
import org.cocrea.pending.PendingSource;
import org.cocrea.shared.Caller;
import org.cocrea.shared.Role;

/**
 * The evaluation's "Pendientes": for an evaluator, its assessments to do (none yet or its own
 * draft) and, for the plan's lead, the commitments to reconcile, from the evaluator's home (five
 * queries); for the lead institution's accounts, the reconciled results not yet published nor
 * answered while the reply period runs (one query).
 */
@ApplicationScoped
public class EvaluationPending implements PendingSource {

    private static final String REPLY_DUE = "select distinct c.id, c.publishedTitle, p.title, s.replyUntil "
            + "from ResultVersion v join v.commitment c join c.plan p, PlanEvaluation s "
            + "where s.id = p.id and c.leadInstitution.id = :actor and c.stateId = :state and v.publication is null "
            + "and s.replyFrom <= :today and s.replyUntil >= :today "
            + "and not exists (select r from GovernmentReply r where r.commitment = c)";

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private AssessmentService assessments;

    @Override
    public List<PendingItem> pendingFor(Caller caller, LocalDate today) {
        if (caller.role() == Role.EVALUATOR) {
            AssessmentService.Home home = assessments.homeOf(caller);
            List<PendingItem> items = new ArrayList<>();
            for (List<AssessmentService.Task> tasks : List.of(home.toAssess(), home.drafts())) {
                tasks.forEach(t -> items.add(item(t, t.moment() == Moment.DESIGN ? PendingKind.ASSESSMENT_DESIGN : PendingKind.ASSESSMENT_RESULTS)));
            }
            home.toReconcile().forEach(t -> items.add(item(t, t.moment() == Moment.DESIGN ? PendingKind.RECONCILE_DESIGN : PendingKind.RECONCILE_RESULTS)));
            return items;
        }
        if (caller.role() == Role.RESPONSIBLE_ACTOR && caller.actorId() != null) {
            return em.createQuery(REPLY_DUE, Object[].class)
                    .setParameter("actor", caller.actorId())
                    .setParameter("state", caller.stateId())
                    .setParameter("today", today)
                    .getResultList().stream()
                    .map(r -> new PendingItem(PendingKind.REPLY_DUE, (Long) r[0], null, (String) r[1], (String) r[2],
                            (LocalDate) r[3], false))
                    .toList();
        }
        return List.of();
    }

    private static PendingItem item(AssessmentService.Task task, PendingKind kind) {
        return new PendingItem(kind, task.commitment().getId(), null, task.commitment().getPublishedTitle(), task.planTitle(), null, false);
    }
}
