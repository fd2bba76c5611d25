package org.cocrea.systematization;

import java.time.LocalDate;
import java.util.List;

/**
 * What the one-page commitment sheet (ficha) says of a public commitment: the essentials of its
 * published template, its money per year, its progress and its milestones' progress and
 * verification. Gathered by {@link CommitmentSheetService}, drawn by {@link SheetPdf}; plain values
 * (bundle keys for statuses and values), so that the drawing is tested without a database.
 */
public record SheetFacts(long commitmentId, String title, String planTitle, String stateName, String leadInstitution,
                         List<String> coResponsibles, LocalDate startDate, LocalDate endDate, List<String> valueKeys,
                         String problem, String objective, String budgetProgramKey, String budgetProgramName,
                         String fundingSource, List<ReportFacts.MoneyRow> money, Integer progress,
                         List<MilestoneRow> milestones) {

    /** {@code progress} null: not computable. */
    public record MilestoneRow(String title, LocalDate endDate, String statusKey, Integer progress, boolean verified) {
    }
}
