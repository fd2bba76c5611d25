package org.cocrea.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorType;
import org.cocrea.milestone.Milestone;
import org.cocrea.milestone.MilestoneStatus;
import org.cocrea.plan.ActionPlan;
import org.cocrea.state.State;
import org.cocrea.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What belongs to a commitment's published version (issue 11, item 2): its milestones with their
 * title, deliverable, dates and weight, and its fiscal years with their approved amounts. A revision
 * changes them for the public only when it is published; status, reports and the spending of a
 * published year are follow-up and public at once.
 */
class PublishedStructureTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    private Commitment commitment;
    private Milestone first;

    @BeforeEach
    void aPublishedCommitment() {
        State sonora = withId(new State("SON", "Sonora", "STL Sonora"), 1L);
        Actor lead = withId(new Actor(sonora, "Secretaría de Hacienda", ActorType.GOVERNMENT_AGENCY), 10L);
        ActionPlan plan = withId(new ActionPlan(sonora, "Plan 2026–2027", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
                TestClock.FIXED), 100L);
        commitment = withId(new Commitment(plan, "Padrón de beneficiarios abierto"), 200L);
        commitment.getTemplate().setProblem("Nadie sabe quién recibe los apoyos");
        commitment.getTemplate().setObjective("Publicar el padrón");
        commitment.getTemplate().setDescription("Padrón en datos abiertos, trimestral");
        commitment.getTemplate().setValueTransparency(true);
        commitment.getTemplate().setStartDate(START);
        commitment.getTemplate().setEndDate(START.plusYears(1));
        commitment.setLeadInstitution(lead);
        commitment.setCoResponsibles(java.util.Set.of(withId(new Actor(sonora, "Colectivo Gasto Claro", ActorType.CSO), 20L)));
        first = withId(new Milestone(commitment, "Primer hito", START, START.plusMonths(3)), 300L);
        first.setWeight(new BigDecimal("2"));
        commitment.putBudget(2026, new BigDecimal("1000.00"), null, new BigDecimal("100.00"));
        commitment.firstVersion("stl");
        publish();
        plan.publish(TestClock.FIXED.instant());
    }

    private void publish() {
        commitment.submitForReview();
        commitment.approve();
        commitment.publish(TestClock.FIXED.instant());
    }

    @Test
    void aMilestoneAddedDuringARevisionIsPublicOnlyOnceThatRevisionIsPublished() {
        Milestone added = withId(new Milestone(commitment, "Hito nuevo", START, START.plusMonths(6)), 301L);
        commitment.structureChanged();
        assertEquals(CommitmentStatus.DRAFT, commitment.getStatus());
        assertTrue(commitment.isUnderRevision());
        assertFalse(added.isPublic());
        assertTrue(first.isPublic());
        publish();
        assertTrue(added.isPublic());
        assertFalse(commitment.isUnderRevision());
    }

    @Test
    void theDatesAndWeightThePublicReadsAreThePublishedOnesUntilTheNextPublication() {
        first.setEndDate(START.plusMonths(5));
        first.setWeight(new BigDecimal("9"));
        first.setTitle("Primer hito, ampliado");
        assertTrue(first.differsFromPublished());
        Milestone seen = first.asPublished();
        assertEquals(START.plusMonths(3), seen.getEndDate());
        assertEquals(0, new BigDecimal("2").compareTo(seen.getWeight()));
        assertEquals("Primer hito", seen.getTitle());
        commitment.structureChanged();
        publish();
        assertEquals(START.plusMonths(5), first.asPublished().getEndDate());
        assertFalse(first.differsFromPublished());
    }

    @Test
    void statusMovesOfAPublishedMilestoneAreFollowUpAndShowAtOnce() {
        first.moveTo(MilestoneStatus.IN_PROGRESS);
        assertFalse(first.differsFromPublished());
        assertEquals(MilestoneStatus.IN_PROGRESS, first.asPublished().getStatus());
        assertEquals(CommitmentStatus.PUBLISHED, commitment.getStatus());
    }

    @Test
    void aFiscalYearAddedOrItsApprovedAmountChangedWaitsForPublication() {
        commitment.putBudget(2027, new BigDecimal("5000.00"), null, null);
        commitment.putBudget(2026, new BigDecimal("1200.00"), null, new BigDecimal("100.00"));
        assertEquals(CommitmentStatus.DRAFT, commitment.getStatus());
        assertThat(commitment.publishedBudget().getLines()).extracting(BudgetLine::getFiscalYear).containsExactly(2026);
        assertEquals(0, new BigDecimal("1000.00").compareTo(commitment.publishedBudget().totalApproved()));
        assertEquals(0, new BigDecimal("6200.00").compareTo(commitment.workingBudget().totalApproved()));
        publish();
        assertThat(commitment.publishedBudget().getLines()).extracting(BudgetLine::getFiscalYear).containsExactly(2026, 2027);
        assertEquals(0, new BigDecimal("6200.00").compareTo(commitment.publishedBudget().totalApproved()));
    }

    @Test
    void spendingOfAPublishedYearIsFollowUpAndShowsAtOnce() {
        commitment.putBudget(2026, new BigDecimal("1000.00"), new BigDecimal("1100.00"), new BigDecimal("700.00"));
        assertEquals(CommitmentStatus.PUBLISHED, commitment.getStatus());
        assertEquals(0, new BigDecimal("700.00").compareTo(commitment.publishedBudget().totalSpent()));
        assertEquals(0, new BigDecimal("1100.00").compareTo(commitment.publishedBudget().totalModified()));
    }

    @Test
    void aYearRemovedDuringARevisionStaysPublicUntilThatRevisionIsPublished() {
        commitment.removeBudget(2026);
        assertEquals(CommitmentStatus.DRAFT, commitment.getStatus());
        assertThat(commitment.getBudgetLines()).isEmpty();
        assertThat(commitment.publishedBudget().getLines()).extracting(BudgetLine::getFiscalYear).containsExactly(2026);
        publish();
        assertThat(commitment.publishedBudget().getLines()).isEmpty();
    }
}
