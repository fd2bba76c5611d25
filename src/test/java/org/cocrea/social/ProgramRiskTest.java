package org.cocrea.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorType;
import org.cocrea.shared.DomainException;
import org.cocrea.state.State;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProgramRiskTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private SocialProgram program;
    private ProgramRisk risk;

    @BeforeEach
    void setUp() {
        State state = withId(new State("SON", "Sonora", "STL Sonora"), 1L);
        Actor agency = withId(new Actor(state, "Secretaría de Desarrollo Social", ActorType.GOVERNMENT_AGENCY), 10L);
        program = SocialProgram.blank();
        program.setName("Becas Sonora");
        program.placeIn(state, agency);
        risk = ProgramRisk.blank();
        risk.setDimension(RiskDimension.BENEFICIARY_REGISTRY);
        risk.setDescription("El padrón no se publica y puede incluir personas que no cumplen los requisitos.");
        risk.setIdentifiedOn(LocalDate.of(2026, 3, 1));
        risk.identify(program, 4, 4, TODAY);
    }

    @Test
    void theCurrentLevelIsTheLatestReviewAndTheTrendComparesItWithTheOneBefore() {
        assertEquals(16, risk.current().score());
        assertEquals(RiskTrend.NONE, risk.trend());
        risk.review(LocalDate.of(2026, 6, 1), 5, 4, "Se amplió el padrón sin cruce con otros programas.", "stl", TODAY);
        assertEquals(RiskTrend.UP, risk.trend());
        assertEquals(RiskBand.CRITICAL, risk.current().band());
        risk.review(LocalDate.of(2026, 6, 1), 2, 3, "La Secretaría publicó el padrón en datos abiertos.", "stl", TODAY);
        assertEquals(RiskTrend.DOWN, risk.trend());
        assertEquals(6, risk.current().score());
        assertThat(risk.scoreHistory()).containsExactly(16, 20, 6);
        assertEquals(16, risk.getLevel().score(), "the level found at identification stays as it was");
    }

    @Test
    void aReviewIsDatedBetweenTheLastOneAndTodayAndSaysWhatChanged() {
        assertEquals("reviewedOn", assertThrows(DomainException.class,
                () -> risk.review(TODAY.plusDays(1), 3, 3, "x", "stl", TODAY)).field());
        assertEquals("reviewedOn", assertThrows(DomainException.class,
                () -> risk.review(LocalDate.of(2026, 2, 28), 3, 3, "x", "stl", TODAY)).field());
        assertEquals("reviewedOn", assertThrows(DomainException.class,
                () -> risk.review(null, 3, 3, "x", "stl", TODAY)).field());
        assertEquals("whatChanged", assertThrows(DomainException.class,
                () -> risk.review(TODAY, 3, 3, "   ", "stl", TODAY)).field());
        assertEquals("likelihood", assertThrows(DomainException.class,
                () -> risk.review(TODAY, 0, 3, "x", "stl", TODAY)).field());
        assertEquals("impact", assertThrows(DomainException.class,
                () -> risk.review(TODAY, 3, 6, "x", "stl", TODAY)).field());
        assertThat(risk.getReviews()).isEmpty();
    }

    @Test
    void aRiskNeedsItsDimensionDescriptionAndAPastDay() {
        ProgramRisk noDimension = ProgramRisk.blank();
        noDimension.setDescription("Algo");
        assertEquals("dimension", assertThrows(DomainException.class, () -> noDimension.identify(program, 3, 3, TODAY)).field());
        ProgramRisk future = ProgramRisk.blank();
        future.setDimension(RiskDimension.BUDGET);
        future.setDescription("Algo");
        future.setIdentifiedOn(TODAY.plusDays(1));
        assertEquals("identifiedOn", assertThrows(DomainException.class, () -> future.identify(program, 3, 3, TODAY)).field());
        ProgramRisk undated = ProgramRisk.blank();
        undated.setDimension(RiskDimension.BUDGET);
        undated.setDescription("Algo");
        undated.identify(program, 3, 3, TODAY);
        assertEquals(TODAY, undated.getIdentifiedOn());
    }

    @Test
    void thePublicReadsTheDescriptionOnlyWhenTheSecretariatSaysSo() {
        withId(risk, 7L);
        withId(program, 3L);
        risk.setControls("Revisión interna trimestral");
        RiskSummary hidden = RiskSummary.of(risk);
        assertNull(hidden.description());
        assertEquals(RiskDimension.BENEFICIARY_REGISTRY, hidden.dimension());
        risk.setDescriptionPublic(true);
        assertEquals(risk.getDescription(), RiskSummary.of(risk).description());
    }

    @Test
    void theHeatMapCountsCurrentLevelsFromTheMostLikelyRowDown() {
        HeatMap map = HeatMap.of(List.of(RiskLevel.of(5, 1), RiskLevel.of(5, 1), RiskLevel.of(1, 5), RiskLevel.of(3, 3)));
        assertEquals(4, map.total());
        assertEquals(2, map.count(5, 1));
        assertEquals(5, map.rows().get(0).likelihood());
        assertEquals(2, map.rows().get(0).cells().get(0).count());
        assertEquals(1, map.rows().get(4).cells().get(4).count());
        assertEquals(RiskBand.CRITICAL, map.rows().get(0).cells().get(4).band());
        assertEquals(RiskBand.LOW, map.rows().get(4).cells().get(0).band());
    }

    @Test
    void bandsFollowTheScore() {
        assertEquals(RiskBand.LOW, RiskBand.of(4));
        assertEquals(RiskBand.MEDIUM, RiskBand.of(5));
        assertEquals(RiskBand.MEDIUM, RiskBand.of(9));
        assertEquals(RiskBand.HIGH, RiskBand.of(10));
        assertEquals(RiskBand.HIGH, RiskBand.of(16));
        assertEquals(RiskBand.CRITICAL, RiskBand.of(20));
    }
}
