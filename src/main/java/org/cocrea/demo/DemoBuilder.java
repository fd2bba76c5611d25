package org.cocrea.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.cocrea.account.Account;
import org.cocrea.shared.Caller;
import org.cocrea.shared.Role;
import org.cocrea.actor.Actor;
import org.cocrea.audit.Auditable;
import org.cocrea.commitment.Commitment;
import org.cocrea.demo.DemoSpec.ActorSpec;
import org.cocrea.demo.DemoSpec.BudgetSpec;
import org.cocrea.demo.DemoSpec.CommitmentSpec;
import org.cocrea.demo.DemoSpec.FileSpec;
import org.cocrea.demo.DemoSpec.MilestoneSpec;
import org.cocrea.demo.DemoSpec.PersonSpec;
import org.cocrea.demo.DemoSpec.PlanSpec;
import org.cocrea.demo.DemoSpec.ReportSpec;
import org.cocrea.demo.DemoSpec.StateSpec;
import org.cocrea.file.CheckedUpload;
import org.cocrea.file.FileContent;
import org.cocrea.file.StoredFile;
import org.cocrea.file.Upload;
import org.cocrea.milestone.Evidence;
import org.cocrea.milestone.ActivityStatus;
import org.cocrea.milestone.Milestone;
import org.cocrea.milestone.MilestoneActivity;
import org.cocrea.milestone.MilestoneFacts;
import org.cocrea.milestone.MilestoneStatus;
import org.cocrea.milestone.ProgressReport;
import org.cocrea.milestone.SignOff;
import org.cocrea.milestone.SignOffParty;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.Phase;
import org.cocrea.state.State;
import org.cocrea.shared.Dates;
import org.cocrea.transparency.Loggable;

/**
 * Turns the demo content into entities through the entities' own rules (dates, budget, reports,
 * status moves, sign-offs, publication), handing every new record to a {@link Sink}. The sink
 * persists them in the application and only numbers them in unit tests, so the whole build can
 * be checked without a database.
 */
final class DemoBuilder {

    static final String AUDIT_USER = "demo";

    /** What the builder needs from outside. */
    interface Sink {
        /** Stores a new record; when this returns, the record has its id. */
        void persist(Object entity);

        /** Stores a new account with the demo password. */
        void createAccount(Account account);

        boolean usernameTaken(String username);

        /** Checks a file the way uploads are checked (type, size) and hashes it. */
        CheckedUpload check(Upload upload);

        void audit(String action, Auditable subject, Map<String, Object> before);

        /** An account that already exists (the start-up administrator, say). */
        Account existingAccount(String username);

        /** Enters a record's facts in the transparency log, as the services do. */
        void log(Loggable record);

        /** Enters the publication of the commitment's published version in the transparency log. */
        void logPublication(Commitment commitment, Instant publishedAt);

        /**
         * The mails of a demo event, through the outbox as the services send them (issue 13: the demo's
         * outbox holds real mail). In demo mode they are kept, and the administrator reads them.
         */
        void mail(DemoMail event);

        /**
         * Publishes the plan's systematization report through the report's own service, as that member
         * of the state's secretariat: its foreword and conclusions written, then the report generated and
         * frozen as the plan's next edition (issue 9: at least one demo state has a published report).
         */
        void publishReport(ActionPlan plan, String secretariat, String foreword, String conclusions);

        /** The active conditions of social programs in their order (V26 seeds them; the administrator keeps them). */
        List<org.cocrea.social.ProgramCondition> programConditions();

        /** The cipher that seals a complainant's identity, the one {@code ComplaintService} uses. */
        org.cocrea.social.IdentityCipher identityCipher();
    }

    /** What was created, for the log. */
    record Summary(int states, int actors, int accounts, int plans, int commitments, int milestones,
                   int reports, int evidence, int priorities, int sessions, int agreements, int materials,
                   boolean adminLeftOut) {
        @Override
        public String toString() {
            return states + " states, " + actors + " actors, " + accounts + " accounts, " + plans + " plans, "
                    + commitments + " commitments, " + milestones + " milestones, " + reports + " progress reports, "
                    + evidence + " pieces of evidence, " + priorities + " priorities, " + sessions + " sessions, "
                    + agreements + " agreements, " + materials + " toolbox materials"
                    + (adminLeftOut ? " (no demo administrator: the user name '" + DemoAccounts.ADMIN_USERNAME
                            + "' was already taken)" : "");
        }
    }

