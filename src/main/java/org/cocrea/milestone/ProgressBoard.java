package org.cocrea.milestone;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.inject.Inject;
import org.cocrea.commitment.Commitment;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.Dates;
import org.cocrea.shared.Progress;

/**
 * Progress of many commitments or plans at once, read in one query of milestone facts (status,
 * reported percent, weight, end date) and rolled up with the same rules as the entities, so that
 * lists never load milestones one commitment at a time.
 */
@ApplicationScoped
public class ProgressBoard {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Clock clock;

    /** Progress and warning counts of one commitment or plan. */
    public record Summary(Progress progress, int milestones, int overdue, int atRisk) implements Serializable {
        static final Summary EMPTY = new Summary(Progress.notComputable(), 0, 0, 0);
    }

    /** What a roll-up needs of one milestone; {@code today} is today in its state's zone. */
    private record Fact(long planId, long commitmentId, MilestoneStatus status, int percent, BigDecimal weight,
                        LocalDate endDate, LocalDate today) {
        Progress progress() {
            return Milestone.progressOf(status, percent);
        }

        boolean overdue() {
            return Milestone.overdue(status, endDate, today);
        }

        boolean atRisk() {
            return Milestone.atRisk(status, endDate, today);
        }
    }

    /** Per commitment id; commitments without milestones are absent (not computable). */
    public Map<Long, Summary> byCommitment(Collection<Long> commitmentIds) {
        return byCommitment(commitmentIds, false);
    }

    /** The same; with {@code publishedOnly}, as the public sees them whoever asks (open data). */
    public Map<Long, Summary> byCommitment(Collection<Long> commitmentIds, boolean publishedOnly) {
        if (commitmentIds.isEmpty()) {
            return Map.of();
        }
        List<Fact> facts = facts("c.id in :ids", commitmentIds, publishedOnly);
        Map<Long, List<Fact>> grouped = new LinkedHashMap<>();
        facts.forEach(f -> grouped.computeIfAbsent(f.commitmentId(), k -> new ArrayList<>()).add(f));
        Map<Long, Summary> result = new HashMap<>();
        grouped.forEach((id, list) -> result.put(id, summarize(list)));
        return result;
    }

    /**
     * Per plan id: the plain mean of its commitments' progress (commitments carry no weight).
     * With {@code publishedOnly}, drafts do not count: that is what the public sees; without it,
     * the caller's own secretariat also sees its drafts counted.
     */
    public Map<Long, Summary> byPlan(Collection<Long> planIds, boolean publishedOnly) {
        if (planIds.isEmpty()) {
            return Map.of();
        }
        List<Fact> facts = facts("c.plan.id in :ids", planIds, publishedOnly);
        Map<Long, Map<Long, List<Fact>>> grouped = new LinkedHashMap<>();
        facts.forEach(f -> grouped.computeIfAbsent(f.planId(), k -> new LinkedHashMap<>())
                .computeIfAbsent(f.commitmentId(), k -> new ArrayList<>()).add(f));
        Map<Long, Summary> result = new HashMap<>();
        grouped.forEach((planId, commitments) -> {
            List<Progress.Part> parts = commitments.values().stream()
                    .map(list -> Progress.Part.unweighted(rollUp(list)))
                    .toList();
            List<Fact> all = commitments.values().stream().flatMap(List::stream).toList();
            result.put(planId, new Summary(Progress.rollUp(parts), all.size(),
                    (int) all.stream().filter(Fact::overdue).count(),
                    (int) all.stream().filter(Fact::atRisk).count()));
        });
        return result;
    }

