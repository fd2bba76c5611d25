package org.cocrea.opendata;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cocrea.commitment.CommitmentText;
import org.cocrea.milestone.ActivityStatus;
import org.cocrea.milestone.MilestoneStatus;

/**
 * A plan as an imported file holds it, every value typed and checked against the dictionary, with
 * the problems found: commitments with their text (as a version's JSON, read by the commitment's
 * own field list), their money per fiscal year and their milestones with their activities. The file's ids only tie its
 * rows together: they never name a record of the database. Nothing here is saved.
 */
public record PlanFile(List<CommitmentRow> commitments, List<ImportProblem> problems) implements Serializable {

    public PlanFile {
        commitments = List.copyOf(commitments);
        problems = List.copyOf(problems);
    }

    /** A commitment of the file: its id in the file, its text as a version's JSON, its money and milestones. */
    public record CommitmentRow(Where where, String fileId, String textJson, List<BudgetRow> budget,
                                List<MilestoneRow> milestones) implements Serializable {

        /** The text, read by the commitment's field list ({@code CommitmentTemplate.FIELDS}). */
        public CommitmentText text() {
            return CommitmentText.fromJson(textJson);
        }

        public String title() {
            return text().getTemplate().getTitle();
        }
    }

    /** A fiscal year's money. */
    public record BudgetRow(Where where, int fiscalYear, BigDecimal approved, BigDecimal modified, BigDecimal spent)
            implements Serializable {
    }

    /**
     * A milestone; {@code status}, {@code progress} and {@code completionReason} as the file reports
     * them; {@code fileId} (may be null) ties its activities to it.
     */
    public record MilestoneRow(Where where, String fileId, String title, String deliverable, LocalDate startDate,
                               LocalDate endDate, BigDecimal weight, MilestoneStatus status, Integer progress,
                               List<String> responsibles, String completionReason, List<ActivityRow> activities)
            implements Serializable {

        /** Its status as it comes in: a verified one comes in complete, as verification is the sign-offs given in Cocrea. */
        public MilestoneStatus importedStatus() {
            return status == MilestoneStatus.VERIFIED ? MilestoneStatus.COMPLETE : status;
        }
    }

    /** An activity of a milestone (issue 13): its responsible actor by name, its status as the file says. */
    public record ActivityRow(Where where, String title, LocalDate startDate, LocalDate endDate, String responsible,
                              ActivityStatus status) implements Serializable {
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Every actor the file names (lead institutions, co-responsibles, milestone responsibles), once, in file order. */
    public Set<String> actorNames() {
        Set<String> names = new LinkedHashSet<>();
        for (CommitmentRow commitment : commitments) {
            CommitmentText text = commitment.text();
            if (text.getLeadInstitution() != null) {
                names.add(text.getLeadInstitution());
            }
            text.getCoResponsibles().forEach(party -> names.add(party.getName()));
            commitment.milestones().forEach(m -> {
                names.addAll(m.responsibles());
                m.activities().forEach(a -> names.add(a.responsible()));
            });
        }
        return names;
    }

    public int milestoneCount() {
        return commitments.stream().mapToInt(c -> c.milestones().size()).sum();
    }

    public int activityCount() {
        return commitments.stream().flatMap(c -> c.milestones().stream()).mapToInt(m -> m.activities().size()).sum();
    }
}
