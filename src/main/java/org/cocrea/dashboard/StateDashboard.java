package org.cocrea.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.commitment.MoneyTotals;
import org.cocrea.milestone.MilestoneStatus;
import org.cocrea.milestone.ProgressBoard;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.PlanStatus;
import org.cocrea.shared.Paged;
import org.cocrea.state.State;
import org.cocrea.state.StateService;

/**
 * What the public state page shows (issue 14): a state's published plans with their progress,
 * money, lessons and results, its milestones by status, the verified share, what is overdue, and
 * its public commitments a page at a time, filtered by the figure that led there. Every figure is
 * an aggregate in SQL (grouped by plan or by status) or a page of rows, so the number of queries
 * and the rows read do not grow with the milestones (QueryCountIT, "state"). Only public records:
 * published commitments of published plans ({@link Commitment#publicWhere}), their published
 * milestones, accepted public lessons, results with a publication.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StateDashboard {

    /** Commitments per page of the state page's list. */
    public static final int PAGE_SIZE = 20;

    /** A milestone overdue on {@code :today} (the state's day): {@code Milestone.overdue} as a JPQL condition on {@code m}. */
    static final String OVERDUE = "m.status not in :done and m.publishedEndDate < :today";

    private static final String PUBLIC_MILESTONE = "m.published = true and " + Commitment.publicWhere("c");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StateService states;

    @Inject
    private CommitmentService commitments;

    @Inject
    private ProgressBoard board;

    @Inject
    private Clock clock;

    /** A published plan of the state with its figures. */
    public record PlanFigures(ActionPlan plan, ProgressBoard.Summary summary, MoneyTotals money, long lessons, long results) {
    }

    /** Everything on the state page but the list of commitments. */
    public record StateFigures(State state, List<PlanFigures> plans, Map<MilestoneStatus, Long> milestonesByStatus,
                               long milestones, long overdue, MoneyTotals money, long lessons, long results) {

        /** The state's progress: the plain mean of its plans' (as on the home page). */
        public org.cocrea.shared.Progress progress() {
            return ProgressBoard.rollUpPlans(plans.stream().map(PlanFigures::summary).toList());
        }

        /** The share of its public milestones that are verified, in whole percent; null without milestones. */
        public Integer verifiedShare() {
            return share(milestonesByStatus.getOrDefault(MilestoneStatus.VERIFIED, 0L), milestones);
        }

        /** The share of its public milestones that are overdue, in whole percent; null without milestones. */
        public Integer overdueShare() {
            return share(overdue, milestones);
        }
    }

    /** Which of the state's commitments the list shows: of one plan, with a milestone in a status, with one overdue. */
    public record Filter(Long plan, MilestoneStatus status, boolean overdue) {
        public static final Filter NONE = new Filter(null, null, false);

        public boolean any() {
            return plan != null || status != null || overdue;
        }
    }

    /** A public commitment in the list: its published title, lead institution and plan. */
    public record CommitmentRow(long id, String title, String lead, long planId, String planTitle) {
    }

    /** The figures of a state (any state that exists: the home page lists them all); a missing id is not found. */
    public StateFigures figures(long stateId) {
        State state = states.find(stateId);
        List<ActionPlan> plans = em.createQuery("select p from ActionPlan p where p.state.id = :state and p.status <> :draft "
                        + "order by p.cycleStart desc, p.id desc", ActionPlan.class)
                .setParameter("state", stateId)
                .setParameter("draft", PlanStatus.DRAFT)
                .getResultList();
        List<Long> ids = plans.stream().map(ActionPlan::getId).toList();
        Map<Long, ProgressBoard.Summary> progress = board.publicByPlan(ids);
        Map<Long, MoneyTotals> money = commitments.publishedMoneyByPlan(ids);
        Map<Long, Long> lessons = countByPlan("SELECT l.plan_id, COUNT(*) FROM lesson l WHERE l.status = 'ACCEPTED' "
                + "AND l.visible_to_public = TRUE AND l.plan_id IN (%s) GROUP BY l.plan_id", ids);
        Map<Long, Long> results = countByPlan("SELECT r.plan_id, COUNT(DISTINCT r.commitment_id) FROM result_version r "
                + "JOIN commitment c ON c.id = r.commitment_id WHERE r.publication_id IS NOT NULL "
                + "AND c.published_version IS NOT NULL AND r.plan_id IN (%s) GROUP BY r.plan_id", ids);
        List<PlanFigures> rows = plans.stream().map(p -> new PlanFigures(p,
                progress.getOrDefault(p.getId(), ProgressBoard.none()), money.getOrDefault(p.getId(), new MoneyTotals(null, null, null)),
                lessons.getOrDefault(p.getId(), 0L), results.getOrDefault(p.getId(), 0L))).toList();

        Map<MilestoneStatus, Long> byStatus = new EnumMap<>(MilestoneStatus.class);
        Arrays.stream(MilestoneStatus.values()).forEach(s -> byStatus.put(s, 0L));
        em.createQuery("select m.status, count(m) from Milestone m join m.commitment c where " + PUBLIC_MILESTONE
                        + " and c.stateId = :state group by m.status", Object[].class)
                .setParameter("state", stateId)
                .getResultList()
                .forEach(r -> byStatus.put((MilestoneStatus) r[0], (Long) r[1]));
        long overdue = overdueQuery("select count(m) from Milestone m join m.commitment c where " + PUBLIC_MILESTONE
                + " and c.stateId = :state and " + OVERDUE, Long.class, state).getSingleResult();
        return new StateFigures(state, rows, byStatus, byStatus.values().stream().mapToLong(Long::longValue).sum(), overdue,
                total(rows.stream().map(PlanFigures::money).toList()),
                rows.stream().mapToLong(PlanFigures::lessons).sum(), rows.stream().mapToLong(PlanFigures::results).sum());
    }

    /** A page (from 1) of the state's public commitments that pass the filter, in id order. */
    public Paged<CommitmentRow> commitments(State state, Filter filter, int page) {
        StringBuilder where = new StringBuilder(" from Commitment c join c.plan p left join c.leadInstitution a where c.stateId = :state and "
                + Commitment.publicWhere("c"));
        if (filter.plan() != null) {
            where.append(" and p.id = :plan");
        }
        if (filter.status() != null) {
            where.append(" and exists (select m.id from Milestone m where m.commitment = c and m.published = true and m.status = :status)");
        }
        if (filter.overdue()) {
            where.append(" and exists (select m.id from Milestone m where m.commitment = c and m.published = true and " + OVERDUE + ")");
        }
        long total = bind(em.createQuery("select count(c)" + where, Long.class), state, filter).getSingleResult();
        List<CommitmentRow> rows = bind(em.createQuery("select c.id, c.publishedTitle, a.name, p.id, p.title" + where + " order by c.id",
                        Object[].class), state, filter)
                .setFirstResult(Paged.firstRow(page, PAGE_SIZE))
                .setMaxResults(PAGE_SIZE)
                .getResultList()
                .stream()
                .map(r -> new CommitmentRow((Long) r[0], (String) r[1], (String) r[2], (Long) r[3], (String) r[4]))
                .toList();
        return new Paged<>(rows, total, page, PAGE_SIZE);
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, State state, Filter filter) {
        query.setParameter("state", state.getId());
        if (filter.plan() != null) {
            query.setParameter("plan", filter.plan());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.overdue()) {
            query.setParameter("done", done()).setParameter("today", state.today(clock));
        }
        return query;
    }

    private <T> TypedQuery<T> overdueQuery(String jpql, Class<T> type, State state) {
        LocalDate today = state.today(clock);
        return em.createQuery(jpql, type)
                .setParameter("state", state.getId())
                .setParameter("done", done())
                .setParameter("today", today);
    }

    private static List<MilestoneStatus> done() {
        return Arrays.stream(MilestoneStatus.values()).filter(MilestoneStatus::isDone).toList();
    }

    private Map<Long, Long> countByPlan(String sql, Collection<Long> planIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (planIds.isEmpty()) {
            return counts;
        }
        var query = em.createNativeQuery(String.format(sql, String.join(", ", planIds.stream().map(id -> "?").toList())));
        int i = 1;
        for (Long id : planIds) {
            query.setParameter(i++, id);
        }
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return counts;
    }

    /** Money added over plans; an amount nobody recorded in any plan stays null ("no registrado"). */
    static MoneyTotals total(List<MoneyTotals> parts) {
        return new MoneyTotals(sum(parts.stream().map(MoneyTotals::approved).toList()),
                sum(parts.stream().map(MoneyTotals::modified).toList()),
                sum(parts.stream().map(MoneyTotals::spent).toList()));
    }

    private static java.math.BigDecimal sum(List<java.math.BigDecimal> amounts) {
        return amounts.stream().filter(java.util.Objects::nonNull).reduce(java.math.BigDecimal::add).orElse(null);
    }

    static Integer share(long part, long whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }
}
