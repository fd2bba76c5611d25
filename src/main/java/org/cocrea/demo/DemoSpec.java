package org.cocrea.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.shared.Role;
import org.cocrea.actor.ActorKind;
import org.cocrea.actor.ActorType;
import org.cocrea.actor.Gender;
import org.cocrea.actor.SecretariatRole;
import org.cocrea.commitment.OpenGovernmentValue;
import org.cocrea.milestone.ActivityStatus;
import org.cocrea.milestone.MilestoneStatus;
import org.cocrea.milestone.ReportLabel;
import org.cocrea.plan.Phase;
import org.cocrea.toolbox.MaterialKind;
import org.cocrea.toolbox.MaterialLanguage;
import org.cocrea.shared.Dates;
import org.cocrea.worksession.WorkSessionKind;

/**
 * The shape of the demo content, as plain data with small fluent builders: what {@link DemoStates}
 * reads from {@code content.json} and {@link DemoBuilder} turns into entities. No persistence here, so the content can be
 * checked in unit tests.
 *
 * <p>Dates are relative to the day the demo is loaded so that overdue and at-risk milestones
 * stay so: milestones say how many days before or after "today" they start and end; the plan's
 * cycle is two calendar years chosen so that today lies at least nine months after its start and
 * three months before its end (see {@link #cycleStart}).
 */
final class DemoSpec {

    /** Milestones may start at most this many days before today (the cycle has begun at least 273 days ago). */
    static final int EARLIEST_DAY = -235;
    /** ... and end at most this many days after today (the cycle ends at least 89 days after today). */
    static final int LATEST_DAY = 85;

    private DemoSpec() {
    }

    /** January 1st of the year before the year that contains today + 3 months. */
    static LocalDate cycleStart(LocalDate today) {
        return LocalDate.of(today.plusMonths(3).getYear() - 1, 1, 1);
    }

    /** December 31st of the year that contains today + 3 months. */
    static LocalDate cycleEnd(LocalDate today) {
        return LocalDate.of(today.plusMonths(3).getYear(), 12, 31);
    }

    /** The fiscal years of the budget lines: the last closed year and the current one. */
    static int previousFiscalYear(LocalDate today) {
        return today.getYear() - 1;
    }

    static int currentFiscalYear(LocalDate today) {
        return today.getYear();
    }

    // ---------------------------------------------------------------------------------------------

    /**
     * A state, its secretariat, its actors, its people (demo accounts), the road to its plan (the
     * priorities, who came to the sessions) and its plan. Remote support (as Chihuahua and Durango
     * had in Follow the Money) means remote sessions.
     */
    static final class StateSpec {
        final String code;
        final String name;
        final String secretariatName;
        boolean remoteSupport;
        /** The state's time zone (IANA name); Mexico City's unless the content says otherwise. */
        String timeZone = Dates.DEFAULT_ZONE.getId();
        final List<ActorSpec> actors = new ArrayList<>();
        final List<PersonSpec> people = new ArrayList<>();
        /** Who came to the sessions: the first seven attend the training and the second co-creation session, the first six the first one. */
        final List<AttendeeSpec> attendees = new ArrayList<>();
        final List<PrioritySpec> priorities = new ArrayList<>();
        PlanSpec plan;
        /** The plan before the current one, its cycle over and its results published; none when the content has no "pastPlan". */
        PlanSpec pastPlan;
        /** The state's evaluation; none when the content has no "evaluation". */
        EvaluationSpec evaluation;

        StateSpec(String code, String name, String secretariatName) {
            this.code = code;
            this.name = name;
            this.secretariatName = secretariatName;
        }

        StateSpec actor(String key, ActorType type, String name) {
            actors.add(new ActorSpec(key, type, name));
            return this;
        }

        /** A demo account named {@code key.code} (e.g. {@code osc.son}) working for the actor {@code actorKey}. */
        StateSpec person(String key, Role role, String actorKey, String fullName) {
            people.add(new PersonSpec(key, key + "." + code.toLowerCase(java.util.Locale.ROOT), role, actorKey, fullName));
            return this;
        }

        StateSpec plan(PlanSpec plan) {
            this.plan = plan;
            return this;
        }

