package org.cocrea.systematization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What Cocrea already knows of a plan, as the systematization report tells it: gathered by
 * {@link ReportService} (a fixed number of queries per section, whatever the plan's size) and drawn
 * by {@link ReportPdf}. Plain values, so that the drawing is tested without a database.
 */
public record ReportFacts(Context context, List<Count> actorsBySector, List<PhaseRow> phases,
                          List<PriorityRow> priorities, List<Count> sessionsByKind, List<Count> attendanceBySector,
                          List<Count> attendanceByGender, List<CommitmentRow> commitments, Agreements agreements,
                          List<LessonRow> lessons, String foreword, String conclusions, List<Count> sessionsByMode,
                          Results results, List<IndicatorRow> indicators, List<HuntRow> hunts) {

    /** The plan and its state. */
    public record Context(String planTitle, String stateName, String secretariatName, LocalDate cycleStart,
                          LocalDate cycleEnd, String phase, String status) {
    }

    /** A bundle key's label (e.g. {@code sector.GOVERNMENT}) and how many. */
    public record Count(String key, long count) {
    }

    public record PhaseRow(String phase, LocalDate plannedStart, LocalDate plannedEnd, LocalDate startedOn,
                           LocalDate finishedOn, int done, int items) {
    }

    /** {@code rank} null: not scored. */
    public record PriorityRow(Integer rank, String title, BigDecimal mean, int scores) {
    }

    /** {@code progress} null: not computable (no milestones). */
    public record CommitmentRow(String title, String status, Integer progress, int milestones, int verified,
                                int overdue, List<MoneyRow> money) {
    }

    public record MoneyRow(int fiscalYear, BigDecimal approved, BigDecimal modified, BigDecimal spent) {
    }

    public record Agreements(long kept, long open, long overdue) {
    }

    public record LessonRow(String phase, LocalDate learnedOn, List<String> sources, String otherContext, String tried,
                            String happened, String changed) {
    }

    /**
     * The published assessment results: commitments assessed at design and how many promising, at
     * results and how many with strong early results, and how many at each completion and "did it
     * open government" level (bundle keys).
     */
    public record Results(long designAssessed, long promising, long resultsAssessed, long strongEarlyResults,
                          List<Count> completion, List<Count> opened) {

        public static final Results NONE = new Results(0, 0, 0, 0, List.of(), List.of());
    }

    /** A public indicator toward its target; {@code current} and {@code progress} null: not measured yet. */
    public record IndicatorRow(String name, String unit, BigDecimal baseline, BigDecimal target, BigDecimal current,
                               Integer progress, boolean exceeded) {
    }

    /**
     * A follow-up treasure hunt against its baseline: availability (percent) and median minutes
     * before and after (null: not answered), and how many questions got easier, stayed, got harder.
     */
    public record HuntRow(String title, Integer availabilityBefore, Integer availabilityAfter, BigDecimal minutesBefore,
                          BigDecimal minutesAfter, long easier, long same, long harder) {
    }
}
