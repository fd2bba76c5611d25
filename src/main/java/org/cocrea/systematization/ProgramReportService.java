package org.cocrea.systematization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cocrea.actor.Gender;
import org.cocrea.commitment.Commitment;
import org.cocrea.evaluation.ResultFigures;
import org.cocrea.evaluation.ResultsService;
import org.cocrea.milestone.ProgressBoard;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.PlanStatus;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.Progress;
import org.cocrea.state.SupportMode;

/**
 * The program report across states (issue 9), for the platform administrator: each state's latest
 * published plan with the same figures, what the public can read of it (public commitments and
 * their progress, published results, public lessons) plus its sessions' attendance, and the states
 * compared by support mode. A fixed number of queries whatever the number of states and plans.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgramReportService {

    /** The support modes as the report groups them, "not said" last. */
    static final List<String> MODES = List.of("supportMode.IN_PERSON", "supportMode.REMOTE", "supportMode.none");

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private ProgressBoard progress;

    @Inject
    private ResultsService results;

    @Inject
    private Clock clock;

    /** The program report as a PDF in the given language, generated now. */
    public byte[] pdf(Locale locale) {
        return new ProgramPdf(locale, clock.instant()).render(facts());
    }

    public ProgramFacts facts() {
        currentCaller.get().requireAdmin();
        Map<Long, ActionPlan> latest = new LinkedHashMap<>();
        em.createQuery("select p from ActionPlan p join fetch p.state s where p.status <> :draft "
                        + "order by s.name, p.cycleStart desc, p.id desc", ActionPlan.class)
                .setParameter("draft", PlanStatus.DRAFT)
                .getResultList()
                .forEach(p -> latest.putIfAbsent(p.getState().getId(), p));
        if (latest.isEmpty()) {
            return new ProgramFacts(List.of(), List.of());
        }
        List<Long> plans = latest.values().stream().map(ActionPlan::getId).toList();
        Map<Long, ProgressBoard.Summary> progressByPlan = progress.publicByPlan(plans);
        Map<Long, Long> commitments = countByPlan("select c.plan.id, count(c) from Commitment c where c.plan.id in :ids and "
                + Commitment.publicWhere("c") + " group by c.plan.id", plans);
        Map<Long, Long> lessons = countByPlan("select l.plan.id, count(l) from Lesson l where l.plan.id in :ids "
                + "and l.visibleToPublic = true and l.status = org.cocrea.systematization.LessonStatus.ACCEPTED group by l.plan.id", plans);
        Map<Long, Long> attendance = new HashMap<>();
        Map<Long, Long> women = new HashMap<>();
        em.createQuery("select a.session.plan.id, a.gender, count(a) from Attendance a where a.session.plan.id in :ids "
                        + "group by a.session.plan.id, a.gender", Object[].class)
                .setParameter("ids", plans)
                .getResultList()
                .forEach(r -> {
                    long n = ((Number) r[2]).longValue();
                    attendance.merge((Long) r[0], n, Long::sum);
                    if (r[1] == Gender.WOMAN) {
                        women.merge((Long) r[0], n, Long::sum);
                    }
                });
        Map<Long, ResultFigures> figures = new HashMap<>();
        results.comparison().forEach(c -> figures.put(c.planId(), c.figures()));
        List<ProgramFacts.StateRow> rows = latest.values().stream().map(p -> {
            SupportMode mode = p.getState().getSupportMode();
            ResultFigures f = figures.get(p.getId());
            Progress planProgress = progressByPlan.containsKey(p.getId()) ? progressByPlan.get(p.getId()).progress()
                    : Progress.notComputable();
            return new ProgramFacts.StateRow(p.getState().getName(), "supportMode." + (mode == null ? "none" : mode.name()),
                    p.getTitle(), commitments.getOrDefault(p.getId(), 0L), planProgress.rounded(),
                    attendance.getOrDefault(p.getId(), 0L), women.getOrDefault(p.getId(), 0L),
                    f == null ? 0 : f.designAssessed(), f == null ? 0 : f.promising(),
                    f == null ? 0 : f.resultsAssessed(), f == null ? 0 : f.strongEarlyResults(),
                    lessons.getOrDefault(p.getId(), 0L));
        }).toList();
        return new ProgramFacts(rows, ProgramFacts.byMode(rows, MODES));
    }

    private Map<Long, Long> countByPlan(String query, List<Long> plans) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(query, Object[].class).setParameter("ids", plans).getResultList()
                .forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
        return counts;
    }
}
