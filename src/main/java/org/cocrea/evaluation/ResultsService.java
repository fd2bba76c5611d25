package org.cocrea.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.commitment.Commitment;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.Records;

/**
 * What the public reads of evaluations: only published results of public commitments, with the
 * lead institution's reply and the history of versions (design → results → corrections). Every
 * method reads in a fixed number of queries, whatever the number of commitments.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ResultsService {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    /** A commitment's published results: the latest design and results, every published version, the reply. */
    public record CommitmentResult(Commitment commitment, ResultVersion design, ResultVersion results,
                                   List<ResultVersion> history, GovernmentReply reply) {

        public boolean promising() {
            return design != null && design.verdict().promising();
        }

        public boolean strongEarlyResults() {
            return results != null && results.verdict().strongEarlyResults();
        }
    }

    /** A plan's public results page: its commitments' published results and the figures. */
    public record PlanResults(ActionPlan plan, List<CommitmentResult> commitments, ResultFigures figures) {
    }

    public PlanResults ofPlan(long planId) {
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        if (!plan.isPublished()) {
            throw new NotFoundException();
        }
        List<ResultVersion> versions = em.createQuery("select v from ResultVersion v join fetch v.commitment c join fetch v.publication "
                        + "where v.planId = :p and v.publication is not null and c.publishedVersion is not null "
                        + "order by c.id, v.number", ResultVersion.class)
                .setParameter("p", planId)
                .setHint("eclipselink.batch", "v.items")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
        Map<Long, GovernmentReply> replies = replies("r.commitment.plan.id = :id", planId);
        List<CommitmentResult> rows = rows(versions, replies);
        return new PlanResults(plan, rows, figures(rows));
    }

    /** One public commitment's published results (empty history when none). */
    public CommitmentResult ofCommitment(long commitmentId) {
        List<ResultVersion> versions = em.createQuery("select v from ResultVersion v join fetch v.commitment c join fetch v.publication join c.plan p "
                        + "where c.id = :c and v.publication is not null and c.publishedVersion is not null "
                        + "and p.status <> :draft order by v.number", ResultVersion.class)
                .setParameter("c", commitmentId)
                .setParameter("draft", org.cocrea.plan.PlanStatus.DRAFT)
                .setHint("eclipselink.batch", "v.items")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
        List<CommitmentResult> rows = rows(versions, replies("r.commitment.id = :id", commitmentId));
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** One row of the cross-state comparison: a public plan with published results, and its figures. */
    public record Compared(long planId, String planTitle, String stateName, ResultFigures figures) {
    }

    /** Every public plan with published results, its figures from its latest published versions. */
    public List<Compared> comparison() {
        Map<Long, Map<Long, Map<Moment, Map<Item, String>>>> latest = new LinkedHashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (Object[] row : em.createQuery("select v.planId, c.id, v.moment, v.number, i.item, i.level from ResultVersion v "
                        + "join v.commitment c join c.plan p join v.items i where v.publication is not null "
                        + "and c.publishedVersion is not null and p.status <> :draft order by v.planId, c.id, v.number", Object[].class)
                .setParameter("draft", org.cocrea.plan.PlanStatus.DRAFT)
                .getResultList()) {
            long planId = (Long) row[0];
            long commitmentId = (Long) row[1];
            Moment moment = (Moment) row[2];
            int number = (Integer) row[3];
            String key = commitmentId + "/" + moment;
            Map<Moment, Map<Item, String>> byMoment = latest.computeIfAbsent(planId, k -> new LinkedHashMap<>())
                    .computeIfAbsent(commitmentId, k -> new HashMap<>());
            if (numbers.getOrDefault(key, 0) < number) {
                numbers.put(key, number);
                byMoment.put(moment, new HashMap<>());
            }
            byMoment.get(moment).put((Item) row[4], (String) row[5]);
        }
        if (latest.isEmpty()) {
            return List.of();
        }
        List<Compared> compared = new ArrayList<>();
        for (Object[] row : em.createQuery("select p.id, p.title, s.name from ActionPlan p join p.state s where p.id in :ids "
                        + "order by s.name, p.cycleStart desc", Object[].class)
                .setParameter("ids", latest.keySet())
                .getResultList()) {
            var commitments = latest.get((Long) row[0]).values();
            compared.add(new Compared((Long) row[0], (String) row[1], (String) row[2], ResultFigures.of(
                    commitments.stream().map(m -> m.get(Moment.DESIGN)).filter(java.util.Objects::nonNull).toList(),
                    commitments.stream().map(m -> m.get(Moment.RESULTS)).filter(java.util.Objects::nonNull).toList())));
        }
        return compared;
    }

    /** The replies of one commitment or of a plan's commitments (one query, with their commitment and actor), by commitment. */
    private Map<Long, GovernmentReply> replies(String where, long id) {
        Map<Long, GovernmentReply> replies = new HashMap<>();
        em.createQuery("select r from GovernmentReply r join fetch r.commitment join fetch r.actor where " + where, GovernmentReply.class)
                .setParameter("id", id)
                .getResultList()
                .forEach(r -> replies.put(r.getCommitment().getId(), r));
        return replies;
    }

    private static List<CommitmentResult> rows(List<ResultVersion> versions, Map<Long, GovernmentReply> replies) {
        Map<Commitment, List<ResultVersion>> byCommitment = new LinkedHashMap<>();
        versions.forEach(v -> byCommitment.computeIfAbsent(v.getCommitment(), k -> new ArrayList<>()).add(v));
        List<CommitmentResult> rows = new ArrayList<>();
        byCommitment.forEach((c, history) -> rows.add(new CommitmentResult(c, lastOf(history, Moment.DESIGN),
                lastOf(history, Moment.RESULTS), history, replies.get(c.getId()))));
        return rows;
    }

    private static ResultVersion lastOf(List<ResultVersion> history, Moment moment) {
        ResultVersion last = null;
        for (ResultVersion v : history) {
            if (v.getMoment() == moment) {
                last = v;
            }
        }
        return last;
    }

    private static ResultFigures figures(List<CommitmentResult> rows) {
        return ResultFigures.of(
                rows.stream().filter(r -> r.design() != null).map(r -> r.design().levels()).toList(),
                rows.stream().filter(r -> r.results() != null).map(r -> r.results().levels()).toList());
    }
}
