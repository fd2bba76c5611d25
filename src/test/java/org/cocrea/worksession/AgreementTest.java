package org.cocrea.worksession;

import static org.cocrea.support.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorType;
import org.cocrea.commitment.Commitment;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.DomainException;
import org.cocrea.state.State;
import org.cocrea.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AgreementTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);

    private WorkSession session;
    private ActionPlan plan;
    private ActionPlan otherPlan;
    private Actor agency;
    private Actor outsider;

    @BeforeEach
    void setUp() {
        State sonora = withId(new State("SON", "Sonora", "STL Sonora"), 1L);
        State veracruz = withId(new State("VER", "Veracruz", "STL Veracruz"), 2L);
        plan = withId(new ActionPlan(sonora, "Plan", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), TestClock.FIXED), 3L);
        otherPlan = withId(new ActionPlan(sonora, "Plan anterior", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31), TestClock.FIXED), 4L);
        agency = withId(new Actor(sonora, "Secretaría de Salud", ActorType.GOVERNMENT_AGENCY), 10L);
        outsider = withId(new Actor(veracruz, "Secretaría de Veracruz", ActorType.GOVERNMENT_AGENCY), 11L);
        session = new WorkSession(plan, WorkSessionKind.CO_CREATION, WorkSessionMode.IN_PERSON, "Mesa", LocalDate.of(2025, 5, 1), "Sala");
        withId(session, 50L);
    }

    private Agreement dueOn(LocalDate due) {
        return new Agreement(session, "Publicar el padrón de proveedores", agency, due, null);
    }

    @Test
    void anOpenAgreementPastItsDueDateIsOverdue() {
        assertTrue(dueOn(TODAY.minusDays(1)).isOverdue(TODAY));
        assertFalse(dueOn(TODAY).isOverdue(TODAY));
        assertFalse(dueOn(TODAY.plusDays(5)).isOverdue(TODAY));
    }

    @Test
    void aDoneAgreementIsNeverOverdueUntilReopened() {
        Agreement late = dueOn(TODAY.minusDays(30));
        late.markDone("  Publicado en el portal  ", "son.stl", TODAY);
        assertTrue(late.isDone());
        assertFalse(late.isOverdue(TODAY));
        assertEquals(TODAY, late.getDoneOn());
        assertEquals("son.stl", late.getDoneBy());
        assertEquals("Publicado en el portal", late.getDoneNote());

        assertEquals("agreement.alreadyDone", assertThrows(DomainException.class, () -> late.markDone(null, "x", TODAY)).messageKey());

        late.reopen();
        assertFalse(late.isDone());
        assertNull(late.getDoneBy());
        assertNull(late.getDoneNote());
        assertTrue(late.isOverdue(TODAY));
        assertEquals("agreement.notDone", assertThrows(DomainException.class, late::reopen).messageKey());
    }

    @Test
    void textOwnerAndDueDateAreRequired() {
        DomainException noText = assertThrows(DomainException.class, () -> new Agreement(session, " ", agency, TODAY, null));
        assertEquals("agreementText", noText.field());
        DomainException noOwner = assertThrows(DomainException.class, () -> new Agreement(session, "Algo", null, TODAY, null));
        assertEquals("agreementOwner", noOwner.field());
        assertEquals("agreement.owner.required", noOwner.messageKey());
        DomainException noDue = assertThrows(DomainException.class, () -> new Agreement(session, "Algo", agency, null, null));
        assertEquals("agreementDue", noDue.field());
        assertEquals("agreement.due.required", noDue.messageKey());
    }

    @Test
    void theOwnerIsOfTheSessionsStateAndTheCommitmentOfItsPlan() {
        assertEquals("session.actor.otherState",
                assertThrows(DomainException.class, () -> new Agreement(session, "Algo", outsider, TODAY, null)).messageKey());
        Commitment older = withId(new Commitment(otherPlan, "Obra"), 60L);
        DomainException refusal = assertThrows(DomainException.class, () -> new Agreement(session, "Algo", agency, TODAY, older));
        assertEquals("agreementCommitment", refusal.field());
        Commitment ours = withId(new Commitment(plan, "Medicamentos"), 61L);
        Agreement agreement = new Agreement(session, "Algo", agency, TODAY, ours);
        assertEquals(61L, agreement.auditCommitmentId());
        assertEquals(1L, agreement.getStateId());
    }

    @Test
    void followUpPutsOverdueFirstThenOpenThenDone() {
        Agreement done = withId(dueOn(TODAY.minusDays(40)), 1L);
        done.markDone(null, "son.stl", TODAY);
        Agreement openLater = withId(dueOn(TODAY.plusDays(20)), 2L);
        Agreement openSoon = withId(dueOn(TODAY.plusDays(2)), 3L);
        Agreement overdueRecent = withId(dueOn(TODAY.minusDays(1)), 4L);
        Agreement overdueOld = withId(dueOn(TODAY.minusDays(10)), 5L);
        assertEquals(List.of(overdueOld, overdueRecent, openSoon, openLater, done),
                WorkSessionService.followUpOrder(List.of(done, openLater, openSoon, overdueRecent, overdueOld), TODAY));
    }
}
