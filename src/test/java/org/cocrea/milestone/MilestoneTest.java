package org.cocrea.milestone;

import static org.cocrea.support.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cocrea.account.Account;
import org.cocrea.shared.Caller;
import org.cocrea.shared.Role;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorType;
import org.cocrea.commitment.Commitment;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Progress;
import org.cocrea.state.State;
import org.cocrea.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MilestoneTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
    private static final Instant NOW = Instant.parse("2025-06-10T17:00:00Z");
    private static final String REASON = "Entregado en la sesión pública del 5 de junio; consta en el acta.";
    private static final LocalDate COMMITMENT_START = LocalDate.of(2025, 3, 1);
    private static final LocalDate COMMITMENT_END = LocalDate.of(2026, 6, 30);

    private State sonora;
    private State veracruz;
    private Actor leadInstitution;
    private Actor coResponsibleAgency;
    private Actor coResponsibleCso;
    private Actor secondCoResponsibleCso;
    private Actor outsideCso;
    private Commitment commitment;
    private Milestone milestone;

    private Account leadOfficial;
    private Account csoMember;
    private Account secondCsoMember;
    private Account reporter;

    @BeforeEach
    void setUp() {
        sonora = withId(new State("SON", "Sonora", "STL Sonora"), 1L);
        veracruz = withId(new State("VER", "Veracruz", "STL Veracruz"), 2L);
        leadInstitution = withId(new Actor(sonora, "Secretaría de Hacienda", ActorType.GOVERNMENT_AGENCY), 10L);
        coResponsibleAgency = withId(new Actor(sonora, "Secretaría de Bienestar", ActorType.GOVERNMENT_AGENCY), 11L);
        coResponsibleCso = withId(new Actor(sonora, "Colectivo Gasto Claro", ActorType.CSO), 20L);
        secondCoResponsibleCso = withId(new Actor(sonora, "Observatorio Ciudadano", ActorType.CSO), 21L);
        outsideCso = withId(new Actor(sonora, "Red de Jóvenes", ActorType.CSO), 22L);

        ActionPlan plan = withId(new ActionPlan(sonora, "Plan de Acción Local 2025–2026",
                LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), TestClock.FIXED), 100L);
        commitment = withId(new Commitment(plan, "Padrón de beneficiarios abierto"), 200L);
        commitment.getTemplate().setStartDate(COMMITMENT_START);
        commitment.getTemplate().setEndDate(COMMITMENT_END);
        commitment.setLeadInstitution(leadInstitution);
        commitment.setCoResponsibles(Set.of(coResponsibleAgency, coResponsibleCso, secondCoResponsibleCso));

        milestone = withId(new Milestone(commitment, "Publicar el padrón en datos abiertos",
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 30)), 300L);
        milestone.setResponsibles(Set.of(coResponsibleAgency));

        leadOfficial = account(1000L, "lead.official", Role.RESPONSIBLE_ACTOR, sonora, leadInstitution);
        csoMember = account(1001L, "cso.member", Role.RESPONSIBLE_ACTOR, sonora, coResponsibleCso);
        secondCsoMember = account(1002L, "cso.member2", Role.RESPONSIBLE_ACTOR, sonora, secondCoResponsibleCso);
        reporter = account(1003L, "agency.reporter", Role.RESPONSIBLE_ACTOR, sonora, coResponsibleAgency);
    }

    /** Publishes the fixture's commitment through its own rules (it already has dates, lead and a milestone). */
    private void publishCommitment() {
        commitment.getTemplate().setProblem("Nadie sabe quién recibe los apoyos.");
        commitment.getTemplate().setObjective("Publicar el padrón.");
        commitment.getTemplate().setDescription("Padrón en datos abiertos.");
        commitment.getTemplate().setValueTransparency(true);
        commitment.submitForReview();
        commitment.approve();
        commitment.publish(TestClock.FIXED.instant());
    }

    private static Account account(long id, String username, Role role, State state, Actor actor) {
        return withId(new Account(username, "Nombre " + username, username + "@example.org", role, state, actor, false), id);
    }

    private ProgressReport report(int percent) {
        return report(milestone, percent);
    }

    private ProgressReport report(Milestone target, int percent) {
        ProgressReport report = ProgressReport.draft(TODAY);
        report.setNarrative("Avance del hito");
        report.setPercent(percent);
        report.submit(target, reporter, TODAY);
        return report;
    }

    /** A final report: 100 % with a link as evidence. */
    private ProgressReport finalReport() {
        ProgressReport report = report(100);
        new Evidence(report, org.cocrea.file.StoredFile.link("https://example.org/padron.csv", reporter));
        return report;
    }

    private void complete() {
        finalReport();
        milestone.moveTo(MilestoneStatus.COMPLETE);
    }

    private void verify() {
        complete();
        milestone.signOff(SignOffParty.GOVERNMENT_LEAD, leadOfficial, NOW);
        milestone.signOff(SignOffParty.CSO_CO_RESPONSIBLE, csoMember, NOW);
    }

    private void bringTo(MilestoneStatus status) {
        switch (status) {
            case NOT_STARTED -> { }
            case IN_PROGRESS -> milestone.moveTo(MilestoneStatus.IN_PROGRESS);
            case COMPLETE -> complete();
            case VERIFIED -> verify();
        }
        assertEquals(status, milestone.getStatus(), "test setup");
    }

    private static DomainException refused(String messageKey, Executable action) {
        DomainException e = assertThrows(DomainException.class, action);
        assertEquals(messageKey, e.messageKey());
        return e;
    }

    @Nested
    class ProgressByStatus {

        @Test
        void notStartedIsZero() {
            assertEquals(MilestoneStatus.NOT_STARTED, milestone.getStatus());
            assertEquals(Progress.of(0), milestone.progress());
        }

        @Test
        void inProgressIsTheLatestReportedPercent() {
            report(30);
            assertEquals(Progress.of(30), milestone.progress());
            report(20); // the latest, not the highest
            assertEquals(Progress.of(20), milestone.progress());
        }

        @Test
        void inProgressStopsAt99EvenWhenTheReportSays100() {
            report(100);
            assertEquals(MilestoneStatus.IN_PROGRESS, milestone.getStatus());
            assertEquals(Progress.of(99), milestone.progress());
        }

        @Test
        void inProgressWithoutReportsIsZero() {
            milestone.moveTo(MilestoneStatus.IN_PROGRESS);
            assertEquals(Progress.of(0), milestone.progress());
        }

        @Test
        void completeIsHundredWhateverWasReported() {
            report(40);
            milestone.moveTo(MilestoneStatus.COMPLETE, REASON);
            assertEquals(Progress.of(100), milestone.progress());
        }

        @Test
        void verifiedIsHundred() {
            verify();
            assertEquals(MilestoneStatus.VERIFIED, milestone.getStatus());
            assertEquals(Progress.of(100), milestone.progress());
        }

        @ParameterizedTest(name = "{0} with {1}% reported → {2}%")
        @CsvSource({
                "NOT_STARTED, 70, 0",
                "IN_PROGRESS, 0, 0",
                "IN_PROGRESS, 55, 55",
                "IN_PROGRESS, 99, 99",
                "IN_PROGRESS, 100, 99",
                "IN_PROGRESS, 150, 99",
                "IN_PROGRESS, -5, 0",
                "COMPLETE, 0, 100",
                "VERIFIED, 10, 100"})
        void ruleForRollUpsWithoutLoadingMilestones(MilestoneStatus status, int reported, double expected) {
            assertEquals(Progress.of(expected), Milestone.progressOf(status, reported));
        }
    }

    @Nested
    class Transitions {

        @ParameterizedTest(name = "{0} → {1}: {2}")
        @CsvSource({
                "NOT_STARTED, NOT_STARTED, false",
                "NOT_STARTED, IN_PROGRESS, true",
                "NOT_STARTED, COMPLETE,    false",
                "NOT_STARTED, VERIFIED,    false",
                "IN_PROGRESS, NOT_STARTED, true",
                "IN_PROGRESS, IN_PROGRESS, false",
                "IN_PROGRESS, COMPLETE,    true",
                "IN_PROGRESS, VERIFIED,    false",
                "COMPLETE,    NOT_STARTED, false",
                "COMPLETE,    IN_PROGRESS, true",
                "COMPLETE,    COMPLETE,    false",
                "COMPLETE,    VERIFIED,    false",
                "VERIFIED,    NOT_STARTED, false",
                "VERIFIED,    IN_PROGRESS, false",
                "VERIFIED,    COMPLETE,    false",
                "VERIFIED,    VERIFIED,    false"})
        void manualMoves(MilestoneStatus from, MilestoneStatus to, boolean allowed) {
            assertEquals(allowed, from.canMoveTo(to));
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "NOT_STARTED, IN_PROGRESS",
                "IN_PROGRESS, NOT_STARTED",
                "IN_PROGRESS, COMPLETE",
                "COMPLETE,    IN_PROGRESS"})
        void moveToMakesAnAllowedMove(MilestoneStatus from, MilestoneStatus to) {
            bringTo(from);
            milestone.moveTo(to, REASON);
            assertEquals(to, milestone.getStatus());
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "NOT_STARTED, COMPLETE",
                "NOT_STARTED, VERIFIED",
                "IN_PROGRESS, VERIFIED",
                "COMPLETE,    VERIFIED",
                "COMPLETE,    NOT_STARTED",
                "VERIFIED,    IN_PROGRESS",
                "VERIFIED,    COMPLETE",
                "IN_PROGRESS, IN_PROGRESS"})
        void moveToRefusesOtherMovesAndLeavesTheStatus(MilestoneStatus from, MilestoneStatus to) {
            bringTo(from);
            DomainException e = refused("milestone.status.notAllowed", () -> milestone.moveTo(to));
            assertEquals("status", e.field());
            assertEquals(from, milestone.getStatus());
        }

        @ParameterizedTest
        @EnumSource(MilestoneStatus.class)
        void moveToNothingIsRefused(MilestoneStatus from) {
            bringTo(from);
            refused("milestone.status.notAllowed", () -> milestone.moveTo(null));
            assertEquals(from, milestone.getStatus());
        }

        @Test
        void reopeningACompleteMilestoneDropsItsSignOffs() {
            complete();
            milestone.signOff(SignOffParty.GOVERNMENT_LEAD, leadOfficial, NOW);
            milestone.moveTo(MilestoneStatus.IN_PROGRESS);
            assertTrue(milestone.getSignOffs().isEmpty());
            assertTrue(milestone.signOffOf(SignOffParty.GOVERNMENT_LEAD).isEmpty());

            // Completed again, the old government sign-off no longer counts: the CSO alone does not verify.
            milestone.moveTo(MilestoneStatus.COMPLETE);
            milestone.signOff(SignOffParty.CSO_CO_RESPONSIBLE, csoMember, NOW);
            assertEquals(MilestoneStatus.COMPLETE, milestone.getStatus());
        }

        @Test
        void backToNotStartedForgetsTheReportedPercent() {
            report(60);
            milestone.moveTo(MilestoneStatus.NOT_STARTED);
            assertEquals(0, milestone.getReportedPercent());
            milestone.moveTo(MilestoneStatus.IN_PROGRESS);
            assertEquals(Progress.of(0), milestone.progress());
        }

        @Test
        void onlyCompleteAndVerifiedAreDone() {
            assertFalse(MilestoneStatus.NOT_STARTED.isDone());
            assertFalse(MilestoneStatus.IN_PROGRESS.isDone());
            assertTrue(MilestoneStatus.COMPLETE.isDone());
            assertTrue(MilestoneStatus.VERIFIED.isDone());
        }
    }

    @Nested
    class Completion {

        @Test
        void aReportAtSixtyPercentDoesNotMakeItComplete() {
            report(60);
            DomainException e = refused("milestone.complete.needsFinalReport", () -> milestone.moveTo(MilestoneStatus.COMPLETE));
            assertEquals("completionReason", e.field());
            assertEquals(MilestoneStatus.IN_PROGRESS, milestone.getStatus());
        }

        @Test
        void aHundredPercentWithoutEvidenceIsNotAFinalReport() {
            report(100);
            assertFalse(milestone.hasFinalReport());
            refused("milestone.complete.needsFinalReport", () -> milestone.moveTo(MilestoneStatus.COMPLETE, "  "));
            assertEquals(MilestoneStatus.IN_PROGRESS, milestone.getStatus());
        }

        @Test
        void anOlderFinalReportDoesNotCountWhenALaterOneSaysLess() {
            finalReport();
            report(80);
            assertFalse(milestone.hasFinalReport());
        }

        @Test
        void aFinalReportWithEvidenceIsEnough() {
            finalReport();
            milestone.moveTo(MilestoneStatus.COMPLETE);
            assertEquals(MilestoneStatus.COMPLETE, milestone.getStatus());
            assertNull(milestone.getCompletionReason());
        }

        @Test
        void otherwiseAReasonIsRecordedAndReopeningForgetsIt() {
            report(60);
            milestone.moveTo(MilestoneStatus.COMPLETE, "  " + REASON + " ");
            assertEquals(REASON, milestone.getCompletionReason());
            assertEquals(REASON, milestone.auditSnapshot().get("completionReason"));
            milestone.moveTo(MilestoneStatus.IN_PROGRESS);
            assertNull(milestone.getCompletionReason());
        }

        @Test
        void aReasonHasALimit() {
            report(60);
            String tooLong = "x".repeat(Milestone.COMPLETION_REASON_MAX + 1);
            DomainException e = refused("milestone.complete.reasonTooLong",
                    () -> milestone.moveTo(MilestoneStatus.COMPLETE, tooLong));
            assertEquals("completionReason", e.field());
            assertEquals(MilestoneStatus.IN_PROGRESS, milestone.getStatus());
        }

        @Test
        void theSignersStillMissingAreNamedUntilVerified() {
            assertEquals(List.of(SignOffParty.GOVERNMENT_LEAD, SignOffParty.CSO_CO_RESPONSIBLE), milestone.pendingSignOffs());
            complete();
            milestone.signOff(SignOffParty.GOVERNMENT_LEAD, leadOfficial, NOW);
            assertEquals(List.of(SignOffParty.CSO_CO_RESPONSIBLE), milestone.pendingSignOffs());
            assertEquals(milestone.getReports().get(0), milestone.latestReport().orElseThrow());
            milestone.signOff(SignOffParty.CSO_CO_RESPONSIBLE, csoMember, NOW);
            assertTrue(milestone.pendingSignOffs().isEmpty());
        }
    }

    @Nested
    class OverdueAndAtRisk {

        private void endingIn(long days) {
            milestone.setEndDate(TODAY.plusDays(days));
        }

        @ParameterizedTest(name = "{0}, end in {1} days: overdue {2}, at risk {3}")
        @CsvSource({
                "NOT_STARTED, -30, true,  false",
                "NOT_STARTED, -1,  true,  false",
                "NOT_STARTED, 0,   false, true",
                "NOT_STARTED, 1,   false, true",
                "NOT_STARTED, 15,  false, true",
                "NOT_STARTED, 16,  false, false",
                "IN_PROGRESS, -1,  true,  false",
                "IN_PROGRESS, 0,   false, true",
                "IN_PROGRESS, 15,  false, true",
                "IN_PROGRESS, 16,  false, false",
                "COMPLETE,    -1,  false, false",
                "COMPLETE,    0,   false, false",
                "COMPLETE,    15,  false, false",
                "VERIFIED,    -1,  false, false",
                "VERIFIED,    -365, false, false",
                "VERIFIED,    10,  false, false"})
        void onTheBoundaries(MilestoneStatus status, long daysToEnd, boolean overdue, boolean atRisk) {
            bringTo(status);
            endingIn(daysToEnd);
            assertEquals(overdue, milestone.isOverdue(TODAY), "overdue");
            assertEquals(atRisk, milestone.isAtRisk(TODAY), "at risk");
        }

        @Test
        void dependsOnTheDayGivenNotOnTheClock() {
            milestone.setEndDate(LocalDate.of(2025, 9, 30));
            assertFalse(milestone.isOverdue(LocalDate.of(2025, 9, 30)));
            assertTrue(milestone.isOverdue(LocalDate.of(2025, 10, 1)));
            assertFalse(milestone.isAtRisk(LocalDate.of(2025, 9, 14)));
            assertTrue(milestone.isAtRisk(LocalDate.of(2025, 9, 15)));
        }
    }

    @Nested
    class SignOffs {

        @BeforeEach
        void completeIt() {
            complete();
        }

        @Test
        void anEvaluatorOfTheLeadInstitutionCannotSign() {
            Account evaluator = account(1010L, "evaluador.hacienda", Role.EVALUATOR, sonora, leadInstitution);
            refused("signoff.notEligible.GOVERNMENT_LEAD", () -> milestone.signOff(SignOffParty.GOVERNMENT_LEAD, evaluator, NOW));
            assertTrue(milestone.partiesSignableBy(evaluator.asCaller()).isEmpty());
        }

        @ParameterizedTest
        @EnumSource(value = MilestoneStatus.class, names = {"NOT_STARTED", "IN_PROGRESS"})
        void onlyWhenComplete(MilestoneStatus status) {
            milestone.moveTo(MilestoneStatus.IN_PROGRESS);
            if (status == MilestoneStatus.NOT_STARTED) {
                milestone.moveTo(MilestoneStatus.NOT_STARTED);
            }
            refused("signoff.notComplete", () -> milestone.signOff(SignOffParty.GOVERNMENT_LEAD, leadOfficial, NOW));
            refused("signoff.notComplete", () -> milestone.signOff(SignOffParty.CSO_CO_RESPONSIBLE, csoMember, NOW));
            assertTrue(milestone.getSignOffs().isEmpty());
        }

        @Test
        void notOnceVerified() {
            milestone.signOff(SignOffParty.GOVERNMENT_LEAD, leadOfficial, NOW);
            milestone.signOff(SignOffParty.CSO_CO_RESPONSIBLE, csoMember, NOW);
            refused("signoff.notComplete",
                    () -> milestone.signOff(SignOffParty.CSO_CO_RESPONSIBLE, secondCsoMember, NOW));
            assertEquals(2, milestone.getSignOffs().size());
        }

        @Test
        void bothSignOffsVerify() {
            SignOff government = milestone.signOff(SignOffParty.GOVERNMENT_LEAD, leadOfficial, NOW);
            assertEquals(MilestoneStatus.COMPLETE, milestone.getStatus());
            SignOff cso = milestone.signOff(SignOffParty.CSO_CO_RESPONSIBLE, csoMember, NOW.plusSeconds(60));
            assertEquals(MilestoneStatus.VERIFIED, milestone.getStatus());
            assertEquals(List.of(government, cso), milestone.getSignOffs());
            assertSame(leadOfficial, government.getSignedBy());
            assertEquals(NOW, government.getSignedAt());
            assertEquals(SignOffParty.CSO_CO_RESPONSIBLE, cso.getParty());
            assertSame(csoMember, cso.getSignedBy());
        }

        @Test
        void theOrderOfTheSignOffsDoesNotMatter() {
            milestone.signOff(SignOffParty.CSO_CO_RESPONSIBLE, csoMember, NOW);
            milestone.signOff(SignOffParty.GOVERNMENT_LEAD, leadOfficial, NOW);
            assertEquals(MilestoneStatus.VERIFIED, milestone.getStatus());
        }

        @Test
        void governmentLeadAloneKeepsItComplete() {
            milestone.signOff(SignOffParty.GOVERNMENT_LEAD, leadOfficial, NOW);
            assertEquals(MilestoneStatus.COMPLETE, milestone.getStatus());
            assertTrue(milestone.signOffOf(SignOffParty.GOVERNMENT_LEAD).isPresent());
            assertTrue(milestone.signOffOf(SignOffParty.CSO_CO_RESPONSIBLE).isEmpty());
        }

        @Test
        void csoAloneKeepsItComplete() {
            milestone.signOff(SignOffParty.CSO_CO_RESPONSIBLE, csoMember, NOW);
            assertEquals(MilestoneStatus.COMPLETE, milestone.getStatus());
        }

        @Test
        void anyCsoCoResponsibleMaySign() {
            milestone.signOff(SignOffParty.CSO_CO_RESPONSIBLE, secondCsoMember, NOW);
            assertSame(secondCsoMember, milestone.signOffOf(SignOffParty.CSO_CO_RESPONSIBLE).orElseThrow().getSignedBy());
        }

        @Test
        void governmentLeadMustWorkForTheLeadInstitution() {
            Account coResponsibleOfficial = reporter; // works for a co-responsible agency, not the lead
            refused("signoff.notEligible.GOVERNMENT_LEAD",
                    () -> milestone.signOff(SignOffParty.GOVERNMENT_LEAD, coResponsibleOfficial, NOW));
            refused("signoff.notEligible.GOVERNMENT_LEAD",
                    () -> milestone.signOff(SignOffParty.GOVERNMENT_LEAD, csoMember, NOW));
            assertTrue(milestone.getSignOffs().isEmpty());
        }

        @Test
        void governmentLeadMustHaveAnOrganization() {
            Account secretariat = account(1010L, "stl.sonora", Role.SECRETARIAT, sonora, null);
            refused("signoff.notEligible.GOVERNMENT_LEAD",
                    () -> milestone.signOff(SignOffParty.GOVERNMENT_LEAD, secretariat, NOW));
        }

        @Test
        void csoMustBeACsoCoResponsible() {
            Account outsider = account(1011L, "outside.cso", Role.RESPONSIBLE_ACTOR, sonora, outsideCso);
            refused("signoff.notEligible.CSO_CO_RESPONSIBLE",
                    () -> milestone.signOff(SignOffParty.CSO_CO_RESPONSIBLE, outsider, NOW));
            // a co-responsible that is not a CSO
            refused("signoff.notEligible.CSO_CO_RESPONSIBLE",
                    () -> milestone.signOff(SignOffParty.CSO_CO_RESPONSIBLE, reporter, NOW));
            // the lead institution is not a CSO co-responsible either
            refused("signoff.notEligible.CSO_CO_RESPONSIBLE",
                    () -> milestone.signOff(SignOffParty.CSO_CO_RESPONSIBLE, leadOfficial, NOW));
            Account secretariat = account(1012L, "stl.sonora2", Role.SECRETARIAT, sonora, null);
            refused("signoff.notEligible.CSO_CO_RESPONSIBLE",
                    () -> milestone.signOff(SignOffParty.CSO_CO_RESPONSIBLE, secretariat, NOW));
            assertTrue(milestone.getSignOffs().isEmpty());
        }

        @Test
        void samePartyTwiceIsRefused() {
            milestone.signOff(SignOffParty.CSO_CO_RESPONSIBLE, csoMember, NOW);
            refused("signoff.already", () -> milestone.signOff(SignOffParty.CSO_CO_RESPONSIBLE, csoMember, NOW));
            refused("signoff.already", () -> milestone.signOff(SignOffParty.CSO_CO_RESPONSIBLE, secondCsoMember, NOW));
            assertEquals(1, milestone.getSignOffs().size());
            assertEquals(MilestoneStatus.COMPLETE, milestone.getStatus());
        }

        @Test
        void governmentLeadTwiceIsRefused() {
            milestone.signOff(SignOffParty.GOVERNMENT_LEAD, leadOfficial, NOW);
            refused("signoff.already", () -> milestone.signOff(SignOffParty.GOVERNMENT_LEAD, leadOfficial, NOW));
            assertEquals(1, milestone.getSignOffs().size());
        }

        @Test
        void anAccountOfAnotherStateIsRefused() {
            Actor veracruzCso = withId(new Actor(veracruz, "Colectivo Veracruz", ActorType.CSO), 40L);
            Actor veracruzAgency = withId(new Actor(veracruz, "Sefiplan Veracruz", ActorType.GOVERNMENT_AGENCY), 41L);
            Account veracruzCsoMember = account(2000L, "ver.cso", Role.RESPONSIBLE_ACTOR, veracruz, veracruzCso);
            Account veracruzOfficial = account(2001L, "ver.official", Role.RESPONSIBLE_ACTOR, veracruz, veracruzAgency);
            assertThrows(AccessDeniedException.class,
                    () -> milestone.signOff(SignOffParty.CSO_CO_RESPONSIBLE, veracruzCsoMember, NOW));
            assertThrows(AccessDeniedException.class,
                    () -> milestone.signOff(SignOffParty.GOVERNMENT_LEAD, veracruzOfficial, NOW));
            assertTrue(milestone.getSignOffs().isEmpty());
        }

        @Test
        void offersEachSignerTheirOwnPartyWhileItIsOpen() {
            assertEquals(Set.of(SignOffParty.GOVERNMENT_LEAD), milestone.partiesSignableBy(leadOfficial.asCaller()));
            assertEquals(Set.of(SignOffParty.CSO_CO_RESPONSIBLE), milestone.partiesSignableBy(csoMember.asCaller()));
            assertEquals(Set.of(), milestone.partiesSignableBy(reporter.asCaller()));
            milestone.signOff(SignOffParty.CSO_CO_RESPONSIBLE, csoMember, NOW);
            assertEquals(Set.of(), milestone.partiesSignableBy(secondCsoMember.asCaller()));
            assertEquals(Set.of(SignOffParty.GOVERNMENT_LEAD), milestone.partiesSignableBy(leadOfficial.asCaller()));
        }

        @Test
        void offersNothingBeforeCompletionOrToAnotherStateOrThePublic() {
            Actor veracruzCso = withId(new Actor(veracruz, "Colectivo Veracruz", ActorType.CSO), 40L);
            Account veracruzCsoMember = account(2003L, "ver.cso2", Role.RESPONSIBLE_ACTOR, veracruz, veracruzCso);
            assertEquals(Set.of(), milestone.partiesSignableBy(veracruzCsoMember.asCaller()));
            assertEquals(Set.of(), milestone.partiesSignableBy(Caller.ANONYMOUS));
            milestone.moveTo(MilestoneStatus.IN_PROGRESS);
            assertEquals(Set.of(), milestone.partiesSignableBy(leadOfficial.asCaller()));
        }

        @Test
        void anAccountWithoutStateIsRefused() {
            Account admin = account(2002L, "admin", Role.PLATFORM_ADMIN, null, null);
            assertThrows(AccessDeniedException.class,
                    () -> milestone.signOff(SignOffParty.GOVERNMENT_LEAD, admin, NOW));
        }
    }

    /** Issue 13: a party asked to sign declines with a reason; the milestone goes back to In progress. */
    @Nested
    class Declines {

        private static final String WHY = "La evidencia no muestra el padrón publicado: el enlace da error 404.";

        @BeforeEach
        void completeIt() {
            complete();
        }

        @Test
        void aDeclineWithAReasonReopensTheMilestoneAndDropsTheSignOffsGivenSoFar() {
            milestone.signOff(SignOffParty.GOVERNMENT_LEAD, leadOfficial, NOW);
            SignOffDecline decline = milestone.decline(SignOffParty.CSO_CO_RESPONSIBLE, csoMember, "  " + WHY + "\n", NOW.plusSeconds(60));
            assertEquals(MilestoneStatus.IN_PROGRESS, milestone.getStatus());
            assertTrue(milestone.getSignOffs().isEmpty(), "a reopened milestone is signed again from the start");
            assertEquals(WHY, decline.getReason());
            assertSame(csoMember, decline.getDeclinedBy());
            assertEquals(SignOffParty.CSO_CO_RESPONSIBLE, decline.getParty());
            assertEquals(NOW.plusSeconds(60), decline.getDeclinedAt());
            assertEquals(java.util.Optional.of(decline), milestone.latestDecline());
        }

        @Test
        void everyDeclineIsKeptNewestFirstAcrossReopenings() {
            SignOffDecline first = milestone.decline(SignOffParty.GOVERNMENT_LEAD, leadOfficial, WHY, NOW);
            finalReport();
            milestone.moveTo(MilestoneStatus.COMPLETE);
            milestone.moveTo(MilestoneStatus.IN_PROGRESS); // reopened by the secretariat
            finalReport();
            milestone.moveTo(MilestoneStatus.COMPLETE);
            SignOffDecline second = milestone.decline(SignOffParty.CSO_CO_RESPONSIBLE, csoMember, "Falta el acta.", NOW.plusSeconds(3600));
            assertEquals(List.of(second, first), milestone.getDeclines());
        }

        @Test
        void aReasonIsRequiredAndLimited() {
            refused("signoffs.decline.reasonRequired", () -> milestone.decline(SignOffParty.GOVERNMENT_LEAD, leadOfficial, "   ", NOW));
            refused("signoffs.decline.reasonRequired", () -> milestone.decline(SignOffParty.GOVERNMENT_LEAD, leadOfficial, null, NOW));
            DomainException tooLong = refused("signoffs.decline.reasonTooLong", () -> milestone.decline(SignOffParty.GOVERNMENT_LEAD,
                    leadOfficial, "x".repeat(Milestone.DECLINE_REASON_MAX + 1), NOW));
            assertEquals("declineReason", tooLong.field());
            assertEquals(MilestoneStatus.COMPLETE, milestone.getStatus(), "nothing changed");
            assertTrue(milestone.getDeclines().isEmpty());
            milestone.decline(SignOffParty.GOVERNMENT_LEAD, leadOfficial, "x".repeat(Milestone.DECLINE_REASON_MAX), NOW);
            assertEquals(MilestoneStatus.IN_PROGRESS, milestone.getStatus());
        }

        @Test
        void onlyWhoCouldSignMayDeclineAndOnlyWhileComplete() {
            refused("signoff.notEligible.CSO_CO_RESPONSIBLE", () -> milestone.decline(SignOffParty.CSO_CO_RESPONSIBLE, reporter, WHY, NOW));
            refused("signoff.notEligible.GOVERNMENT_LEAD", () -> milestone.decline(SignOffParty.GOVERNMENT_LEAD, csoMember, WHY, NOW));
            Account outsider = account(1020L, "otro.estado", Role.RESPONSIBLE_ACTOR, veracruz,
                    withId(new Actor(veracruz, "OSC de Veracruz", ActorType.CSO), 30L));
            assertThrows(AccessDeniedException.class, () -> milestone.decline(SignOffParty.CSO_CO_RESPONSIBLE, outsider, WHY, NOW));
            milestone.signOff(SignOffParty.GOVERNMENT_LEAD, leadOfficial, NOW);
            refused("signoff.already", () -> milestone.decline(SignOffParty.GOVERNMENT_LEAD, leadOfficial, WHY, NOW));
            assertEquals(MilestoneStatus.COMPLETE, milestone.getStatus());
            milestone.signOff(SignOffParty.CSO_CO_RESPONSIBLE, csoMember, NOW);
            refused("signoff.notComplete", () -> milestone.decline(SignOffParty.CSO_CO_RESPONSIBLE, secondCsoMember, WHY, NOW));
            assertTrue(milestone.getDeclines().isEmpty());
        }
    }

    /** Issue 13: where the state says so, the information institute is a third required signer. */
    @Nested
    class InstituteCoSigns {

        private Account instituteMember;

        @BeforeEach
        void completeIt() {
            Actor institute = withId(new Actor(sonora, "Instituto Sonorense de Transparencia", ActorType.INFORMATION_INSTITUTE), 40L);
            instituteMember = account(1030L, "instituto.son", Role.INFORMATION_INSTITUTE, sonora, institute);
            complete();
        }

        @Test
        void byDefaultTwoSignOffsVerifyAndTheInstituteIsNotAsked() {
            assertEquals(List.of(SignOffParty.GOVERNMENT_LEAD, SignOffParty.CSO_CO_RESPONSIBLE), milestone.requiredParties());
            assertTrue(milestone.partiesSignableBy(instituteMember.asCaller()).isEmpty());
            refused("signoff.notEligible.INFORMATION_INSTITUTE",
                    () -> milestone.signOff(SignOffParty.INFORMATION_INSTITUTE, instituteMember, NOW));
        }

        @Test
        void whereTheStateSaysSoThreeSignOffsVerify() {
            sonora.setInstituteCoSigns(true);
            assertEquals(List.of(SignOffParty.values()), milestone.pendingSignOffs());
            milestone.signOff(SignOffParty.GOVERNMENT_LEAD, leadOfficial, NOW);
            milestone.signOff(SignOffParty.CSO_CO_RESPONSIBLE, csoMember, NOW);
            assertEquals(MilestoneStatus.COMPLETE, milestone.getStatus(), "the institute has not signed yet");
            assertEquals(List.of(SignOffParty.INFORMATION_INSTITUTE), milestone.pendingSignOffs());
            assertEquals(java.util.EnumSet.of(SignOffParty.INFORMATION_INSTITUTE), milestone.partiesSignableBy(instituteMember.asCaller()));
            refused("signoff.notEligible.INFORMATION_INSTITUTE",
                    () -> milestone.signOff(SignOffParty.INFORMATION_INSTITUTE, csoMember, NOW));
            milestone.signOff(SignOffParty.INFORMATION_INSTITUTE, instituteMember, NOW);
            assertEquals(MilestoneStatus.VERIFIED, milestone.getStatus());
        }

        @Test
        void theInstituteOfAnotherStateCannotSign() {
            sonora.setInstituteCoSigns(true);
            Account other = account(1031L, "instituto.ver", Role.INFORMATION_INSTITUTE, veracruz,
                    withId(new Actor(veracruz, "Instituto Veracruzano", ActorType.INFORMATION_INSTITUTE), 41L));
            assertThrows(AccessDeniedException.class, () -> milestone.signOff(SignOffParty.INFORMATION_INSTITUTE, other, NOW));
        }
    }
    /** Issue 13: a report on an overdue milestone explains the delay and gives a new expected date. */
    @Nested
    class DelayExplanations {

        private final LocalDate late = LocalDate.of(2025, 10, 6); // the milestone ended on 30 September

        private ProgressReport form(String why, LocalDate expected) {
            ProgressReport report = ProgressReport.draft(late);
            report.setNarrative("Seguimos con la limpieza del padrón.");
            report.setPercent(70);
            report.setDelayExplanation(why);
            report.setExpectedDate(expected);
            return report;
        }

        @Test
        void onAnOverdueMilestoneBothAreRequired() {
            refused("signoffs.delay.required", () -> form(" ", late.plusDays(20)).submit(milestone, reporter, late));
            refused("signoffs.delay.dateRequired", () -> form("El proveedor entregó tarde.", null).submit(milestone, reporter, late));
            DomainException past = refused("signoffs.delay.dateBeforeToday",
                    () -> form("El proveedor entregó tarde.", late.minusDays(1)).submit(milestone, reporter, late));
            assertEquals("expectedDate", past.field());
            refused("signoffs.delay.tooLong", () -> form("x".repeat(ProgressReport.DELAY_EXPLANATION_MAX + 1), late)
                    .submit(milestone, reporter, late));
            assertTrue(milestone.getReports().isEmpty(), "a refused report is not filed");

            ProgressReport filed = form("  El proveedor entregó tarde.  ", late);
            filed.submit(milestone, reporter, late);
            assertEquals("El proveedor entregó tarde.", filed.getDelayExplanation());
            assertEquals(late, filed.getExpectedDate());
            assertEquals(List.of(filed), milestone.getReports());
        }

        @Test
        void onTimeAReportCarriesNeither() {
            ProgressReport onTime = form("Nada que explicar", TODAY.plusDays(3));
            onTime.setReportedOn(TODAY);
            onTime.submit(milestone, reporter, TODAY);
            assertNull(onTime.getDelayExplanation());
            assertNull(onTime.getExpectedDate());
            ProgressReport lastDay = form(null, null);
            lastDay.setReportedOn(milestone.getEndDate());
            lastDay.submit(milestone, reporter, milestone.getEndDate()); // due today is not yet overdue
            assertNull(lastDay.getDelayExplanation());
        }

        @Test
        void theFormCopyKeepsThem() {
            ProgressReport copy = form("Lluvias", late).copyOfForm();
            assertEquals("Lluvias", copy.getDelayExplanation());
            assertEquals(late, copy.getExpectedDate());
        }
    }

    @Nested
    class Reports {

        @Test
        void aReportOnANotStartedMilestoneStartsIt() {
            ProgressReport report = report(25);
            assertEquals(MilestoneStatus.IN_PROGRESS, milestone.getStatus());
            assertEquals(25, milestone.getReportedPercent());
            assertEquals(Progress.of(25), milestone.progress());
            assertSame(milestone, report.getMilestone());
            assertSame(reporter, report.getAuthor());
        }

        @Test
        void theNewestReportComesFirst() {
            ProgressReport first = report(10);
            ProgressReport second = report(35);
            assertEquals(List.of(second, first), milestone.getReports());
        }

        @Test
        void aVerifiedMilestoneTakesNoReport() {
            verify();
            List<ProgressReport> reportsBefore = List.copyOf(milestone.getReports()); // the final report behind it
            refused("report.milestoneVerified", () -> report(50));
            assertEquals(MilestoneStatus.VERIFIED, milestone.getStatus());
            assertEquals(Progress.of(100), milestone.progress());
            assertEquals(reportsBefore, milestone.getReports());
        }

        @Test
        void aReportCannotBeDatedInTheFuture() {
            ProgressReport report = ProgressReport.draft(TODAY.plusDays(1));
            report.setNarrative("Mañana");
            report.setPercent(10);
            DomainException e = refused("report.date.future", () -> report.submit(milestone, reporter, TODAY));
            assertEquals("reportedOn", e.field());
            assertEquals(MilestoneStatus.NOT_STARTED, milestone.getStatus());
            assertNull(report.getMilestone());
        }

        @Test
        void aReportDatedTodayIsTaken() {
            ProgressReport report = ProgressReport.draft(TODAY);
            report.setNarrative("Hoy");
            report.setPercent(10);
            report.submit(milestone, reporter, TODAY);
            assertEquals(TODAY, report.getReportedOn());
            assertEquals(10, milestone.getReportedPercent());
        }

        /** The percent's range is declared once, in submit, and shown next to the percent field. */
        @ParameterizedTest
        @CsvSource(value = {"-1", "101", "NULL"}, nullValues = "NULL")
        void aPercentOutsideZeroToHundredIsRefusedNextToTheField(Integer percent) {
            ProgressReport report = ProgressReport.draft(TODAY);
            report.setNarrative("Avance");
            report.setPercent(percent);
            DomainException e = refused("report.percent.range", () -> report.submit(milestone, reporter, TODAY));
            assertEquals("percent", e.field());
            assertEquals(MilestoneStatus.NOT_STARTED, milestone.getStatus());
            assertNull(report.getMilestone());
        }

        @ParameterizedTest
        @CsvSource({"0", "100"})
        void zeroAndHundredAreTaken(int percent) {
            report(percent);
            assertEquals(percent, milestone.getReportedPercent());
        }

        @Test
        void thePercentsRangeIsNotDeclaredAgainAsBeanValidation() throws NoSuchFieldException {
            var field = ProgressReport.class.getDeclaredField("percent");
            assertNull(field.getAnnotation(jakarta.validation.constraints.Min.class));
            assertNull(field.getAnnotation(jakarta.validation.constraints.Max.class));
        }

        @Test
        void aReportIsSubmittedOnce() {
            ProgressReport report = report(10);
            assertThrows(IllegalStateException.class, () -> report.submit(milestone, reporter, TODAY));
            assertEquals(1, milestone.getReports().size());
        }
    }

    @Nested
    class WhoMayReport {

        @Test
        void theSecretariatOfItsState() {
            Account stl = account(3000L, "stl.son", Role.SECRETARIAT, sonora, null);
            Account institute = account(3001L, "itai.son", Role.INFORMATION_INSTITUTE, sonora, null);
            assertTrue(milestone.mayReport(stl.asCaller()));
            assertTrue(milestone.mayReport(institute.asCaller()));
        }

        @Test
        void aCompleteMilestoneTakesNoMoreReportsUntilReopened() {
            complete();
            refused("report.milestoneComplete", () -> report(80));
            milestone.moveTo(MilestoneStatus.IN_PROGRESS);
            report(90);
            assertEquals(90, milestone.getReportedPercent());
        }

        @Test
        void aRefusedReportLeavesItsFormUntouched() {
            milestone.moveTo(MilestoneStatus.IN_PROGRESS);
            milestone.moveTo(MilestoneStatus.COMPLETE, REASON);
            ProgressReport form = ProgressReport.draft(TODAY);
            form.setNarrative("Texto que la persona escribió");
            form.setPercent(70);
            refused("report.milestoneComplete", () -> form.copyOfForm().submit(milestone, reporter, TODAY));
            assertNull(form.getMilestone());
            assertEquals("Texto que la persona escribió", form.getNarrative());
            assertTrue(milestone.getReports().isEmpty());
        }

        @Test
        void aResponsibleActorOfTheMilestoneOnceTheCommitmentIsPublished() {
            publishCommitment();
            assertFalse(milestone.mayReport(reporter.asCaller())); // its plan is still a draft: nothing is public yet
            commitment.getPlan().publish(TestClock.FIXED.instant());
            assertTrue(milestone.mayReport(reporter.asCaller()));
        }

        @Test
        void notAResponsibleActorWhileTheCommitmentIsADraft() {
            assertFalse(milestone.mayReport(reporter.asCaller()));
        }

        @Test
        void notAnActorThatIsNotResponsibleForIt() {
            assertFalse(milestone.mayReport(csoMember.asCaller()));
            assertFalse(milestone.mayReport(leadOfficial.asCaller()));
        }

        @Test
        void notTheSecretariatOfAnotherStateNorThePublic() {
            Account stlVeracruz = account(3002L, "stl.ver", Role.SECRETARIAT, veracruz, null);
            assertFalse(milestone.mayReport(stlVeracruz.asCaller()));
            assertFalse(milestone.mayReport(Caller.ANONYMOUS));
        }

        @Test
        void notAnEvaluator() {
            Account evaluator = account(3003L, "evaluadora", Role.EVALUATOR, sonora, null);
            assertFalse(milestone.mayReport(evaluator.asCaller()));
        }
    }

    @Nested
    class Dates {

        private Milestone milestoneFrom(LocalDate start, LocalDate end) {
            return new Milestone(commitment, "Otro hito", start, end);
        }

        @Test
        void mayUseTheCommitmentsWholeSpan() {
            Milestone whole = milestoneFrom(COMMITMENT_START, COMMITMENT_END);
            assertEquals(2, commitment.getMilestones().size());
            assertSame(whole, commitment.getMilestones().get(1));
        }

        @Test
        void mayStartAndEndOnTheSameDay() {
            milestoneFrom(LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 5));
            assertEquals(2, commitment.getMilestones().size());
        }

        @Test
        void startBeforeTheCommitmentIsRefused() {
            DomainException e = refused("milestone.dates.beforeCommitment",
                    () -> milestoneFrom(COMMITMENT_START.minusDays(1), LocalDate.of(2025, 9, 30)));
            assertEquals("startDate", e.field());
        }

        @Test
        void endAfterTheCommitmentIsRefused() {
            DomainException e = refused("milestone.dates.afterCommitment",
                    () -> milestoneFrom(COMMITMENT_START, COMMITMENT_END.plusDays(1)));
            assertEquals("endDate", e.field());
        }

        @Test
        void endBeforeStartIsRefused() {
            DomainException e = refused("milestone.dates.endBeforeStart",
                    () -> milestoneFrom(LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 4)));
            assertEquals("endDate", e.field());
        }

        @Test
        void anEditOutsideTheCommitmentIsRefusedByCheckDates() {
            milestone.setEndDate(COMMITMENT_END.plusMonths(1));
            refused("milestone.dates.afterCommitment", milestone::checkDates);
            milestone.setEndDate(COMMITMENT_END);
            milestone.setStartDate(COMMITMENT_START.minusMonths(1));
            refused("milestone.dates.beforeCommitment", milestone::checkDates);
        }

        @Test
        void aCommitmentWithoutDatesDoesNotLimitItsMilestones() {
            commitment.getTemplate().setStartDate(null);
            commitment.getTemplate().setEndDate(null);
            milestoneFrom(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31));
            assertEquals(2, commitment.getMilestones().size());
        }

        @Test
        void aFormMilestoneIsFiledUnderItsCommitmentOnce() {
            Milestone form = Milestone.blank();
            form.setTitle("Del formulario");
            form.setStartDate(LocalDate.of(2025, 4, 1));
            form.setEndDate(LocalDate.of(2025, 4, 30));
            form.attachTo(commitment);
            assertSame(commitment, form.getCommitment());
            assertThrows(IllegalStateException.class, () -> form.attachTo(commitment));
        }

        @Test
        void aMilestoneRefusedForItsDatesLeavesNothingAttached() {
            Milestone form = Milestone.blank();
            form.setTitle("Fuera de fechas");
            form.setStartDate(COMMITMENT_START.minusDays(10));
            form.setEndDate(LocalDate.of(2025, 4, 30));
            refused("milestone.dates.beforeCommitment", () -> form.attachTo(commitment));
            assertEquals(List.of(milestone), commitment.getMilestones());
            assertNull(form.getCommitment());

            // corrected by the user and sent again
            form.setStartDate(COMMITMENT_START);
            form.attachTo(commitment);
            assertEquals(2, commitment.getMilestones().size());
        }
    }

    /**
     * An import (issue 14): the file's status and progress come in through the milestone's rules. A
     * progress is an imported report, even on an overdue milestone (it speaks for the file, not for a
     * late reporter); complete needs its reason; verified comes in complete; contradictions are refused.
     */
    @Test
    void anImportedStatusAndProgressComeInThroughTheMilestonesRules() {
        LocalDate late = milestone.getEndDate().plusDays(30);
        ProgressReport imported = milestone.takeImported(MilestoneStatus.IN_PROGRESS, 40, null, "Avance importado: 40 %.", reporter, late)
                .orElseThrow();
        assertEquals(MilestoneStatus.IN_PROGRESS, milestone.getStatus());
        assertEquals(40, milestone.progress().rounded());
        assertSame(milestone, imported.getMilestone());
        assertEquals(late, imported.getReportedOn());
        assertNull(imported.getDelayExplanation());
        assertThrows(IllegalStateException.class, () -> milestone.takeImported(MilestoneStatus.COMPLETE, 100, REASON, null, reporter, late),
                "only a milestone just created takes an imported status");

        Milestone complete = new Milestone(commitment, "Instalar la mesa", COMMITMENT_START, LocalDate.of(2025, 9, 30));
        refused("milestone.complete.needsFinalReport", () -> complete.takeImported(MilestoneStatus.COMPLETE, null, null, null, reporter, TODAY));
        Milestone fresh = new Milestone(commitment, "Instalar la mesa de nuevo", COMMITMENT_START, LocalDate.of(2025, 9, 30));
        assertTrue(fresh.takeImported(MilestoneStatus.VERIFIED, 100, REASON, null, reporter, TODAY).isEmpty());
        assertEquals(MilestoneStatus.COMPLETE, fresh.getStatus());
        assertEquals(REASON, fresh.getCompletionReason());

        Milestone notStarted = new Milestone(commitment, "Evaluar", COMMITMENT_START, LocalDate.of(2025, 9, 30));
        refused("import.progress.status", () -> notStarted.takeImported(MilestoneStatus.NOT_STARTED, 10, null, null, reporter, TODAY));
        refused("import.progress.status", () -> notStarted.takeImported(MilestoneStatus.COMPLETE, 60, REASON, null, reporter, TODAY));
        assertTrue(notStarted.takeImported(MilestoneStatus.IN_PROGRESS, 0, null, null, reporter, TODAY).isEmpty());
        assertEquals(MilestoneStatus.IN_PROGRESS, notStarted.getStatus());
        assertTrue(notStarted.getReports().isEmpty());
    }

    /** The daily mail: fifteen days before its end date, then every day it is overdue; never once complete. */
    @Test
    void aMilestoneIsRemindedFifteenDaysBeforeItsEndAndEveryDayItIsOverdue() {
        LocalDate end = milestone.getEndDate();
        assertEquals(java.util.Optional.of(org.cocrea.mail.MailKind.MILESTONE_DUE), milestone.reminderOn(end.minusDays(15)));
        assertEquals(java.util.Optional.empty(), milestone.reminderOn(end.minusDays(16)));
        assertEquals(java.util.Optional.empty(), milestone.reminderOn(end.minusDays(14)));
        assertEquals(java.util.Optional.empty(), milestone.reminderOn(end), "due today is not yet overdue");
        assertEquals(java.util.Optional.of(org.cocrea.mail.MailKind.MILESTONE_OVERDUE), milestone.reminderOn(end.plusDays(1)));
        assertEquals(java.util.Optional.of(org.cocrea.mail.MailKind.MILESTONE_OVERDUE), milestone.reminderOn(end.plusDays(40)));
        milestone.moveTo(MilestoneStatus.IN_PROGRESS);
        milestone.moveTo(MilestoneStatus.COMPLETE, REASON);
        assertEquals(java.util.Optional.empty(), milestone.reminderOn(end.plusDays(1)), "a complete milestone is not chased");
        assertEquals(java.util.Optional.empty(), milestone.reminderOn(end.minusDays(15)));
    }
}
