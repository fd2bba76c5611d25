package org.cocrea.evaluation;

import static org.cocrea.support.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cocrea.account.Account;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorType;
import org.cocrea.commitment.Commitment;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Role;
import org.cocrea.state.State;
import org.cocrea.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssessmentTest {

    private State sonora;
    private ActionPlan plan;
    private Commitment commitment;
    private Account ana;
    private Account beto;

    @BeforeEach
    void setUp() {
        sonora = withId(new State("SON", "Sonora", "STL Sonora"), 1L);
        Actor academia = withId(new Actor(sonora, "Universidad de Sonora", ActorType.ACADEMIA), 10L);
        plan = withId(new ActionPlan(sonora, "Plan 2025–2026", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31),
                TestClock.FIXED), 100L);
        commitment = withId(new Commitment(plan, "Padrón abierto"), 200L);
        ana = withId(new Account("ana", "Ana", "ana@example.org", Role.EVALUATOR, sonora, academia, false), 1000L);
        beto = withId(new Account("beto", "Beto", "beto@example.org", Role.EVALUATOR, sonora, academia, false), 1001L);
    }

    private static List<ScoredItem> completeResults(String completion, String opened) {
        return List.of(new ScoredItem(Item.COMPLETION, completion, "Los informes muestran el avance.", "https://example.org/a", null),
                new ScoredItem(Item.OPENED_GOVERNMENT, opened, "El padrón se consulta.", null, null));
    }

    @Test
    void aDraftIsTheAuthorsOnlyAndBlindUntilSubmitted() {
        Assessment own = new Assessment(commitment, Moment.RESULTS, ana);
        own.fill(List.of(new ScoredItem(Item.COMPLETION, "LIMITED", null, null, null)), ana.asCaller());
        assertFalse(Assessment.revealsOthersTo(own));
        assertFalse(Assessment.revealsOthersTo(null));
        assertThrows(AccessDeniedException.class, () -> own.fill(completeResults("COMPLETE", "MAJOR"), beto.asCaller()));
        own.fill(completeResults("COMPLETE", "MAJOR"), ana.asCaller());
        own.submit(ana.asCaller(), TestClock.FIXED.instant());
        assertTrue(Assessment.revealsOthersTo(own));
    }

    @Test
    void submittedIsImmutableForEverybody() {
        Assessment own = new Assessment(commitment, Moment.RESULTS, ana);
        own.fill(completeResults("COMPLETE", "MAJOR"), ana.asCaller());
        own.submit(ana.asCaller(), TestClock.FIXED.instant());
        DomainException byAuthor = assertThrows(DomainException.class,
                () -> own.fill(completeResults("LIMITED", "MARGINAL"), ana.asCaller()));
        assertEquals("evaluation.assessment.submitted", byAuthor.messageKey());
        assertThrows(AccessDeniedException.class, () -> own.fill(completeResults("LIMITED", "MARGINAL"), beto.asCaller()));
        assertThrows(DomainException.class, () -> own.submit(ana.asCaller(), TestClock.FIXED.instant()));
        assertEquals("COMPLETE", own.levelOf(Item.COMPLETION));
    }

    @Test
    void submissionNeedsALevelAndAJustificationOnEveryItem() {
        Assessment own = new Assessment(commitment, Moment.RESULTS, ana);
        own.fill(List.of(new ScoredItem(Item.COMPLETION, "COMPLETE", "Completo.", null, null),
                new ScoredItem(Item.OPENED_GOVERNMENT, "MAJOR", " ", null, null)), ana.asCaller());
        DomainException missing = assertThrows(DomainException.class, () -> own.submit(ana.asCaller(), TestClock.FIXED.instant()));
        assertEquals("evaluation.justification.required", missing.messageKey());
        assertEquals("OPENED_GOVERNMENT", missing.field());
        assertFalse(own.isSubmitted());
    }

    @Test
    void aLevelOffTheScaleOrAnItemOfTheOtherMomentIsRefused() {
        Assessment own = new Assessment(commitment, Moment.RESULTS, ana);
        DomainException unknown = assertThrows(DomainException.class,
                () -> own.fill(List.of(new ScoredItem(Item.COMPLETION, "MAJOR", "x", null, null)), ana.asCaller()));
        assertEquals("COMPLETION", unknown.field());
        assertThrows(DomainException.class,
                () -> own.fill(List.of(new ScoredItem(Item.POTENTIAL, "MODEST", "x", null, null)), ana.asCaller()));
    }

    @Test
    void reconciliationNeedsANoteWhereEvaluatorsDiffered() {
        Assessment a = submitted(ana, "COMPLETE", "MAJOR");
        Assessment b = submitted(beto, "COMPLETE", "MARGINAL");
        ResultVersion result = new ResultVersion(commitment, Moment.RESULTS, 1, false);
        DomainException noNote = assertThrows(DomainException.class,
                () -> result.record(completeResults("COMPLETE", "MAJOR"), List.of(a, b), null, ana));
        assertEquals("OPENED_GOVERNMENT", noNote.field());
        assertEquals("evaluation.result.noteRequired", noNote.messageKey());
        result.record(List.of(new ScoredItem(Item.COMPLETION, "COMPLETE", "Completo.", null, null),
                new ScoredItem(Item.OPENED_GOVERNMENT, "MAJOR", "Mayor.", null, "Se revisó el padrón publicado.")), List.of(a, b), null, ana);
        assertTrue(result.verdict().strongEarlyResults());
    }

    @Test
    void aPublishedResultNeverChangesAndAVersionAfterItNeedsACorrectionNote() {
        Assessment a = submitted(ana, "COMPLETE", "MAJOR");
        ResultVersion first = new ResultVersion(commitment, Moment.RESULTS, 1, false);
        first.record(completeResults("COMPLETE", "MAJOR"), List.of(a), null, ana);
        first.publishIn(new ResultsPublication(100L, 1L, 1, ana, TestClock.FIXED.instant()));
        assertThrows(DomainException.class, () -> first.record(completeResults("LIMITED", "MAJOR"), List.of(a), null, ana));
        assertEquals("COMPLETE", first.levels().get(Item.COMPLETION));

        ResultVersion second = new ResultVersion(commitment, Moment.RESULTS, 2, true);
        DomainException noReason = assertThrows(DomainException.class,
                () -> second.record(completeResults("SUBSTANTIAL", "MAJOR"), List.of(a), " ", ana));
        assertEquals("correction", noReason.field());
        second.record(completeResults("SUBSTANTIAL", "MAJOR"), List.of(a), "Un hito no estaba terminado.", ana);
        assertTrue(second.correctsEarlier());
        assertFalse(second.isPublished());
    }

    @Test
    void onlyAnEvaluatorOfThePlansStateCanBeAssigned() {
        State veracruz = withId(new State("VER", "Veracruz", "STL Veracruz"), 2L);
        Account elsewhere = withId(new Account("eva", "Eva", "eva@example.org", Role.EVALUATOR, veracruz, null, false), 1002L);
        Account secretariat = withId(new Account("stl", "Stl", "stl@example.org", Role.SECRETARIAT, sonora, null, false), 1003L);
        LocalDate from = LocalDate.of(2026, 1, 1);
        assertThrows(DomainException.class, () -> new EvaluatorAssignment(plan, elsewhere, from, from.plusMonths(3), false));
        assertThrows(DomainException.class, () -> new EvaluatorAssignment(plan, secretariat, from, from.plusMonths(3), false));
        DomainException order = assertThrows(DomainException.class,
                () -> new EvaluatorAssignment(plan, ana, from, from.minusDays(1), false));
        assertEquals("endsOn", order.field());
        EvaluatorAssignment assignment = new EvaluatorAssignment(plan, ana, from, from.plusMonths(3), true);
        assertTrue(assignment.isActiveOn(from));
        assertTrue(assignment.isActiveOn(from.plusMonths(3)));
        assertFalse(assignment.isActiveOn(from.plusMonths(3).plusDays(1)));
    }

    private Assessment submitted(Account by, String completion, String opened) {
        Assessment assessment = new Assessment(commitment, Moment.RESULTS, by);
        assessment.fill(completeResults(completion, opened), by.asCaller());
        assessment.submit(by.asCaller(), TestClock.FIXED.instant());
        return assessment;
    }
}
