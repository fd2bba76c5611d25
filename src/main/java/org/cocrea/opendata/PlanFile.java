package org.cocrea.opendata;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cocrea.commitment.CommitmentText;
import org.cocrea.milestone.MilestoneStatus;

/**
 * A plan as an imported file holds it, every value typed and checked against the dictionary, with
 * the problems found: commitments with their text (as a version's JSON, read by the commitment's
 * own field list), their money per fiscal year and their milestones. The file's ids only tie its
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

    /** A milestone; {@code status} and {@code progress} as the file reports them. */
    public record MilestoneRow(Where where, String title, String deliverable, LocalDate startDate, LocalDate endDate,
                               BigDecimal weight, MilestoneStatus status, Integer progress, List<String> responsibles)
            implements Serializable {
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
            commitment.milestones().forEach(m -> names.addAll(m.responsibles()));
        }
        return names;
    }

    public int milestoneCount() {
        return commitments.stream().mapToInt(c -> c.milestones().size()).sum();
    }
}
