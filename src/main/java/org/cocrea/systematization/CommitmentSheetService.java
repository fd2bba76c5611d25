package org.cocrea.systematization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.cocrea.commitment.BudgetLine;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.commitment.CommitmentTemplate;
import org.cocrea.commitment.CommitmentText;
import org.cocrea.milestone.Milestone;
import org.cocrea.milestone.MilestoneService;
import org.cocrea.milestone.MilestoneStatus;

/**
 * The one-page commitment sheet (ficha) of a public commitment, for anybody: what the public
 * commitment page shows (its published text, money and milestones), in a fixed number of queries
 * whatever the commitment's size. A draft, or a commitment of a plan in draft, is not found.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CommitmentSheetService {

    @Inject
    private CommitmentService commitments;

    @Inject
    private MilestoneService milestones;

    @Inject
    private Clock clock;

    /** The sheet as a PDF in the given language, generated now. */
    public byte[] sheet(long commitmentId, Locale locale) {
        return new SheetPdf(locale, clock.instant()).render(facts(commitmentId));
    }

    /** What the sheet says of a public commitment. */
    public SheetFacts facts(long commitmentId) {
        Commitment commitment = commitments.published(commitmentId);
        CommitmentText text = commitments.publishedText(commitmentId);
        CommitmentTemplate t = text.getTemplate();
        List<Milestone> published = milestones.publishedOfCommitment(commitmentId);
        List<ReportFacts.MoneyRow> money = commitment.publishedBudget().getLines().stream()
                .map((BudgetLine b) -> new ReportFacts.MoneyRow(b.getFiscalYear(), b.getApproved(), b.getModified(), b.getSpent()))
                .toList();
        return new SheetFacts(commitmentId, t.getTitle(), commitment.getPlan().getTitle(), commitment.getPlan().getState().getName(),
                text.getLeadInstitution(), text.getCoResponsibles().stream().map(CommitmentText.Party::getName).toList(),
                t.getStartDate(), t.getEndDate(), t.getValues().stream().sorted().map(v -> "value." + v).toList(),
                t.getProblem(), t.getObjective(), t.getBudgetProgramKey(), t.getBudgetProgramName(), t.getFundingSource(),
                money, Commitment.progressOf(published).rounded(),
                published.stream().map(m -> new SheetFacts.MilestoneRow(m.getTitle(), m.getEndDate(),
                        "milestone.status." + m.getStatus(), m.progress().rounded(), m.getStatus() == MilestoneStatus.VERIFIED))
                        .toList());
    }
}
