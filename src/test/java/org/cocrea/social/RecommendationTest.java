package org.cocrea.social;

import static org.cocrea.support.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorType;
import org.cocrea.shared.DomainException;
import org.cocrea.state.State;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecommendationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private State state;
    private Actor agency;
    private SocialProgram program;
    private ProgramRisk risk;
    private Recommendation recommendation;

    @BeforeEach
    void setUp() {
        state = withId(new State("VER", "Veracruz", "STL Veracruz"), 1L);
        agency = withId(new Actor(state, "Secretaría de Bienestar de Veracruz", ActorType.GOVERNMENT_AGENCY), 10L);
        program = SocialProgram.blank();
        program.setName("Comedores comunitarios");
        program.placeIn(state, agency);
        risk = ProgramRisk.blank();
        risk.setDimension(RiskDimension.OPERATION);
        risk.setDescription("Raciones entregadas sin registro");
        risk.identify(program, 3, 3, TODAY);
        recommendation = Recommendation.blank();
        recommendation.setWhat("Registrar cada ración entregada.");
        recommendation.setAnswerDueOn(TODAY);
        recommendation.placeIn(program, agency, List.of(risk));
    }

    @Test
    void anAnswerIsOverdueTheDayAfterItsDueDayUntilItComes() {
        assertFalse(recommendation.isAnswerOverdue(TODAY), "the due day itself is still in time");
        assertTrue(recommendation.isAnswerOverdue(TODAY.plusDays(1)));
        recommendation.answer(AnswerKind.ACCEPTED, "De acuerdo", TODAY.plusDays(1), TODAY.plusDays(1));
        assertFalse(recommendation.isAnswerOverdue(TODAY.plusDays(30)));
    }

    @Test
    void onlyAnAcceptedRecommendationIsFollowedUpAndNeverBeforeItsAnswer() {
        assertEquals("followUpStatus", assertThrows(DomainException.class,
                () -> recommendation.followUp(FollowUpStatus.IN_PROGRESS, null, TODAY, TODAY)).field());
        recommendation.answer(AnswerKind.REJECTED, "No", TODAY.minusDays(5), TODAY);
        assertEquals("followUpStatus", assertThrows(DomainException.class,
                () -> recommendation.followUp(FollowUpStatus.IN_PROGRESS, null, TODAY, TODAY)).field());
        recommendation.answer(AnswerKind.PARTLY_ACCEPTED, "En parte", TODAY.minusDays(5), TODAY);
        assertEquals("followUpOn", assertThrows(DomainException.class,
                () -> recommendation.followUp(FollowUpStatus.IN_PROGRESS, null, TODAY.minusDays(6), TODAY)).field());
        assertEquals("followUpOn", assertThrows(DomainException.class,
                () -> recommendation.followUp(FollowUpStatus.IN_PROGRESS, null, TODAY.plusDays(1), TODAY)).field());
        recommendation.followUp(FollowUpStatus.IMPLEMENTED, "Bitácora de raciones publicada", TODAY, TODAY);
        assertEquals(FollowUpStatus.IMPLEMENTED, recommendation.getFollowUpStatus());
    }

    @Test
    void itNamesAnAuthorityAndRisksOfItsOwnStateAndProgram() {
        State other = withId(new State("DGO", "Durango", "STL Durango"), 2L);
        Actor foreign = withId(new Actor(other, "Secretaría de Bienestar de Durango", ActorType.GOVERNMENT_AGENCY), 11L);
        assertEquals("authority", assertThrows(DomainException.class, () -> recommendation.addressTo(foreign)).field());
        SocialProgram otherProgram = SocialProgram.blank();
        otherProgram.setName("Otro");
        otherProgram.placeIn(state, agency);
        ProgramRisk otherRisk = ProgramRisk.blank();
        otherRisk.setDimension(RiskDimension.BUDGET);
        otherRisk.setDescription("Otro riesgo");
        otherRisk.identify(otherProgram, 1, 1, TODAY);
        assertEquals("risks", assertThrows(DomainException.class, () -> recommendation.mitigates(List.of(otherRisk))).field());
        assertEquals(1, recommendation.getRisks().size());
        Recommendation blank = Recommendation.blank();
        assertEquals("what", assertThrows(DomainException.class, () -> blank.placeIn(program, agency, List.of())).field());
    }

    @Test
    void anAnswerNeedsItsKindAndAPastDay() {
        assertEquals("answer", assertThrows(DomainException.class,
                () -> recommendation.answer(null, "x", TODAY, TODAY)).field());
        assertEquals("answeredOn", assertThrows(DomainException.class,
                () -> recommendation.answer(AnswerKind.ACCEPTED, "x", TODAY.plusDays(1), TODAY)).field());
        assertFalse(recommendation.isAnswered());
    }
}