    private final Sink sink;
    private final Clock clock;
    /** Today in the state being built: the demo's dates are relative to it. */
    private LocalDate today;
    private ZoneId zone = Dates.DEFAULT_ZONE;
    private int actors;
    private int accounts;
    private int commitments;
    private int milestones;
    private int reports;
    private int evidence;

    private final DemoCoCreation coCreation;
    private final DemoIndicatorsAndHunts indicatorsAndHunts;
    private final Map<String, DemoIndicatorsAndHunts.MeasuresSpec> indicatorsAndHuntsByState = DemoIndicatorsAndHunts.all();

    DemoBuilder(Sink sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
        this.today = Dates.today(clock, zone);
        this.coCreation = new DemoCoCreation(sink, clock, DemoStates.coCreation());
        coCreation.today = today;
        this.indicatorsAndHunts = new DemoIndicatorsAndHunts(sink);
    }

    Summary build(List<StateSpec> states) {
        boolean adminLeftOut = sink.usernameTaken(DemoAccounts.ADMIN_USERNAME);
        Account admin;
        if (adminLeftOut) {
            admin = sink.existingAccount(DemoAccounts.ADMIN_USERNAME);
        } else {
            admin = new Account(DemoAccounts.ADMIN_USERNAME, DemoAccounts.ADMIN_FULL_NAME,
                    DemoAccounts.ADMIN_USERNAME + "@cocrea.example", Role.PLATFORM_ADMIN, null, null, true);
            sink.createAccount(admin);
            accounts++;
        }
        coCreation.sharedToolbox(admin);
        for (StateSpec spec : states) {
            state(spec);
        }
        DemoToolboxUse.assistanceRequest(sink, admin.getUsername(), clock.instant());
        return new Summary(states.size(), actors + coCreation.actorsAdded, accounts, states.size(), commitments, milestones, reports, evidence,
                coCreation.priorities, coCreation.sessions, coCreation.agreements, coCreation.materials, adminLeftOut);
    }

    private void state(StateSpec spec) {
        State state = new State(spec.code, spec.name, spec.secretariatName);
        state.changeZone(spec.timeZone);
        state.changeSupportMode(spec.remoteSupport ? org.cocrea.state.SupportMode.REMOTE : org.cocrea.state.SupportMode.IN_PERSON);
        zone = state.zone();
        today = state.today(clock);
        coCreation.today = today;
        sink.persist(state);
        sink.audit("CREATE", state, null);

        Map<String, Actor> actorsByKey = new HashMap<>();
        for (ActorSpec a : spec.actors) {
            Actor actor = new Actor(state, a.name(), a.type());
            sink.persist(actor);
            sink.audit("CREATE", actor, null);
            actorsByKey.put(a.key(), actor);
            actors++;
        }
        coCreation.actorMap(spec, state, actorsByKey);
        Map<String, Account> people = new HashMap<>();
        for (PersonSpec p : spec.people) {
            Account account = new Account(p.username(), p.fullName(), p.email(), p.role(), state,
                    p.actorKey() == null ? null : actorOf(actorsByKey, p.actorKey()), true);
            sink.createAccount(account);
            people.put(p.key(), account);
            accounts++;
        }

        PlanSpec planSpec = spec.plan;
        ActionPlan plan = plan(state, planSpec, Phase.FOLLOW_UP);

        List<Commitment> created = new ArrayList<>();
        for (CommitmentSpec c : planSpec.commitments) {
            // the first commitment of each plan keeps the story of its drafting: two drafts and a requested change
            created.add(commitment(plan, c, actorsByKey, people, created.isEmpty()));
        }
        List<String> problems = planSpec.commitments.stream().map(c -> c.problem).toList();
        coCreation.priorities(spec, plan, created, problems, actorsByKey, people);
        coCreation.sessions(spec, plan, created, actorsByKey, people);
        coCreation.stateToolbox(state, people.get(DemoStates.SECRETARIADO));
        DemoToolboxUse.uses(sink, coCreation, spec.code, plan, people.get(DemoStates.SECRETARIADO));
        indicatorsAndHunts.build(indicatorsAndHuntsByState.get(spec.code), plan, created, actorsByKey, people.get(DemoStates.SECRETARIADO), today);
        new DemoEvaluation(sink, clock).build(spec.evaluation, plan, created, people);
        new DemoSocial(sink, clock).build(state, plan, actorsByKey, people, today);
        DemoLessons.build(sink, plan, people.get(DemoStates.SECRETARIADO).getUsername(), today);
        new DemoFollowing(sink, clock).build(state, created, people, today, zone);
        if (spec.pastPlan != null) {
            pastPlan(spec, state, actorsByKey, people);
        }
    }

