package org.cocrea.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.account.Account;
import org.cocrea.account.Recipients;
import org.cocrea.commitment.Commitment;
import org.cocrea.follow.Followers;
import org.cocrea.mail.MailKind;
import org.cocrea.mail.Outbox;
import org.cocrea.plan.ActionPlan;

/**
 * The mail of the evaluation's events (issue 13), through the outbox in the event's transaction (a
 * rolled-back event sends nothing): an evaluator assigned to a plan hears of the assessments that wait
 * for it there, as the evaluation's "Pendientes" counts them ({@link EvaluationPending}); a publication
 * of results is told to the confirmed followers of each public commitment it includes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EvaluationMail {

    /** The plan's published commitments with no assessment of the moment by the evaluator ({@code :p}, {@code :e}, {@code :m}). */
    private static final String WAITING = "select count(c) from Commitment c where c.plan.id = :p and c.publishedVersion is not null "
            + "and not exists (select a from Assessment a where a.commitment = c and a.evaluator.id = :e and a.moment = :m)";

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private Outbox outbox;

    @Inject
    private Followers followers;

    /**
     * An assignment running on the plan's today: the evaluator ({0} the plan, {1} its state, {2} design
     * assessments waiting, {3} results assessments waiting, those only from the plan's last day on), if any
     * waits and its account is active. An assignment that starts later mails nothing now.
     */
    void assigned(EvaluatorAssignment assignment, LocalDate today) {
        Account evaluator = assignment.getEvaluator();
        if (!evaluator.isActive() || !assignment.isActiveOn(today)) {
            return;
        }
        ActionPlan plan = assignment.getPlan();
        long design = waiting(plan, evaluator, Moment.DESIGN);
        long results = today.isBefore(plan.getCycleEnd()) ? 0 : waiting(plan, evaluator, Moment.RESULTS);
        if (design + results == 0) {
            return;
        }
        outbox.enqueue(MailKind.ASSESSMENT_WAITING, List.of(Recipients.of(evaluator)), plan.getState().getId(), "/evaluation/",
                plan.getTitle(), plan.getState().getName(), design, results);
    }

    /**
     * The published versions' public commitments: their followers (those of the commitment, its plan, its state), one
     * mail per commitment ({0} the commitment, {1} the state, {2} 0 design, 1 results, 2 both), linking to the plan's
     * public results page. A commitment the public cannot read is told to nobody.
     */
    void published(ActionPlan plan, List<ResultVersion> versions) {
        if (!plan.isPublished()) {
            return;
        }
        Map<Commitment, Set<Moment>> moments = new LinkedHashMap<>();
        versions.forEach(v -> moments.computeIfAbsent(v.getCommitment(), c -> EnumSet.noneOf(Moment.class)).add(v.getMoment()));
        moments.forEach((commitment, published) -> {
            if (commitment.isPublic()) {
                int which = published.size() == 2 ? 2 : published.contains(Moment.RESULTS) ? 1 : 0;
                followers.tell(MailKind.FOLLOW_RESULT, plan.getState().getId(), plan.getId(), commitment.getId(),
                        "/results?plan=" + plan.getId(), commitment.getPublishedTitle(), plan.getState().getName(), which);
            }
        });
    }

    private long waiting(ActionPlan plan, Account evaluator, Moment moment) {
        return em.createQuery(WAITING, Long.class)
                .setParameter("p", plan.getId()).setParameter("e", evaluator.getId()).setParameter("m", moment)
                .getSingleResult();
    }
}