        ActorSpec actor(String key) {
            return actors.stream().filter(a -> a.key().equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(code + ": no actor " + key));
        }

        PersonSpec person(String key) {
            return people.stream().filter(p -> p.key().equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(code + ": no person " + key));
        }
    }

    record ActorSpec(String key, ActorType type, String name) {
    }

    /** Someone who came to the sessions for the actor {@code actorKey} (invented name); gender may be unknown (null). */
    record AttendeeSpec(String actorKey, String name, Gender gender) {
    }

    /**
     * A local problem: its title, its description (null: the problem of the commitment it became),
     * who proposed it, the commitment (by position in the plan) it became, or -1, and the scores
     * of the secretariat and of the institute.
     */
    record PrioritySpec(String title, String description, String proposerKey, int commitment, int[] scores) {
    }

    /** A toolbox material with a one-page PDF of its title and description. */
    record MaterialSpec(String title, Phase phase, MaterialLanguage language, MaterialKind kind, String description,
                        String fileName) {
    }

    /** A demo account: {@code key} is how the content refers to it, {@code username} how it signs in. */
    record PersonSpec(String key, String username, Role role, String actorKey, String fullName) {
        String email() {
            return username + "@cocrea.example";
        }
    }

    // ---------------------------------------------------------------------------------------------

    /**
     * The road to every plan (phases 1 to 3), told the same way in every state: who sits in the
     * secretariat besides the lead ally, the actors that take part without a commitment yet, the
     * evidence of the priorities, the sessions with their agreements, the story of the first
     * commitment's drafting and the state's own toolbox material. Its texts may name the state:
     * {@code {state}} is its name and {@code {code}} its code in lower case (see {@link #fill}).
     */
    record CoCreationSpec(Map<String, SecretariatRole> secretariatRoles, List<MoreActorSpec> moreActors,
                          String priorityLink, FileSpec diagnosis, String place, String meetingLink,
                          List<WorkSessionSpec> sessions, DraftingSpec draftingStory, MaterialSpec stateToolbox) {
    }

    /**
     * An actor every state has besides its own list, by {@code key}; a person's name is that of
     * the state's attendee number {@code attendee} (from 0), which the name's {@code {attendee}} stands for.
     */
    record MoreActorSpec(String key, ActorType type, ActorKind kind, Gender gender, Integer attendee, String name) {
    }

    /**
     * A session of every plan: the first {@code attendees} people of the state's attendees come,
     * and {@code alsoAttending} (an actor, maybe without a name); it is linked to the plan's
     * commitments at the positions {@code commitments}. Its agenda is one item a line.
     */
    record WorkSessionSpec(WorkSessionKind kind, DaySpec heldOn, String title, List<String> agenda, String topics,
                       String minutes, int attendees, List<AttendeeSpec> alsoAttending, FileSpec material,
                       List<Integer> commitments, List<AgreementSpec> agreements) {
    }

    /**
     * An agreement: its owner (an actor key), the day it is due, the commitment (by position in
     * the plan, or null) it serves, and whether the secretariat marked it done (two days before it
     * was due) with a note.
     */
    record AgreementSpec(String text, String ownerKey, DaySpec due, Integer commitment, boolean done, String note) {
    }

    /** A day counted from the plan's cycle start or from today, in months and then days. */
    record DaySpec(From from, int months, int days) {
        enum From { CYCLE_START, TODAY }

        LocalDate in(LocalDate cycleStart, LocalDate today) {
            return (from == From.CYCLE_START ? cycleStart : today).plusMonths(months).plusDays(days);
        }
    }

    /**
     * How the first commitment of each plan was drafted: the objective of its first version, the
     * information institute's request for changes and the secretariat's answer in version 2.
     */
    record DraftingSpec(String firstObjective, String request, String answer) {
    }