    /** A published plan of the state on {@link #today}, its theory of change written, moved on to {@code phase}. */
    private ActionPlan plan(State state, PlanSpec planSpec, Phase phase) {
        ActionPlan plan = new ActionPlan(state, planSpec.title(today), DemoSpec.cycleStart(today), DemoSpec.cycleEnd(today), clock);
        moveToFollowUp(plan);
        while (plan.getPhase() != phase) {
            Phase current = plan.getPhase();
            current.checklist().forEach(item -> plan.checkItem(current, item, true, "demo", clock.instant()));
            plan.advancePhase(plan.phaseRecord(current.next()).getPlannedStart(), false);
        }
        plan.setTheoryActivities(planSpec.activities);
        plan.setTheoryProducts(planSpec.products);
        plan.setTheoryResults(planSpec.results);
        plan.setTheoryImpact(planSpec.impact);
        plan.publish(clock.instant());
        sink.persist(plan);
        sink.audit("CREATE", plan, null);
        return plan;
    }

    /**
     * The state's plan before the current one, built as the current one is on the day two years
     * ago (its cycle, dates, reports and sign-offs are relative to that day, so its cycle is over),
     * in its last phase, with the results of its evaluation reconciled and published.
     */
    private void pastPlan(StateSpec spec, State state, Map<String, Actor> actorsByKey, Map<String, Account> people) {
        LocalDate current = today;
        today = current.minusYears(2);
        ActionPlan plan = plan(state, spec.pastPlan, Phase.SYSTEMATIZATION);
        List<Commitment> created = new ArrayList<>();
        for (CommitmentSpec c : spec.pastPlan.commitments) {
            created.add(commitment(plan, c, actorsByKey, people, false));
        }
        today = current;
        new DemoEvaluation(sink, clock).buildResults(spec.evaluation, plan, created, people);
        sink.publishReport(plan, people.get(DemoStates.SECRETARIADO).getUsername(),
                "<p>Este informe cuenta lo que el secretariado de " + state.getName() + " intentó, lo que pasó y lo que cambió "
                        + "durante el plan anterior, con las cifras que Cocrea registró.</p>",
                "<p>Lo que más sirvió fue <b>publicar el dinero</b> de cada compromiso desde el inicio; lo pendiente es "
                        + "que las dependencias reporten a tiempo.</p>");
    }

    /** The demo plans are being followed up: phases 1–3 are done, each checklist complete. */
    private void moveToFollowUp(ActionPlan plan) {
        LocalDate day = plan.getCycleStart().minusMonths(6);
        plan.backdateStart(day);
        while (plan.getPhase() != Phase.FOLLOW_UP) {
            Phase current = plan.getPhase();
            plan.schedulePhase(current, day, day.plusMonths(2));
            current.checklist().forEach(item -> plan.checkItem(current, item, true, "demo", clock.instant()));
            day = day.plusMonths(2);
            plan.advancePhase(day, false);
        }
        plan.schedulePhase(Phase.FOLLOW_UP, day, plan.getCycleEnd().minusMonths(3));
        plan.schedulePhase(Phase.EVALUATION, plan.getCycleEnd().minusMonths(3), plan.getCycleEnd().minusMonths(1));
        plan.schedulePhase(Phase.SYSTEMATIZATION, plan.getCycleEnd().minusMonths(1), plan.getCycleEnd());
    }

