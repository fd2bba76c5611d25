package org.cocrea.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import org.cocrea.account.Account;
import org.cocrea.shared.Role;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorType;
import org.cocrea.milestone.Milestone;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.DomainException;
import org.cocrea.state.State;
import org.cocrea.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The drafting workflow's rules: every transition from every status, editing, versions. */
class DraftingWorkflowTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 1);

    private State sonora;
    private Actor lead;
    private Actor cso;
    private ActionPlan plan;
    private Commitment commitment;
    private Account secretary;

    @BeforeEach
    void setUp() {
        sonora = withId(new State("SON", "Sonora", "STL Sonora"), 1L);
        lead = withId(new Actor(sonora, "Secretaría de Hacienda", ActorType.GOVERNMENT_AGENCY), 10L);
        cso = withId(new Actor(sonora, "Colectivo Gasto Claro", ActorType.CSO), 20L);
        plan = withId(new ActionPlan(sonora, "Plan 2025–2026", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), TestClock.FIXED), 100L);
        commitment = withId(new Commitment(plan, "Padrón de beneficiarios abierto"), 200L);
        commitment.getTemplate().setProblem("Nadie sabe quién recibe los apoyos");
        commitment.getTemplate().setObjective("Publicar el padrón");
        commitment.getTemplate().setDescription("Padrón en datos abiertos, trimestral");
        commitment.setLeadInstitution(lead);
        commitment.setCoResponsibles(Set.of(cso));
        commitment.getTemplate().setStartDate(START);
        commitment.getTemplate().setEndDate(START.plusYears(1));
        commitment.getTemplate().setValueTransparency(true);
        new Milestone(commitment, "Primer hito", START, START.plusMonths(3));
        commitment.firstVersion("stl");
        secretary = withId(new Account("stl", "Secretaria", "stl@example.org", Role.SECRETARIAT, sonora, lead, false), 5L);
    }

    /** Brings the fixture to a status through the legal transitions. */
    private void bringTo(CommitmentStatus status) {
        switch (status) {
            case DRAFT -> { }
            case IN_REVIEW -> commitment.submitForReview();
            case CHANGES_REQUESTED -> {
                commitment.submitForReview();
                commitment.requestChanges(secretary, "Precise el objetivo");
            }
            case APPROVED -> {
                commitment.submitForReview();
                commitment.approve();
            }
            case PUBLISHED -> {
                commitment.submitForReview();
                commitment.approve();
                commitment.publish(TestClock.FIXED.instant());
            }
        }
        assertEquals(status, commitment.getStatus(), "test setup");
    }

    private Commitment edited(Consumer<Commitment> change) {
        Commitment form = Commitment.blank();
        form.takeTemplateFrom(commitment);
        change.accept(form);
        return form;
    }

    private CommitmentVersion revise(Consumer<Commitment> change) {
        return commitment.revise(edited(change), commitment.getLeadInstitution(), commitment.getCoResponsibles(), "stl");
    }

    private void refused(String key, CommitmentStatus from, Runnable action) {
        DomainException e = assertThrows(DomainException.class, action::run);
        assertEquals(key, e.messageKey());
        assertEquals(from, commitment.getStatus(), "a refusal changes nothing");
    }

    @Nested
    class Transitions {

        @ParameterizedTest
        @EnumSource(CommitmentStatus.class)
        void submitForReviewOnlyFromDraftOrChangesRequested(CommitmentStatus from) {
            bringTo(from);
            if (from == CommitmentStatus.DRAFT || from == CommitmentStatus.CHANGES_REQUESTED) {
                assertTrue(commitment.maySubmitForReview());
                commitment.submitForReview();
                assertEquals(CommitmentStatus.IN_REVIEW, commitment.getStatus());
            } else {
                assertFalse(commitment.maySubmitForReview());
                refused("workflow.submit.notAllowed", from, commitment::submitForReview);
            }
        }

        @ParameterizedTest
        @EnumSource(CommitmentStatus.class)
        void requestChangesOnlyInReviewAndTheReasonBecomesAComment(CommitmentStatus from) {
            bringTo(from);
            if (from == CommitmentStatus.IN_REVIEW) {
                assertTrue(commitment.mayRequestChanges());
                CommitmentComment comment = commitment.requestChanges(secretary, "  Falta el presupuesto  ");
                assertEquals(CommitmentStatus.CHANGES_REQUESTED, commitment.getStatus());
                assertEquals("Falta el presupuesto", comment.getBody());
                assertEquals(secretary, comment.getAuthor());
                assertEquals(1, comment.getVersionNumber());
                assertNull(comment.getParentId());
            } else {
                assertFalse(commitment.mayRequestChanges());
                refused("workflow.requestChanges.notAllowed", from, () -> commitment.requestChanges(secretary, "x"));
            }
        }

        @Test
        void requestingChangesNeedsAReason() {
            bringTo(CommitmentStatus.IN_REVIEW);
            DomainException e = assertThrows(DomainException.class, () -> commitment.requestChanges(secretary, "   "));
            assertEquals("workflow.comment.required", e.messageKey());
            assertEquals("reason", e.field());
            assertEquals(CommitmentStatus.IN_REVIEW, commitment.getStatus());
        }

        @ParameterizedTest
        @EnumSource(CommitmentStatus.class)
        void approveOnlyInReview(CommitmentStatus from) {
            bringTo(from);
            if (from == CommitmentStatus.IN_REVIEW) {
                assertTrue(commitment.mayApprove());
                commitment.approve();
                assertEquals(CommitmentStatus.APPROVED, commitment.getStatus());
            } else {
                assertFalse(commitment.mayApprove());
                refused("workflow.approve.notAllowed", from, commitment::approve);
            }
        }

        @Test
        void approvalNeedsEverythingPublicationNeeds() {
            commitment.getTemplate().setObjective(" ");
            bringTo(CommitmentStatus.IN_REVIEW);
            IncompleteCommitmentException e = assertThrows(IncompleteCommitmentException.class, commitment::approve);
            assertThat(e.missingFields()).containsExactly("objective");
            assertEquals(CommitmentStatus.IN_REVIEW, commitment.getStatus());
        }

        @ParameterizedTest
        @EnumSource(CommitmentStatus.class)
        void withdrawFromReviewOrApproval(CommitmentStatus from) {
            bringTo(from);
            if (from == CommitmentStatus.IN_REVIEW || from == CommitmentStatus.APPROVED) {
                assertTrue(commitment.mayWithdraw());
                commitment.withdraw();
                assertEquals(CommitmentStatus.DRAFT, commitment.getStatus());
            } else {
                assertFalse(commitment.mayWithdraw());
                refused("workflow.withdraw.notAllowed", from, commitment::withdraw);
            }
        }

        @ParameterizedTest
        @EnumSource(value = CommitmentStatus.class, names = {"DRAFT", "IN_REVIEW", "CHANGES_REQUESTED"})
        void onlyAnApprovedCommitmentIsPublished(CommitmentStatus from) {
            bringTo(from);
            assertFalse(commitment.mayPublish());
            refused("workflow.publish.notApproved", from, () -> commitment.publish(TestClock.FIXED.instant()));
            assertFalse(commitment.isPublished());
            assertNull(commitment.getPublishedVersion());
        }

        @Test
        void publicationFreezesTheCurrentVersion() {
            bringTo(CommitmentStatus.APPROVED);
            assertTrue(commitment.mayPublish());
            commitment.publish(TestClock.FIXED.instant());
            assertEquals(CommitmentStatus.PUBLISHED, commitment.getStatus());
            assertEquals(1, commitment.getPublishedVersion());
            assertEquals("Padrón de beneficiarios abierto", commitment.getPublishedTitle());
            assertNotNull(commitment.getPublishedAt());
            assertTrue(commitment.isPublished());
            assertFalse(commitment.isPublic(), "its plan is still a draft");
            plan.publish(TestClock.FIXED.instant());
            assertTrue(commitment.isPublic());
            refused("commitment.publish.already", CommitmentStatus.PUBLISHED, () -> commitment.publish(TestClock.FIXED.instant()));
        }
    }

    /** Issue 13: separation of duties, where the state requires a second approver. */
    @Nested
    class SeparationOfDuties {

        @Test
        void whereTheStateRequiresItTheSenderDoesNotApproveAlone() {
            sonora.setSecondApprover(true);
            commitment.submitForReview(5L);
            assertEquals(5L, commitment.getSubmittedBy());
            DomainException e = assertThrows(DomainException.class, () -> commitment.approve(5L));
            assertEquals("signoffs.duties.secondApprover", e.messageKey());
            assertEquals("approve", e.field(), "the message stands beside the button");
            assertEquals(CommitmentStatus.IN_REVIEW, commitment.getStatus());
            org.junit.jupiter.api.Assertions.assertTrue(commitment.mayBeApprovedBy(6L));
            commitment.approve(6L);
            assertEquals(CommitmentStatus.APPROVED, commitment.getStatus());
        }

        @Test
        void byDefaultOnePersonMayDoBoth() {
            commitment.submitForReview(5L);
            commitment.approve(5L);
            assertEquals(CommitmentStatus.APPROVED, commitment.getStatus());
        }

        @Test
        void sentBackAndResentTheLastSenderCounts() {
            sonora.setSecondApprover(true);
            commitment.submitForReview(5L);
            commitment.requestChanges(secretary, "Precise el objetivo");
            commitment.submitForReview(6L);
            org.junit.jupiter.api.Assertions.assertFalse(commitment.mayBeApprovedBy(6L));
            commitment.approve(5L);
            assertEquals(CommitmentStatus.APPROVED, commitment.getStatus());
        }
    }

    @Nested
    class Editing {

        @Test
        void aSaveThatChangesNothingMakesNoVersion() {
            assertNull(revise(c -> { }));
            assertNull(revise(c -> c.getTemplate().setStatusQuo("")), "an empty field and a missing one are the same text");
            assertEquals(1, commitment.getCurrentVersion());
        }

        @Test
        void aSaveThatChangesTheTextMakesTheNextVersion() {
            CommitmentVersion v2 = revise(c -> c.getTemplate().setObjective("Publicar el padrón cada mes"));
            assertNotNull(v2);
            assertEquals(2, v2.getNumber());
            assertEquals(2, commitment.getCurrentVersion());
            assertEquals("Publicar el padrón cada mes", v2.text().getTemplate().getObjective());
            assertEquals(CommitmentStatus.DRAFT, v2.getStatusAtSave());
            assertEquals("stl", v2.getSavedBy());
            CommitmentVersion v3 = commitment.revise(edited(c -> { }), lead, Set.of(), "stl");
            assertEquals(3, v3.getNumber(), "co-responsibles are part of the text");
        }

        @ParameterizedTest
        @EnumSource(value = CommitmentStatus.class, names = {"DRAFT", "CHANGES_REQUESTED"})
        void aDraftStaysInItsStatusWhenEdited(CommitmentStatus from) {
            bringTo(from);
            revise(c -> c.getTemplate().setTitle("Otro título"));
            assertEquals(from, commitment.getStatus());
        }

        @Test
        void editingAnApprovedCommitmentNeedsANewApproval() {
            bringTo(CommitmentStatus.APPROVED);
            revise(c -> c.getTemplate().setTitle("Otro título"));
            assertEquals(CommitmentStatus.DRAFT, commitment.getStatus());
            assertFalse(commitment.mayPublish());
        }

        @Test
        void editingAPublishedCommitmentDraftsARevisionWhileThePublicKeepsTheFrozenVersion() {
            bringTo(CommitmentStatus.PUBLISHED);
            plan.publish(TestClock.FIXED.instant());
            revise(c -> c.getTemplate().setTitle("Título revisado"));
            assertEquals(CommitmentStatus.DRAFT, commitment.getStatus());
            assertTrue(commitment.isPublic(), "still public: its published version");
            assertEquals(1, commitment.getPublishedVersion());
            assertEquals(2, commitment.getCurrentVersion());
            assertEquals("Padrón de beneficiarios abierto", commitment.getPublishedTitle());
            assertTrue(commitment.isUnderRevision());

            commitment.submitForReview();
            commitment.approve();
            assertEquals(1, commitment.getPublishedVersion(), "approval alone publishes nothing");
            commitment.publish(TestClock.FIXED.instant());
            assertEquals(2, commitment.getPublishedVersion());
            assertEquals("Título revisado", commitment.getPublishedTitle());
            assertFalse(commitment.isUnderRevision());
        }

        @Test
        void aDecisionOnAVersionThatMovedOnIsRefused() {
            commitment.requireCurrentVersion(1);
            revise(c -> c.getTemplate().setObjective("Publicar el padrón cada trimestre"));
            DomainException e = assertThrows(DomainException.class, () -> commitment.requireCurrentVersion(1));
            assertEquals("workflow.versionMoved", e.messageKey());
            commitment.requireCurrentVersion(2);
        }

        @Test
        void aPublishedCommitmentKeepsItsSigningParties() {
            bringTo(CommitmentStatus.PUBLISHED);
            Actor otherAgency = withId(new Actor(sonora, "Secretaría de Salud", ActorType.GOVERNMENT_AGENCY), 11L);
            Actor otherCso = withId(new Actor(sonora, "Observatorio Ciudadano", ActorType.CSO), 21L);
            DomainException newLead = assertThrows(DomainException.class,
                    () -> commitment.revise(edited(c -> { }), otherAgency, Set.of(cso), "stl"));
            assertEquals("leadInstitution", newLead.field());
            DomainException co = assertThrows(DomainException.class,
                    () -> commitment.revise(edited(c -> { }), lead, Set.of(cso, otherCso), "stl"));
            assertEquals("coResponsibles", co.field());
            assertEquals(CommitmentStatus.PUBLISHED, commitment.getStatus());
            assertEquals(Set.of(cso), commitment.getCoResponsibles());

            // before publication they may change freely
            Commitment draft = withId(new Commitment(plan, "Otro"), 201L);
            draft.firstVersion("stl");
            draft.revise(edited(c -> { }), otherAgency, Set.of(otherCso), "stl");
            assertEquals(otherAgency, draft.getLeadInstitution());
        }

        @Test
        void inReviewTheTextCannotBeEdited() {
            bringTo(CommitmentStatus.IN_REVIEW);
            assertFalse(commitment.isEditable());
            refused("workflow.edit.inReview", CommitmentStatus.IN_REVIEW, () -> revise(c -> c.getTemplate().setTitle("Colado")));
            assertEquals("Padrón de beneficiarios abierto", commitment.getTitle());
            assertEquals(1, commitment.getCurrentVersion());
        }

        @Test
        void aRevisionIsCheckedForConsistency() {
            DomainException e = assertThrows(DomainException.class, () -> revise(c -> c.getTemplate().setEndDate(START.minusDays(1))));
            assertEquals("commitment.dates.endBeforeStart", e.messageKey());
        }

        @Test
        void everyStatusButInReviewIsEditable() {
            assertEquals(EnumSet.complementOf(EnumSet.of(CommitmentStatus.IN_REVIEW)),
                    EnumSet.copyOf(java.util.Arrays.stream(CommitmentStatus.values()).filter(CommitmentStatus::isEditable).toList()));
        }
    }
}
