package org.cocrea.systematization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cocrea.audit.AuditTrail;
import org.cocrea.file.FileStore;
import org.cocrea.shared.Caller;
import org.cocrea.actor.ActorType;
import org.cocrea.actor.Sector;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentStatus;
import org.cocrea.evaluation.Completion;
import org.cocrea.evaluation.OpenedGovernment;
import org.cocrea.evaluation.ResultFigures;
import org.cocrea.evaluation.ResultsService;
import org.cocrea.indicator.IndicatorService;
import org.cocrea.indicator.TrackedIndicator;
import org.cocrea.transparency.TransparencyLog;
import org.cocrea.treasurehunt.Ease;
import org.cocrea.treasurehunt.HuntService;
import org.cocrea.milestone.MilestoneStatus;
import org.cocrea.milestone.ProgressBoard;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.Phase;
import org.cocrea.plan.PlanPhase;
import org.cocrea.plan.PlanService;
import org.cocrea.priority.PriorityService;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Records;
import org.cocrea.shared.Steps;
import org.cocrea.worksession.Agreement;

/**
 * The systematization report of a plan (phase 6), for the secretariat of its state: the facts are
 * gathered section by section, each in a fixed number of queries (never one per row), and drawn
 * as a PDF by {@link ReportPdf}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportService {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private PlanService plans;

    @Inject
    private PriorityService priorities;

    @Inject
    private LessonService lessons;

    @Inject
    private ProgressBoard progress;

    @Inject
    private ResultsService results;

    @Inject
    private IndicatorService indicators;

    @Inject
    private HuntService hunts;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private FileStore files;

    @Inject
    private TransparencyLog transparency;

    @Inject
    private ReportGenerations generations;

    /** This bean's own proxy: {@link #generate} reads the facts through it, in their transaction. */
    @Inject
    private ReportService self;

    /**
     * The report of a plan as a PDF in the given language, generated now, for its secretariat: the
     * phase-6 checklist's "report generated" ticks itself.
     */
    public byte[] generate(long planId, Locale locale) {
        return generate(planId, locale, new Steps());
    }

    /**
     * The same, counting its steps (the facts gathered, then each section drawn): what
     * {@link ReportGenerations} runs in the background. No transaction is held while the PDF is
     * drawn: the facts are read in a transaction (a background thread has no request to keep the
     * entity manager open between its queries), the PDF drawn, and the checklist ticked in a transaction
     * of its own.
     */
    public byte[] generate(long planId, Locale locale, Steps steps) {
        ReportPdf drawing = new ReportPdf(locale, clock.instant());
        steps.total(1 + drawing.steps());
        ReportFacts facts = self.facts(planId);
        steps.step();
        byte[] pdf = drawing.render(facts, steps);
        plans.tickFromRecords(planId, Phase.SYSTEMATIZATION, "REPORT_GENERATED");
        return pdf;
    }

    /** The foreword and conclusions of a plan's report (blank when never written), for its secretariat. */
    public ReportText texts(long planId) {
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        currentCaller.get().requireSecretariatOf(plan.getState().getId());
        ReportText text = em.find(ReportText.class, planId);
        return text != null ? text : new ReportText(planId, plan.getState().getId());
    }

    /** Saves the foreword and conclusions, sanitized (see {@link ReportText}); audited. */
    @Transactional
    public ReportText writeTexts(long planId, String foreword, String conclusions) {
        Caller caller = currentCaller.get();
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        caller.requireSecretariatOf(plan.getState().getId());
        ReportText text = em.find(ReportText.class, planId);
        boolean created = text == null;
        if (created) {
            text = new ReportText(planId, plan.getState().getId());
        }
        var before = created ? null : text.auditSnapshot();
        text.write(foreword, conclusions, caller.username(), clock.instant());
        if (created) {
            em.persist(text);
        }
        audit.record(caller.username(), "UPDATE", text, before);
        return text;
    }

    /**
     * Publishes the report of a published plan: the bytes of the ready background generation
     * {@code jobId} ({@link ReportGenerations}), exactly those its secretariat generated and could
     * read, frozen in the file store with their SHA-256 as the plan's next edition; audited, and
     * entered in the transparency log. Nothing is drawn here. A generation the records changed since
     * (a lesson, the foreword, anything of the state) is refused: generate again. A plan in draft has
     * nothing to publish.
     */
    @Transactional
    public ReportEdition publish(long planId, Locale locale, String jobId) {
        ActionPlan plan = publishable(planId);
        return freeze(plan, locale, generations.current(plan, locale, jobId));
    }

    /**
     * The same with the report drawn now, in the caller's thread: for the demo data at start-up only,
     * where no page waits and nobody has read a generation. Pages publish a generation ({@link #publish}).
     */
    @Transactional
    public ReportEdition publishDrawnNow(long planId, Locale locale) {
        ActionPlan plan = publishable(planId);
        return freeze(plan, locale, new ReportPdf(locale, clock.instant()).render(facts(planId)));
    }

    private ActionPlan publishable(long planId) {
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        currentCaller.get().requireSecretariatOf(plan.getState().getId());
        if (!plan.isPublished()) {
            throw DomainException.onField("publish", "report.publish.planDraft");
        }
        return plan;
    }

    private ReportEdition freeze(ActionPlan plan, Locale locale, byte[] pdf) {
        Caller caller = currentCaller.get();
        long planId = plan.getId();
        Integer last = em.createQuery("select max(e.number) from ReportEdition e where e.planId = :p", Integer.class)
                .setParameter("p", planId)
                .getSingleResult();
        ReportEdition edition = new ReportEdition(planId, plan.getState().getId(), last == null ? 1 : last + 1,
                locale.getLanguage(), files.saveGenerated(pdf), pdf.length, ReportPdf.sha256(pdf), caller.username());
        em.persist(edition);
        audit.record(caller.username(), "PUBLISH", edition, null);
        Instant publishedAt = clock.instant();
        transparency.append(() -> edition.loggedFacts(publishedAt));
        plans.tickFromRecords(planId, Phase.SYSTEMATIZATION, "REPORT_GENERATED");
        plans.tickFromRecords(planId, Phase.SYSTEMATIZATION, "FINAL_REPORT_PUBLISHED");
        return edition;
    }

    /** The published editions of a published plan's report, newest first, for anybody. */
    public List<ReportEdition> editions(long planId) {
        ActionPlan plan = em.find(ActionPlan.class, planId);
        if (plan == null || !plan.isPublished()) {
            return List.of();
        }
        return em.createQuery("select e from ReportEdition e where e.planId = :p order by e.number desc", ReportEdition.class)
                .setParameter("p", planId)
                .getResultList();
    }

    /** An edition of a published plan's report, for anybody; anything else is not found. */
    public ReportEdition edition(long editionId) {
        ReportEdition edition = Records.found(em.find(ReportEdition.class, editionId));
        if (!em.find(ActionPlan.class, edition.getPlanId()).isPublished()) {
            throw new org.cocrea.shared.NotFoundException();
        }
        return edition;
    }

    /** The frozen bytes of an edition of a published plan, for anybody; anything else is not found. */
    public byte[] editionPdf(long editionId) {
        return files.generated(edition(editionId).getContentId());
    }

    /** What the report says of a plan, for the secretariat of its state: read in one transaction. */
    @Transactional
    public ReportFacts facts(long planId) {
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        currentCaller.get().requireSecretariatOf(plan.getState().getId());
        LocalDate today = plan.today(clock);
        return new ReportFacts(context(plan), actorsBySector(plan), phases(planId), priorityRows(planId),
                counts("select w.kind, count(w) from WorkSession w where w.plan.id = :p group by w.kind", planId, "sessionKind."),
                attendanceBySector(planId),
                counts("select a.gender, count(a) from Attendance a where a.session.plan.id = :p group by a.gender", planId, "gender."),
                commitments(planId), agreements(planId, today), lessonRows(planId),
                Optional.ofNullable(em.find(ReportText.class, planId)).map(ReportText::getForeword).orElse(null),
                Optional.ofNullable(em.find(ReportText.class, planId)).map(ReportText::getConclusions).orElse(null),
                counts("select w.mode, count(w) from WorkSession w where w.plan.id = :p group by w.mode", planId, "sessionMode."),
                results(plan), indicatorRows(plan), huntRows(plan));
    }

    /** The published results of a published plan (the report is made to be published): none before. */
    private ReportFacts.Results results(ActionPlan plan) {
        if (!plan.isPublished()) {
            return ReportFacts.Results.NONE;
        }
        ResultFigures f = results.ofPlan(plan.getId()).figures();
        List<ReportFacts.Count> completion = new ArrayList<>();
        for (Completion level : Completion.values()) {
            completion.add(new ReportFacts.Count("evaluation.level.Completion." + level, f.completion().get(level)));
        }
        List<ReportFacts.Count> opened = new ArrayList<>();
        for (OpenedGovernment level : OpenedGovernment.values()) {
            opened.add(new ReportFacts.Count("evaluation.level.OpenedGovernment." + level, f.opened().get(level)));
        }
        return new ReportFacts.Results(f.designAssessed(), f.promising(), f.resultsAssessed(), f.strongEarlyResults(),
                completion, opened);
    }

    /** The public indicators of the plan (its public commitments' and its results'), toward their targets. */
    private List<ReportFacts.IndicatorRow> indicatorRows(ActionPlan plan) {
        return indicators.publicOfPlan(plan.getId()).stream().map((TrackedIndicator t) -> new ReportFacts.IndicatorRow(
                t.indicator().getName(), t.indicator().getUnit(), t.indicator().getBaselineValue(), t.indicator().getTargetValue(),
                t.latest() == null ? null : t.latest().getValue(), t.progress().progress().rounded(), t.progress().exceeded()))
                .toList();
    }

    /** Each follow-up treasure hunt of a published plan against its baseline. */
    private List<ReportFacts.HuntRow> huntRows(ActionPlan plan) {
        if (!plan.isPublished()) {
            return List.of();
        }
        return hunts.publicComparisons(plan.getId()).stream().map(c -> {
            var overall = c.comparison().overall();
            return new ReportFacts.HuntRow(c.followUp().getTitle(), overall.before().availabilityPercent(),
                    overall.after().availabilityPercent(), overall.before().medianMinutes(), overall.after().medianMinutes(),
                    c.comparison().count(Ease.EASIER), c.comparison().count(Ease.SAME), c.comparison().count(Ease.HARDER));
        }).toList();
    }

    private static ReportFacts.Context context(ActionPlan plan) {
        return new ReportFacts.Context(plan.getTitle(), plan.getState().getName(), plan.getState().getSecretariatName(),
                plan.getCycleStart(), plan.getCycleEnd(), "phase." + plan.getPhase(), "plan.status." + plan.getStatus());
    }

    private List<ReportFacts.Count> actorsBySector(ActionPlan plan) {
        Map<Sector, Long> bySector = new EnumMap<>(Sector.class);
        em.createQuery("select a.type, count(a) from Actor a where a.state.id = :s group by a.type", Object[].class)
                .setParameter("s", plan.getState().getId())
                .getResultList()
                .forEach(r -> bySector.merge(((ActorType) r[0]).sector(), ((Number) r[1]).longValue(), Long::sum));
        return bySector.entrySet().stream().map(e -> new ReportFacts.Count("sector." + e.getKey(), e.getValue())).toList();
    }

    private List<ReportFacts.Count> attendanceBySector(long planId) {
        Map<Sector, Long> bySector = new EnumMap<>(Sector.class);
        em.createQuery("select a.actor.type, count(a) from Attendance a where a.session.plan.id = :p group by a.actor.type",
                        Object[].class)
                .setParameter("p", planId)
                .getResultList()
                .forEach(r -> bySector.merge(((ActorType) r[0]).sector(), ((Number) r[1]).longValue(), Long::sum));
        return bySector.entrySet().stream().map(e -> new ReportFacts.Count("sector." + e.getKey(), e.getValue())).toList();
    }

    private List<ReportFacts.Count> counts(String query, long planId, String keyPrefix) {
        return em.createQuery(query, Object[].class)
                .setParameter("p", planId)
                .getResultList()
                .stream()
                .map(r -> new ReportFacts.Count(r[0] == null ? keyPrefix + "none" : keyPrefix + r[0], ((Number) r[1]).longValue()))
                .sorted(java.util.Comparator.comparing(ReportFacts.Count::key))
                .toList();
    }

    private List<ReportFacts.PhaseRow> phases(long planId) {
        return plans.phasesOf(planId).stream()
                .map((PlanPhase ph) -> new ReportFacts.PhaseRow("phase." + ph.getPhase(), ph.getPlannedStart(), ph.getPlannedEnd(),
                        ph.getStartedOn(), ph.getFinishedOn(), ph.getDoneCount(), ph.getChecklist().size()))
                .toList();
    }

    private List<ReportFacts.PriorityRow> priorityRows(long planId) {
        return priorities.ranking(planId).stream()
                .map(r -> new ReportFacts.PriorityRow(r.rank(), r.priority().getTitle(), r.mean(), r.count()))
                .toList();
    }

    /**
     * The public commitments of the plan (its published text's title): the report is made to be
     * published, so a draft commitment, or any commitment of a plan still in draft, never enters it.
     */
    private List<ReportFacts.CommitmentRow> commitments(long planId) {
        List<Object[]> rows = em.createQuery("select c.id, c.publishedTitle, c.status from Commitment c "
                        + "where c.plan.id = :p and " + Commitment.publicWhere("c") + " order by c.id", Object[].class)
                .setParameter("p", planId)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, ProgressBoard.Summary> summaries = progress.byCommitment(rows.stream().map(r -> (Long) r[0]).toList());
        Map<Long, Long> verified = new HashMap<>();
        em.createQuery("select m.commitment.id, count(m) from Milestone m where m.commitment.plan.id = :p and m.status = :v "
                        + "group by m.commitment.id", Object[].class)
                .setParameter("p", planId)
                .setParameter("v", MilestoneStatus.VERIFIED)
                .getResultList()
                .forEach(r -> verified.put((Long) r[0], ((Number) r[1]).longValue()));
        Map<Long, List<ReportFacts.MoneyRow>> money = new HashMap<>();
        em.createQuery("select b.commitment.id, b.fiscalYear, b.approved, b.modified, b.spent from BudgetLine b "
                        + "where b.commitment.plan.id = :p and b.withdrawn = false order by b.fiscalYear", Object[].class)
                .setParameter("p", planId)
                .getResultList()
                .forEach(r -> money.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new ReportFacts.MoneyRow(
                        (Integer) r[1], (BigDecimal) r[2], (BigDecimal) r[3], (BigDecimal) r[4])));
        return rows.stream().map(r -> {
            long id = (Long) r[0];
            ProgressBoard.Summary summary = summaries.getOrDefault(id, ProgressBoard.none());
            return new ReportFacts.CommitmentRow((String) r[1], "commitment.status." + (CommitmentStatus) r[2],
                    summary.progress().rounded(), summary.milestones(), verified.getOrDefault(id, 0L).intValue(),
                    summary.overdue(), money.getOrDefault(id, List.of()));
        }).toList();
    }

    private ReportFacts.Agreements agreements(long planId, LocalDate today) {
        List<Agreement> all = em.createQuery("select a from Agreement a where a.session.plan.id = :p", Agreement.class)
                .setParameter("p", planId)
                .getResultList();
        long kept = all.stream().filter(Agreement::isDone).count();
        long overdue = all.stream().filter(a -> a.isOverdue(today)).count();
        return new ReportFacts.Agreements(kept, all.size() - kept - overdue, overdue);
    }

    /** The lessons the public reads (accepted, public): the report is published. */
    private List<ReportFacts.LessonRow> lessonRows(long planId) {
        return lessons.ofPlan(planId).stream()
                .filter(Lesson::isPublic)
                .map(l -> new ReportFacts.LessonRow("phase." + l.getPhase(), l.getLearnedOn(),
                        l.getSources().stream().sorted().map(s -> "lessons.source." + s).toList(), l.getOtherContext(),
                        l.getTried(), l.getHappened(), l.getChanged()))
                .toList();
    }
}