    private Commitment commitment(ActionPlan plan, CommitmentSpec spec, Map<String, Actor> actorsByKey,
                                  Map<String, Account> people, boolean withDraftingStory) {
        Commitment c = new Commitment(plan, spec.title);
        c.getTemplate().setProblem(spec.problem);
        c.getTemplate().setStatusQuo(spec.statusQuo);
        c.getTemplate().setObjective(withDraftingStory ? coCreation.firstDraftObjective() : spec.objective);
        c.getTemplate().setDescription(spec.description);
        c.getTemplate().setHowItSolves(spec.howItSolves);
        c.getTemplate().setValues(spec.values);
        c.getTemplate().setValuesExplanation(spec.valuesExplanation);
        c.getTemplate().setSdgAlignment(spec.sdg);
        c.getTemplate().setGenderAlignment(spec.gender);
        c.getTemplate().setRiskAnalysis(spec.risk);
        c.setLeadInstitution(actorOf(actorsByKey, spec.lead));
        Set<Actor> co = new LinkedHashSet<>();
        spec.coResponsibles.forEach(key -> co.add(actorOf(actorsByKey, key)));
        c.setCoResponsibles(co);
        c.getTemplate().setStartDate(spec.startDate(today));
        c.getTemplate().setEndDate(spec.endDate(today));
        if (!plan.covers(c.getStartDate()) || !plan.covers(c.getEndDate())) {
            throw new IllegalStateException(spec.title + ": dates outside the plan's cycle");
        }
        c.getTemplate().setBudgetProgramKey(spec.programKey);
        c.getTemplate().setBudgetProgramName(spec.programName);
        c.getTemplate().setFundingSource(spec.fundingSource);
        c.getTemplate().setDataSources(spec.dataSources);
        for (BudgetSpec b : spec.budget) {
            c.putBudget(b.fiscalYear(today), b.approved(), b.modified(), b.spent());
        }
        c.checkConsistency();
        sink.persist(c);
        sink.persist(c.firstVersion(AUDIT_USER));
        sink.audit("CREATE", c, null);
        commitments++;

        // as in real life: milestones are defined, the commitment is published, then work is reported
        List<Milestone> created = new ArrayList<>();
        for (MilestoneSpec m : spec.milestones) {
            created.add(milestone(c, m, actorsByKey));
        }
        if (spec.published && withDraftingStory) {
            coCreation.draftingStory(c, spec.objective, people.get(DemoStates.INSTITUTO), people.get(DemoStates.SECRETARIADO));
        }
        if (spec.published) {
            // through the drafting workflow: the last version is reviewed, approved and frozen for the public
            var before = c.auditSnapshot();
            c.submitForReview();
            sink.audit("SUBMIT", c, before);
            before = c.auditSnapshot();
            c.approve();
            sink.audit("APPROVE", c, before);
            before = c.auditSnapshot();
            c.publish(clock.instant());
            sink.audit("PUBLISH", c, before);
            sink.logPublication(c, clock.instant());
        }
        for (int i = 0; i < created.size(); i++) {
            followUp(spec, spec.milestones.get(i), created.get(i), people, actorsByKey);
        }
        return c;
    }

    private Milestone milestone(Commitment c, MilestoneSpec spec, Map<String, Actor> actorsByKey) {
        Milestone m = new Milestone(c, spec.title, spec.startDate(today), spec.endDate(today));
        m.setDeliverable(spec.deliverable);
        m.setWeight(spec.weight == null ? null : BigDecimal.valueOf(spec.weight));
        Set<Actor> responsibles = new LinkedHashSet<>();
        spec.responsibles.forEach(key -> responsibles.add(actorOf(actorsByKey, key)));
        m.setResponsibles(responsibles);
        sink.persist(m);
        sink.audit("CREATE", m, null);
        milestones++;
        return m;
    }

    /** Reports, status moves and sign-offs of one milestone, in the order they happen. */
    private void followUp(CommitmentSpec commitmentSpec, MilestoneSpec spec, Milestone m, Map<String, Account> people,
                          Map<String, Actor> actorsByKey) {
        Commitment c = m.getCommitment();
        Map<String, MilestoneActivity> activities = activities(spec, m, people.get(DemoStates.SECRETARIADO), actorsByKey);
        for (int i = 0; i < spec.reports.size(); i++) {
            report(commitmentSpec, m, spec.reports.get(i), spec.reportDate(i, today), people, activities);
        }
        for (DemoSpec.ActivitySpec a : spec.activities) {
            if (activities.get(a.title()).getStatus() != a.status()) {
                throw new IllegalStateException(a.title() + ": ended " + activities.get(a.title()).getStatus() + " instead of " + a.status()
                        + " (DONE only through a report's tick)");
            }
        }
        if (spec.status.isDone()) {
            move(m, MilestoneStatus.COMPLETE);
        } else if (spec.status == MilestoneStatus.IN_PROGRESS && m.getStatus() == MilestoneStatus.NOT_STARTED) {
            move(m, MilestoneStatus.IN_PROGRESS);
        }
        if (spec.status == MilestoneStatus.VERIFIED) {
            Account lead = accountOf(people, a -> a.getActor() != null && c.isLedBy(a.getActor().getId()), c, "lead institution");
            Account cso = accountOf(people, a -> c.hasCsoCoResponsible(a.getActor()), c, "CSO co-responsible");
            var before = m.auditSnapshot();
            SignOff byLead = m.signOff(SignOffParty.GOVERNMENT_LEAD, lead, noon(spec.signOffDate(3, today)));
            SignOff byCso = m.signOff(SignOffParty.CSO_CO_RESPONSIBLE, cso, noon(spec.signOffDate(6, today)));
            sink.audit("VERIFY", m, before);
            sink.log(() -> MilestoneFacts.signOff(m, byLead));
            sink.log(() -> MilestoneFacts.signOff(m, byCso));
            sink.log(() -> MilestoneFacts.status(m, byCso.getSignedAt()));
        }
        if (m.getStatus() != spec.status) {
            throw new IllegalStateException(spec.title + ": ended " + m.getStatus() + " instead of " + spec.status);
        }
    }