    /** The text with each {@code {name}} replaced: {@code fill(text, "state", "Sonora", "code", "son")}. */
    static String fill(String template, String... namesAndValues) {
        if (template == null) {
            return null;
        }
        String text = template;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            text = text.replace("{" + namesAndValues[i] + "}", namesAndValues[i + 1]);
        }
        return text;
    }

    // ---------------------------------------------------------------------------------------------

    /** A local action plan; its title may use %1$d and %2$d for the cycle's years. */
    static final class PlanSpec {
        final String titleFormat;
        String activities;
        String products;
        String results;
        String impact;
        final List<CommitmentSpec> commitments = new ArrayList<>();

        PlanSpec(String titleFormat) {
            this.titleFormat = titleFormat;
        }

        String title(LocalDate today) {
            return String.format(titleFormat, cycleStart(today).getYear(), cycleEnd(today).getYear());
        }

        PlanSpec theory(String activities, String products, String results, String impact) {
            this.activities = activities;
            this.products = products;
            this.results = results;
            this.impact = impact;
            return this;
        }

        PlanSpec commitment(CommitmentSpec commitment) {
            commitments.add(commitment);
            return this;
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** A commitment with the whole template; published unless {@link #draft()} is called. */
    static final class CommitmentSpec {
        final String title;
        boolean published = true;
        String problem;
        String statusQuo;
        String objective;
        String description;
        String howItSolves;
        Set<OpenGovernmentValue> values = EnumSet.noneOf(OpenGovernmentValue.class);
        String valuesExplanation;
        String sdg;
        String gender;
        String risk;
        String lead;
        List<String> coResponsibles = List.of();
        /** Months after the cycle's start (0 or 1) when the commitment starts; it ends with the cycle. */
        int startMonths;
        String programKey;
        String programName;
        String fundingSource;
        String dataSources;
        final List<BudgetSpec> budget = new ArrayList<>();
        final List<MilestoneSpec> milestones = new ArrayList<>();

        CommitmentSpec(String title) {
            this.title = title;
        }

        CommitmentSpec draft() { published = false; return this; }
        CommitmentSpec problem(String v) { problem = v; return this; }
        CommitmentSpec statusQuo(String v) { statusQuo = v; return this; }
        CommitmentSpec objective(String v) { objective = v; return this; }
        CommitmentSpec description(String v) { description = v; return this; }
        CommitmentSpec howItSolves(String v) { howItSolves = v; return this; }
        CommitmentSpec sdg(String v) { sdg = v; return this; }
        CommitmentSpec gender(String v) { gender = v; return this; }
        CommitmentSpec risk(String v) { risk = v; return this; }
        CommitmentSpec funding(String v) { fundingSource = v; return this; }
        CommitmentSpec sources(String v) { dataSources = v; return this; }

        CommitmentSpec values(String explanation, OpenGovernmentValue first, OpenGovernmentValue... more) {
            values = EnumSet.of(first, more);
            valuesExplanation = explanation;
            return this;
        }

        /** The lead institution and the co-responsible actors, by key. */
        CommitmentSpec actors(String lead, String... coResponsibles) {
            this.lead = lead;
            this.coResponsibles = List.of(coResponsibles);
            return this;
        }

        CommitmentSpec program(String key, String name) {
            programKey = key;
            programName = name;
            return this;
        }

        /**
         * Approved, modified and spent pesos of the last closed fiscal year and of the current one
         * (null when unknown).
         */
        CommitmentSpec budget(String approvedLast, String modifiedLast, String spentLast,
                              String approvedNow, String modifiedNow, String spentNow) {
            budget.add(new BudgetSpec(false, amount(approvedLast), amount(modifiedLast), amount(spentLast)));
            budget.add(new BudgetSpec(true, amount(approvedNow), amount(modifiedNow), amount(spentNow)));
            return this;
        }

        CommitmentSpec milestone(MilestoneSpec milestone) {
            milestones.add(milestone);
            return this;
        }

        LocalDate startDate(LocalDate today) {
            return cycleStart(today).plusMonths(startMonths);
        }

        LocalDate endDate(LocalDate today) {
            return cycleEnd(today);
        }

        private static BigDecimal amount(String pesos) {
            return pesos == null ? null : new BigDecimal(pesos.replace(",", "")).setScale(2);
        }
    }

    /** One fiscal year of money: the current year, or the last closed one. */
    record BudgetSpec(boolean currentYear, BigDecimal approved, BigDecimal modified, BigDecimal spent) {
        int fiscalYear(LocalDate today) {
            return currentYear ? currentFiscalYear(today) : previousFiscalYear(today);
        }
    }

    // ---------------------------------------------------------------------------------------------

    /**
     * A milestone: dates as days from today, an optional weight, the status it must end in,
     * responsible actors and the reports that bring it there.
     */
    static final class MilestoneSpec {
        final String title;
        final String deliverable;
        int fromDay;
        int toDay;
        Integer weight;
        MilestoneStatus status = MilestoneStatus.NOT_STARTED;
        List<String> responsibles = List.of();
        final List<ReportSpec> reports = new ArrayList<>();
        final List<ActivitySpec> activities = new ArrayList<>();

        MilestoneSpec(String title, String deliverable) {
            this.title = title;
            this.deliverable = deliverable;
        }

        /** Starts {@code from} days after today (negative: before) and ends {@code to} days after today. */
        MilestoneSpec days(int from, int to) {
            fromDay = from;
            toDay = to;
            return this;
        }

        MilestoneSpec weight(int weight) {
            this.weight = weight;
            return this;
        }

        MilestoneSpec status(MilestoneStatus status) {
            this.status = status;
            return this;
        }

        MilestoneSpec by(String... actorKeys) {
            responsibles = List.of(actorKeys);
            return this;
        }

        /** A progress report by the person {@code author} (a key of {@link StateSpec#person}). */
        MilestoneSpec report(String author, int percent, ReportLabel label, String narrative) {
            reports.add(new ReportSpec(author, percent, label, narrative));
            return this;
        }

        /** An activity of the milestone (issue 13); {@link #ticks} lets a report mark it done. */
        MilestoneSpec activity(ActivitySpec activity) {
            activities.add(activity);
            return this;
        }

        /** The last report ticks the activity titled so: it is done by that report. */
        MilestoneSpec ticks(String activityTitle) {
            lastReport().ticks.add(activityTitle);
            return this;
        }

        /** A link as evidence of the last report. */
        MilestoneSpec link(String url) {
            lastReport().links.add(url);
            return this;
        }

        /** A generated file as evidence of the last report. */
        MilestoneSpec file(FileSpec file) {
            lastReport().files.add(file);
            return this;
        }

        private ReportSpec lastReport() {
            if (reports.isEmpty()) {
                throw new IllegalStateException(title + ": evidence before any report");
            }
            return reports.get(reports.size() - 1);
        }

        LocalDate startDate(LocalDate today) {
            return today.plusDays(fromDay);
        }

        LocalDate endDate(LocalDate today) {
            return today.plusDays(toDay);
        }

        /**
         * When each report was made: spread evenly over the milestone's run up to its end (or
         * up to two days ago while it runs), never in the future nor before the start.
         */
        LocalDate reportDate(int index, LocalDate today) {
            LocalDate start = startDate(today);
            LocalDate last = endDate(today).isBefore(today.minusDays(2)) ? endDate(today) : today.minusDays(2);
            if (last.isBefore(start)) {
                last = start.isAfter(today) ? today : start;
            }
            long span = last.toEpochDay() - start.toEpochDay();
            return start.plusDays(span * (index + 1) / reports.size());
        }

        /** When a party signs off a completed milestone: a few days after its end, never in the future. */
        LocalDate signOffDate(int daysAfterEnd, LocalDate today) {
            LocalDate date = endDate(today).plusDays(daysAfterEnd);
            return date.isAfter(today) ? today : date;
        }
    }

    /**
     * An activity of a milestone (issue 13): dates as days from today, the key of its responsible
     * actor and the status it ends in: DONE only when a report of the milestone ticks it.
     */
    record ActivitySpec(String title, int fromDay, int toDay, String responsible, ActivityStatus status) {
        LocalDate startDate(LocalDate today) {
            return today.plusDays(fromDay);
        }

        LocalDate endDate(LocalDate today) {
            return today.plusDays(toDay);
        }
    }

    static final class ReportSpec {
        final String author;
        final int percent;
        final ReportLabel label;
        final String narrative;
        final List<String> links = new ArrayList<>();
        final List<FileSpec> files = new ArrayList<>();
        /** The titles of the activities this report marks done (issue 13). */
        final List<String> ticks = new ArrayList<>();

        ReportSpec(String author, int percent, ReportLabel label, String narrative) {
            this.author = author;
            this.percent = percent;
            this.label = label;
            this.narrative = narrative;
        }
    }

    /**
     * A small evidence file generated in code: a one-page PDF (title and lines of text), a CSV
     * (header and rows, comma-separated), a PNG bar chart (bar heights in percent), or a CSV of
     * the commitment's own budget lines. In texts, {year} is replaced with the current year and
     * {lastYear} with the one before, so that files match the budget lines whenever the demo is loaded.
     */
    record FileSpec(Kind kind, String fileName, String title, List<String> lines, int[] bars) {

        enum Kind { PDF, CSV, PNG, BUDGET_CSV }

        static FileSpec pdf(String fileName, String title, String... lines) {
            return new FileSpec(Kind.PDF, fileName, title, List.of(lines), null);
        }

        static FileSpec csv(String fileName, String header, String... rows) {
            return new FileSpec(Kind.CSV, fileName, header, List.of(rows), null);
        }

        static FileSpec png(String fileName, int... bars) {
            return new FileSpec(Kind.PNG, fileName, null, List.of(), bars.clone());
        }

        /** The commitment's budget lines as open data. */
        static FileSpec budgetCsv(String fileName) {
            return new FileSpec(Kind.BUDGET_CSV, fileName, null, List.of(), null);
        }

        byte[] bytes(LocalDate today, CommitmentSpec commitment) {
            return switch (kind) {
                case PDF -> DemoFiles.pdf(years(title, today), lines.stream().map(l -> years(l, today)).toList());
                case CSV -> DemoFiles.csv(years(title, today), lines.stream().map(l -> years(l, today)).toList());
                case PNG -> DemoFiles.barChartPng(bars);
                case BUDGET_CSV -> DemoFiles.csv("ejercicio,clave_programa,programa,fuente_de_financiamiento,aprobado,modificado,ejercido",
                        commitment.budget.stream().map(b -> b.fiscalYear(today) + "," + commitment.programKey + ","
                                + DemoFiles.csvField(commitment.programName) + "," + DemoFiles.csvField(commitment.fundingSource) + ","
                                + plain(b.approved()) + "," + plain(b.modified()) + "," + plain(b.spent())).toList());
            };
        }

        private static String years(String text, LocalDate today) {
            return text.replace("{year}", Integer.toString(currentFiscalYear(today)))
                    .replace("{lastYear}", Integer.toString(previousFiscalYear(today)));
        }

        private static String plain(BigDecimal amount) {
            return amount == null ? "" : amount.toPlainString();
        }
    }

    // evaluation -----------------------------------------------------------------------------

    /** How far a demo state's evaluation has gone. */
    enum EvaluationStage {
        /** Evaluators assigned; the lead has one draft. */
        ASSIGNED,
        /** Every evaluator submitted its design assessments; the lead has to reconcile. */
        AWAITING_RECONCILIATION,
        /** Reconciled, answered by the lead institution of the first commitment, co-signed and published. */
        PUBLISHED
    }

    /**
     * Evaluators (person keys; the first leads), their levels by evaluator key, the commitments
     * (indices among the assessed) where the others keep their own levels instead of the lead's,
     * the justification ({@code {commitment}}: its title), the reconciliation note and the reply.
     */
    record EvaluationSpec(EvaluationStage stage, List<String> evaluators, Map<String, Map<org.cocrea.evaluation.Item, String>> scores,
                          List<Integer> differOn, String justification, String note, String reply, PastResults past) {
    }

    /**
     * The results moment of the state's past plan ({@code "past"}): the reconciled levels of each
     * published commitment of the plan, in order (every evaluator submitted the same), the
     * justification ({@code {commitment}}: its title) and the reply of the first commitment's lead institution.
     */
    record PastResults(List<Map<org.cocrea.evaluation.Item, String>> results, String justification, String reply) {
    }
}
