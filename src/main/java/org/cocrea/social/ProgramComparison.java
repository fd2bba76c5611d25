package org.cocrea.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.shared.Dates;

/**
 * The social-program side of the comparison of states (/states): per state, its published programs,
 * their risks at a high or critical level now (the latest review's, else the level found at
 * identification), their recommendations (answered, and still unanswered after their due day in the
 * state's calendar) and their complaints (all, and those not closed yet). Only published programs,
 * only counts (never a complaint's text or its complainant). One statement for all the page's states:
 * it does not grow with the states on the page nor with their programs, risks or complaints.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgramComparison {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** One state's public social-program figures. */
    public record Figures(long programs, long highRisks, long recommendations, long answered, long overdue, long complaints,
                          long openComplaints) {

        static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0);
    }

    /** The figures of these states, by state id; a state without published programs has all zeros. */
    public Map<Long, Figures> of(Collection<Long> stateIds) {
        Map<Long, Figures> figures = new HashMap<>();
        if (stateIds.isEmpty()) {
            return figures;
        }
        List<Object> params = new ArrayList<>();
        String published = " JOIN social_program sp ON sp.id = %s.program_id AND sp.published = TRUE WHERE %s.state_id = s.id";
        String currentScore = "COALESCE((SELECT rv.likelihood * rv.impact FROM risk_review rv WHERE rv.risk_id = r.id "
                + "ORDER BY rv.reviewed_on DESC, rv.id DESC LIMIT 1), r.likelihood * r.impact)";
        params.add(RiskBand.HIGH_SCORE);
        String today = Dates.todaySql("s.time_zone", clock, params);
        params.addAll(stateIds);
        String sql = "SELECT s.id,"
                + " (SELECT COUNT(*) FROM social_program p WHERE p.state_id = s.id AND p.published = TRUE),"
                + " (SELECT COUNT(*) FROM program_risk r" + published.formatted("r", "r") + " AND " + currentScore + " >= ?),"
                + " (SELECT COUNT(*) FROM program_recommendation c" + published.formatted("c", "c") + "),"
                + " (SELECT COUNT(c.answer) FROM program_recommendation c" + published.formatted("c", "c") + "),"
                + " (SELECT COUNT(*) FROM program_recommendation c" + published.formatted("c", "c")
                + " AND c.answer IS NULL AND c.answer_due_on < " + today + "),"
                + " (SELECT COUNT(*) FROM complaint q" + published.formatted("q", "q") + "),"
                + " (SELECT COUNT(*) FROM complaint q" + published.formatted("q", "q") + " AND q.status <> 'CLOSED')"
                + " FROM state s WHERE s.id IN (" + String.join(", ", stateIds.stream().map(id -> "?").toList()) + ")";
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            figures.put(number(r[0]), new Figures(number(r[1]), number(r[2]), number(r[3]), number(r[4]), number(r[5]),
                    number(r[6]), number(r[7])));
        }
        stateIds.forEach(id -> figures.putIfAbsent(id, Figures.NONE));
        return figures;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