    /** The milestone's activities (issue 13), added by the state's secretariat as its service would; by title. */
    private Map<String, MilestoneActivity> activities(MilestoneSpec spec, Milestone m, Account secretariat,
                                                      Map<String, Actor> actorsByKey) {
        Map<String, MilestoneActivity> byTitle = new java.util.LinkedHashMap<>();
        for (DemoSpec.ActivitySpec a : spec.activities) {
            MilestoneActivity activity = MilestoneActivity.of(a.title(), a.startDate(today), a.endDate(today));
            activity.addTo(m, actorOf(actorsByKey, a.responsible()), secretariat);
            sink.persist(activity);
            sink.audit("CREATE", activity, null);
            if (a.status() == ActivityStatus.IN_PROGRESS) {
                var before = activity.auditSnapshot();
                MilestoneActivity form = activity.copyForForm();
                form.setStatus(ActivityStatus.IN_PROGRESS);
                activity.change(form, activity.getResponsible(), secretariat, clock.instant());
                sink.audit("UPDATE", activity, before);
            }
            byTitle.put(a.title(), activity);
        }
        return byTitle;
    }

    private void move(Milestone m, MilestoneStatus next) {
        var before = m.auditSnapshot();
        m.moveTo(next);
        sink.audit("STATUS", m, before);
        if (next == MilestoneStatus.COMPLETE) {
            Instant at = clock.instant();
            sink.log(() -> MilestoneFacts.status(m, at));
        }
    }

    /** The same steps as ReportService.submit, with the demo author instead of the signed-in caller. */
    private void report(CommitmentSpec commitment, Milestone m, ReportSpec spec, LocalDate date, Map<String, Account> people,
                        Map<String, MilestoneActivity> activities) {
        Account author = people.get(spec.author);
        if (author == null || !m.mayReport(author.asCaller())) {
            throw new IllegalStateException(m.getTitle() + ": " + spec.author + " may not report on it");
        }
        List<CheckedUpload> checked = new ArrayList<>();
        for (FileSpec file : spec.files) {
            checked.add(sink.check(new Upload(file.fileName(), file.bytes(today, commitment))));
        }
        var before = m.auditSnapshot();
        ProgressReport report = ProgressReport.draft(date);
        report.setNarrative(spec.narrative);
        report.setPercent(spec.percent);
        report.setLabel(spec.label);
        report.submit(m, author, today);
        sink.persist(report);
        for (String url : spec.links) {
            sink.persist(new Evidence(report, StoredFile.link(url, author)));
        }
        for (CheckedUpload upload : checked) {
            FileContent content = new FileContent(upload.bytes());
            sink.persist(content);
            sink.persist(new Evidence(report, StoredFile.file(upload, content, author)));
        }
        sink.audit("REPORT", report, null);
        for (Evidence piece : report.getEvidence()) {
            sink.audit("ADD_EVIDENCE", piece, null);
            evidence++;
        }
        sink.audit("PROGRESS", m, before);
        for (String title : spec.ticks) {
            MilestoneActivity activity = activities.get(title);
            if (activity == null) {
                throw new IllegalStateException(m.getTitle() + ": no activity " + title + " to tick");
            }
            var activityBefore = activity.auditSnapshot();
            sink.persist(activity.tick(report, author, noon(date)));
            sink.audit("TICK", activity, activityBefore);
        }
        sink.log(() -> MilestoneFacts.report(report));
        for (Evidence piece : report.getEvidence()) {
            sink.log(() -> MilestoneFacts.evidence(piece));
        }
        reports++;
    }

    private static Actor actorOf(Map<String, Actor> actorsByKey, String key) {
        Actor actor = actorsByKey.get(key);
        if (actor == null) {
            throw new IllegalStateException("no actor " + key);
        }
        return actor;
    }

    private static Account accountOf(Map<String, Account> people, Predicate<Account> test,
                                     Commitment c, String what) {
        return people.values().stream()
                .filter(test)
                .sorted(Comparator.comparing(Account::getUsername))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(c.getTitle() + ": no demo account for the " + what));
    }

    private Instant noon(LocalDate date) {
        Instant instant = date.atTime(LocalTime.NOON).atZone(zone).toInstant();
        Instant now = clock.instant();
        return instant.isAfter(now) ? now : instant;
    }
}
