package org.cocrea.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorType;
import org.cocrea.shared.Caller;
import org.cocrea.shared.Dates;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Role;
import org.cocrea.state.State;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SocialProgramTest {

    private State zacatecas;
    private State durango;
    private Actor agency;
    private SocialProgram program;

    @BeforeEach
    void setUp() {
        zacatecas = withId(new State("ZAC", "Zacatecas", "STL Zacatecas"), 1L);
        durango = withId(new State("DGO", "Durango", "STL Durango"), 2L);
        agency = withId(new Actor(zacatecas, "Secretaría de Desarrollo Social", ActorType.GOVERNMENT_AGENCY), 10L);
        program = SocialProgram.blank();
        program.setName("  Apoyo alimentario  ");
        program.placeIn(zacatecas, agency);
    }

    @Test
    void aFormIsTakenStrippedAndItsLinksChecked() {
        assertEquals("Apoyo alimentario", program.getName());
        SocialProgram edited = SocialProgram.blank();
        edited.setName("Apoyo alimentario");
        edited.setOpenData(" https://datos.example.mx/a.csv \r\n\r\nhttps://datos.example.mx/b.csv");
        program.takeFrom(edited);
        assertThat(program.openDataSources()).containsExactly("https://datos.example.mx/a.csv", "https://datos.example.mx/b.csv");
        assertEquals("https://datos.example.mx/a.csv\nhttps://datos.example.mx/b.csv", program.getOpenData());

        edited.setRulesUrl("file:///etc/passwd");
        assertEquals("rulesUrl", assertThrows(DomainException.class, () -> program.takeFrom(edited)).field());
        edited.setRulesUrl(null);
        edited.setBeneficiariesPlanned(-1);
        assertEquals("beneficiariesPlanned", assertThrows(DomainException.class, () -> program.takeFrom(edited)).field());
        edited.setBeneficiariesPlanned(null);
        edited.setOpenData("https://datos.example.mx/x.csv\n".repeat(SocialProgram.MAX_SOURCES + 1));
        assertEquals("openData", assertThrows(DomainException.class, () -> program.takeFrom(edited)).field());
    }

    @Test
    void theAgencyIsAnActorOfTheProgramsOwnState() {
        Actor foreign = withId(new Actor(durango, "Secretaría de Bienestar de Durango", ActorType.GOVERNMENT_AGENCY), 11L);
        assertEquals("agency", assertThrows(DomainException.class, () -> program.runBy(foreign)).field());
        assertEquals("agency", assertThrows(DomainException.class, () -> program.runBy(null)).field());
    }

    @Test
    void aRefusedFormIsCorrectedAndSentAgain() {
        Actor foreign = withId(new Actor(durango, "Secretaría de Bienestar de Durango", ActorType.GOVERNMENT_AGENCY), 11L);
        SocialProgram form = SocialProgram.blank();
        form.setName("Útiles escolares");
        assertThrows(DomainException.class, () -> form.placeIn(zacatecas, foreign));
        form.placeIn(zacatecas, agency);
        assertEquals(agency, form.getAgency());
    }

    @Test
    void moneyPerYearTotalsAndTheReachedShare() {
        program.putYear(2025, new BigDecimal("1000.00"), new BigDecimal("1200.00"), new BigDecimal("600.00"));
        program.putYear(2024, new BigDecimal("900.00"), null, null);
        program.putYear(2025, new BigDecimal("1000.00"), new BigDecimal("1200.00"), new BigDecimal("900.00"));
        assertThat(program.getYears()).extracting(ProgramYear::getFiscalYear).containsExactly(2024, 2025);
        assertEquals(75, program.getYears().get(1).spentPercent());
        assertEquals(0, new BigDecimal("1900.00").compareTo(program.totals().approved()));
        assertEquals(0, new BigDecimal("1200.00").compareTo(program.totals().modified()));
        program.removeYear(2024);
        assertThat(program.getYears()).hasSize(1);
        assertEquals("budget.spentExceeds", assertThrows(DomainException.class,
                () -> program.putYear(2026, BigDecimal.ONE, null, BigDecimal.TEN)).messageKey());

        assertNull(program.reachedPercent());
        program.setBeneficiariesPlanned(400);
        program.setBeneficiariesReached(500);
        assertEquals(125, program.reachedPercent(), "more people than planned is a fact, not an error");
    }

    @Test
    void theStatesSecretariatSeesADraftAndTheOthersOnlyOncePublished() {
        Caller secretariat = new Caller(1L, "stl", Role.SECRETARIAT, 1L, 10L, null, Dates.DEFAULT_ZONE);
        Caller otherState = new Caller(2L, "stl2", Role.SECRETARIAT, 2L, null, null, Dates.DEFAULT_ZONE);
        assertTrue(program.isVisibleTo(secretariat));
        assertFalse(program.isVisibleTo(otherState));
        assertFalse(program.isVisibleTo(Caller.ANONYMOUS));
        program.publish();
        assertTrue(program.isVisibleTo(Caller.ANONYMOUS));
    }
}