    /**
     * What the public sees of each plan ({@code byPlan(planIds, true)}), aggregated by the database
     * (issue 12): one row per plan whatever the number of milestones, for the home page. The SQL
     * says the entities' rules once more, and {@code PublicProgressIT} holds it to {@code byPlan}:
     * a milestone's progress ({@link Milestone#progressOf}), a commitment's weighted mean with its
     * published weights ({@link Progress#rollUp}, in double precision as there), a plan's plain mean
     * of its commitments, overdue and at risk against today in each state's zone
     * ({@link Milestone#overdue}, {@link Milestone#atRisk}). Only published milestones of public
     * commitments count; commitments without any are left out, plans without any are absent.
     */
    public Map<Long, Summary> publicByPlan(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return Map.of();
        }
        List<Object> parameters = new ArrayList<>();
        String today = Dates.todaySql("s.time_zone", clock, parameters);
        String notDone = "m.status NOT IN ('COMPLETE', 'VERIFIED')";
        String percent = "(CASE m.status WHEN 'NOT_STARTED' THEN 0 WHEN 'IN_PROGRESS' THEN LEAST(GREATEST(m.reported_percent, 0), 99) ELSE 100 END)";
        String weight = "GREATEST(COALESCE(m.published_weight, 0), 0)";
        String sql = "SELECT x.plan_id, SUM(x.progress) / COUNT(*), SUM(x.milestones), SUM(x.overdue), SUM(x.at_risk) FROM ("
                + "SELECT c.plan_id, CASE WHEN SUM(" + weight + ") <= 0 THEN CAST(SUM(" + percent + ") AS DOUBLE) / COUNT(*)"
                + " ELSE LEAST(100, CAST(SUM(" + weight + " * " + percent + ") AS DOUBLE) / CAST(SUM(" + weight + ") AS DOUBLE)) END AS progress,"
                + " COUNT(*) AS milestones,"
                + " SUM(CASE WHEN " + notDone + " AND m.published_end_date < " + today + " THEN 1 ELSE 0 END) AS overdue,"
                + " SUM(CASE WHEN " + notDone + " AND m.published_end_date >= " + today + " AND m.published_end_date <= "
                + today.replace(" END)", " END) + INTERVAL " + Milestone.AT_RISK_DAYS + " DAY")
                + " THEN 1 ELSE 0 END) AS at_risk"
                + " FROM milestone m JOIN commitment c ON c.id = m.commitment_id JOIN action_plan pl ON pl.id = c.plan_id"
                + " JOIN state s ON s.id = pl.state_id"
                + " WHERE c.plan_id IN (" + String.join(", ", planIds.stream().map(id -> "?").toList()) + ")"
                + " AND c.published_version IS NOT NULL AND pl.status <> 'DRAFT' AND m.published = TRUE"
                + " GROUP BY c.plan_id, c.id) x GROUP BY x.plan_id";
        // the zone parameters appear three times: once per use of "today"
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(parameters);
        all.addAll(parameters);
        all.addAll(planIds);
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < all.size(); i++) {
            query.setParameter(i + 1, all.get(i));
        }
        Map<Long, Summary> result = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            result.put(((Number) r[0]).longValue(), new Summary(Progress.of(Math.min(100, ((Number) r[1]).doubleValue())),
                    ((Number) r[2]).intValue(), ((Number) r[3]).intValue(), ((Number) r[4]).intValue()));
        }
        return result;
    }

    /** The same rule one level up: a state's progress is the plain mean of its plans'. */
    public static Progress rollUpPlans(Collection<Summary> plans) {
        return Progress.rollUp(plans.stream().map(s -> Progress.Part.unweighted(s.progress())).toList());
    }

    public static Summary none() {
        return Summary.EMPTY;
    }

    /**
     * The milestone facts of the given commitments or plans that the caller may see: those of
     * public commitments (published, in a published plan), and with {@code publishedOnly} false
     * also the drafts of the caller's own secretariat. Nothing of another state's drafts.
     */
    private List<Fact> facts(String condition, Collection<Long> ids, boolean publishedOnly) {
        Caller caller = currentCaller.get();
        Long ownState = !publishedOnly && caller.role() != null && caller.role().runsTheSecretariat() ? caller.stateId() : null;
        String visible = Commitment.publicWhere("c")
                + (ownState == null ? "" : " or c.stateId = :ownState");
        // a commitment of the caller's own secretariat counts as it is being worked on; any other
        // only with its published milestones, their published weight and end date
        var query = em.createQuery("select c.plan.id, c.id, m.status, m.reportedPercent, m.weight, m.endDate, "
                        + "c.plan.state.timeZone, c.stateId, m.published, m.publishedWeight, m.publishedEndDate "
                        + "from Milestone m join m.commitment c where " + condition + " and (" + visible + ")", Object[].class)
                .setParameter("ids", ids);
        if (ownState != null) {
            query.setParameter("ownState", ownState);
        }
        Map<String, LocalDate> todayByZone = new HashMap<>();
        return query.getResultList().stream()
                .filter(r -> r[7].equals(ownState) || Boolean.TRUE.equals(r[8]))
                .map(r -> {
                    boolean working = r[7].equals(ownState);
                    return new Fact((Long) r[0], (Long) r[1], (MilestoneStatus) r[2], (Integer) r[3],
                            (BigDecimal) (working ? r[4] : r[9]), (LocalDate) (working ? r[5] : r[10]),
                            todayByZone.computeIfAbsent((String) r[6], zone -> Dates.today(clock, ZoneId.of(zone))));
                })
                .toList();
    }

    private static Progress rollUp(List<Fact> milestones) {
        return Progress.rollUp(milestones.stream().map(f -> new Progress.Part(f.progress(), f.weight())).toList());
    }

    private static Summary summarize(List<Fact> milestones) {
        return new Summary(rollUp(milestones), milestones.size(),
                (int) milestones.stream().filter(Fact::overdue).count(),
                (int) milestones.stream().filter(Fact::atRisk).count());
    }
}
