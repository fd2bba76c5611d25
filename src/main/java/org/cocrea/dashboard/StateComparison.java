package org.cocrea.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.commitment.OpenGovernmentValue;
import org.cocrea.milestone.MilestoneStatus;
import org.cocrea.milestone.ProgressBoard;
import org.cocrea.shared.Dates;
import org.cocrea.shared.Paged;
import org.cocrea.shared.Progress;

/**
 * The comparison of states (issue 14, /states): per state with a published plan, its public
 * commitments and milestones counted by SQL under the visitor's filters (state, plan, milestone
 * status, open-government value and SDG of the published text), money approved and spent, the
 * commitments per open-government value, and the progress of its plans. Three aggregate statements
 * for the page's states plus the states and progress reads: the number of statements and the rows
 * read do not grow with commitments or milestones. Only public records: published versions of
 * commitments in published plans, their published milestones and published budget years.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StateComparison {

    public static final int PAGE_SIZE = 20;

    /** The highest Sustainable Development Goal. */
    public static final int SDG_COUNT = 17;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProgressBoard board;

    @Inject
    private Clock clock;

    /** What the visitor filters by; null = any. */
    public record Filter(Long state, Long plan, MilestoneStatus status, OpenGovernmentValue value, Integer sdg) {
        public static final Filter NONE = new Filter(null, null, null, null, null);

        public boolean any() {
            return state != null || plan != null || status != null || value != null || sdg != null;
        }
    }

    /** One state's figures under the filter. */
    public record Row(long stateId, String name, Progress progress, long commitments, long milestones, long verified,
                      long overdue, BigDecimal approved, BigDecimal spent, Map<OpenGovernmentValue, Long> byValue) {

        public Integer verifiedShare() {
            return StateDashboard.share(verified, milestones);
        }

        public Integer overdueShare() {
            return StateDashboard.share(overdue, milestones);
        }

        /** Money spent as a whole percent of money approved; null when nothing approved was recorded. */
        public Integer spentShare() {
            return approved == null || approved.signum() <= 0 || spent == null ? null
                    : (int) Math.round(100.0 * spent.doubleValue() / approved.doubleValue());
        }
    }

    /** A page of states (by name) with their figures under the filter. */
    public Paged<Row> compare(Filter filter, int page) {
        if (filter.sdg() != null && (filter.sdg() < 1 || filter.sdg() > SDG_COUNT)) {
            return new Paged<>(List.of(), 0, page, PAGE_SIZE);
        }
        List<Object> stateParams = new ArrayList<>();
        String stateWhere = "p.status <> 'DRAFT'" + (filter.state() == null ? "" : " AND s.id = ?");
        if (filter.state() != null) {
            stateParams.add(filter.state());
        }
        long total = ((Number) native_("SELECT COUNT(DISTINCT s.id) FROM state s JOIN action_plan p ON p.state_id = s.id WHERE "
                + stateWhere, stateParams).getSingleResult()).longValue();
        List<Object> pageParams = new ArrayList<>(stateParams);
        pageParams.add(PAGE_SIZE);
        pageParams.add(Paged.firstRow(page, PAGE_SIZE));
        Map<Long, String> states = new LinkedHashMap<>();
        for (Object row : native_("SELECT DISTINCT s.id, s.name FROM state s JOIN action_plan p ON p.state_id = s.id WHERE "
                + stateWhere + " ORDER BY s.name, s.id LIMIT ? OFFSET ?", pageParams).getResultList()) {
            Object[] r = (Object[]) row;
            states.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        if (states.isEmpty()) {
            return new Paged<>(List.of(), total, page, PAGE_SIZE);
        }
        String in = " AND s.id IN (" + String.join(", ", states.keySet().stream().map(id -> "?").toList()) + ")";

        // commitments and their values
        List<Object> params = new ArrayList<>();
        StringBuilder values = new StringBuilder();
        for (OpenGovernmentValue value : OpenGovernmentValue.values()) {
            values.append(", SUM(JSON_CONTAINS(v.snapshot, ?, '$.values'))");
            params.add("\"" + value.name() + "\"");
        }
        String commitmentWhere = commitmentWhere(filter, params);
        params.addAll(states.keySet());
        Map<Long, Object[]> commitments = byState(native_("SELECT s.id, COUNT(DISTINCT c.id)" + values + COMMITMENTS + commitmentWhere
                + in + " GROUP BY s.id", params).getResultList());

        // milestones: all, verified, overdue (today in each state's zone)
        List<Object> mParams = new ArrayList<>();
        String today = Dates.todaySql("s.time_zone", clock, mParams);
        String notDone = "m.status NOT IN (" + String.join(", ", Arrays.stream(MilestoneStatus.values())
                .filter(MilestoneStatus::isDone).map(st -> "'" + st.name() + "'").toList()) + ")";
        String mWhere = commitmentWhere(filter, mParams) + (filter.status() == null ? "" : " AND m.status = ?");
        if (filter.status() != null) {
            mParams.add(filter.status().name());
        }
        mParams.addAll(states.keySet());
        Map<Long, Object[]> milestones = byState(native_("SELECT s.id, COUNT(*), SUM(m.status = 'VERIFIED'), SUM(" + notDone
                + " AND m.published_end_date < " + today + ")" + COMMITMENTS + " JOIN milestone m ON m.commitment_id = c.id AND m.published = TRUE"
                + mWhere + in + " GROUP BY s.id", mParams).getResultList());

        // money of the filtered commitments' published years
        List<Object> bParams = new ArrayList<>();
        String bWhere = commitmentWhere(filter, bParams);
        bParams.addAll(states.keySet());
        Map<Long, Object[]> money = byState(native_("SELECT s.id, SUM(b.published_approved), SUM(b.spent)" + COMMITMENTS
                + " JOIN budget_line b ON b.commitment_id = c.id AND b.published = TRUE" + bWhere + in + " GROUP BY s.id", bParams)
                .getResultList());

        Map<Long, List<ProgressBoard.Summary>> progress = progressByState(states.keySet(), filter);
        List<Row> rows = new ArrayList<>();
        states.forEach((id, name) -> {
            Object[] c = commitments.get(id);
            Object[] m = milestones.get(id);
            Object[] b = money.get(id);
            Map<OpenGovernmentValue, Long> byValue = new EnumMap<>(OpenGovernmentValue.class);
            for (OpenGovernmentValue value : OpenGovernmentValue.values()) {
                byValue.put(value, c == null ? 0L : number(c[2 + value.ordinal()]));
            }
            rows.add(new Row(id, name, ProgressBoard.rollUpPlans(progress.getOrDefault(id, List.of())),
                    c == null ? 0 : number(c[1]), m == null ? 0 : number(m[1]), m == null ? 0 : number(m[2]),
                    m == null ? 0 : number(m[3]), b == null ? null : (BigDecimal) b[1], b == null ? null : (BigDecimal) b[2], byValue));
        });
        return new Paged<>(rows, total, page, PAGE_SIZE);
    }

    private static final String COMMITMENTS = " FROM commitment c"
            + " JOIN commitment_version v ON v.commitment_id = c.id AND v.number = c.published_version"
            + " JOIN action_plan p ON p.id = c.plan_id JOIN state s ON s.id = p.state_id";

    /** The filter on a public commitment {@code c}, its published version {@code v} and plan {@code p}; parameters appended. */
    private static String commitmentWhere(Filter filter, List<Object> params) {
        StringBuilder where = new StringBuilder(" WHERE p.status <> 'DRAFT'");
        if (filter.plan() != null) {
            where.append(" AND p.id = ?");
            params.add(filter.plan());
        }
        if (filter.value() != null) {
            where.append(" AND JSON_CONTAINS(v.snapshot, ?, '$.values')");
            params.add("\"" + filter.value().name() + "\"");
        }
        if (filter.sdg() != null) {
            // "ODS 16", "SDG 16", "ODS 16.6": the goal's number, not the start of another (ODS 1 is not ODS 16)
            where.append(" AND JSON_VALUE(v.snapshot, '$.sdgAlignment') REGEXP ?");
            params.add("(ODS|SDG|Objetivo|Goal)[[:space:]]*" + filter.sdg() + "([^0-9]|$)");
        }
        if (filter.status() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM milestone fm WHERE fm.commitment_id = c.id AND fm.published = TRUE AND fm.status = ?)");
            params.add(filter.status().name());
        }
        return where.toString();
    }

    /** The public progress of the states' plans (of one plan when the filter names it), one summary per plan. */
    private Map<Long, List<ProgressBoard.Summary>> progressByState(java.util.Set<Long> stateIds, Filter filter) {
        Map<Long, List<ProgressBoard.Summary>> byState = new HashMap<>();
        List<Object> params = new ArrayList<>(stateIds);
        String sql = "SELECT p.id, p.state_id FROM action_plan p WHERE p.status <> 'DRAFT' AND p.state_id IN ("
                + String.join(", ", stateIds.stream().map(id -> "?").toList()) + ")";
        if (filter.plan() != null) {
            sql += " AND p.id = ?";
            params.add(filter.plan());
        }
        Map<Long, Long> stateOfPlan = new HashMap<>();
        for (Object row : native_(sql, params).getResultList()) {
            Object[] r = (Object[]) row;
            stateOfPlan.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        board.publicByPlan(stateOfPlan.keySet()).forEach((plan, summary) ->
                byState.computeIfAbsent(stateOfPlan.get(plan), k -> new ArrayList<>()).add(summary));
        return byState;
    }

    private jakarta.persistence.Query native_(String sql, List<Object> params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    private static Map<Long, Object[]> byState(List<?> rows) {
        Map<Long, Object[]> map = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            map.put(((Number) r[0]).longValue(), r);
        }
        return map;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
