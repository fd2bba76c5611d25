package org.cocrea.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.Set;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorType;
import org.cocrea.plan.ActionPlan;
import org.cocrea.state.State;
import org.cocrea.support.TestClock;
import org.junit.jupiter.api.Test;

class CommitmentTextTest {

    private Commitment commitment() {
        State sonora = withId(new State("SON", "Sonora", "STL Sonora"), 1L);
        ActionPlan plan = withId(new ActionPlan(sonora, "Plan", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), TestClock.FIXED), 100L);
        Commitment c = withId(new Commitment(plan, "Padrón \"abierto\" <b>ya</b>"), 200L);
        c.setProblem("Nadie sabe\nquién recibe los apoyos");
        c.setObjective("Publicar el padrón");
        c.setLeadInstitution(withId(new Actor(sonora, "Secretaría de Hacienda", ActorType.GOVERNMENT_AGENCY), 10L));
        c.setCoResponsibles(Set.of(withId(new Actor(sonora, "Zeta OSC", ActorType.CSO), 21L),
                withId(new Actor(sonora, "Alfa OSC", ActorType.CSO), 20L)));
        c.setStartDate(LocalDate.of(2025, 3, 1));
        c.setEndDate(LocalDate.of(2026, 6, 30));
        c.setValueTransparency(true);
        c.setValueInclusion(true);
        c.setBudgetProgramKey("E045");
        c.setFundingSource("FASSA");
        return c;
    }

    @Test
    void survivesTheRoundTripThroughJson() {
        CommitmentText text = CommitmentText.of(commitment());
        String json = text.toJson();
        CommitmentText back = CommitmentText.fromJson(json);
        assertEquals(text, back);
        assertEquals(text.plainFields(), back.plainFields());
        assertEquals("Padrón \"abierto\" <b>ya</b>", back.getTitle());
        assertEquals("Nadie sabe\nquién recibe los apoyos", back.getProblem());
        assertEquals(LocalDate.of(2025, 3, 1), back.getStartDate());
        assertEquals(Set.of(OpenGovernmentValue.TRANSPARENCY, OpenGovernmentValue.INCLUSION), back.getValues());
        assertEquals("Secretaría de Hacienda", back.getLeadInstitution());
        assertThat(back.getCoResponsibles()).extracting(CommitmentText.Party::getName).containsExactly("Alfa OSC", "Zeta OSC");
        assertEquals(ActorType.CSO, back.getCoResponsibles().get(0).getType());
        assertThat(json).contains("\"startDate\":\"2025-03-01\"", "\"values\":[");
    }

    @Test
    void readsTheJsonTheMigrationWrites() {
        // V7 builds version 1 of existing commitments with JSON_OBJECT: unticked values are nulls
        CommitmentText text = CommitmentText.fromJson("{\"title\":\"T\",\"values\":[\"TRANSPARENCY\",null,null,null,\"INCLUSION\"],"
                + "\"coResponsibles\":[{\"name\":\"Alfa OSC\",\"type\":\"CSO\"}],\"startDate\":\"2025-03-01\",\"endDate\":null,"
                + "\"leadInstitution\":null}");
        assertEquals(Set.of(OpenGovernmentValue.TRANSPARENCY, OpenGovernmentValue.INCLUSION), text.getValues());
        assertEquals("Alfa OSC (CSO)", text.plainFields().get("coResponsibles"));
        assertEquals("", text.plainFields().get("endDate"));
    }

    @Test
    void leavesOutMoneyPerYearAndMilestones() {
        Commitment c = commitment();
        CommitmentText before = CommitmentText.of(c);
        c.putBudget(2025, new java.math.BigDecimal("100.00"), null, null);
        assertEquals(before, CommitmentText.of(c));
        c.setFundingSource("Recursos propios");
        assertNotEquals(before, CommitmentText.of(c));
    }

    @Test
    void listsEveryFieldOnce() {
        assertThat(CommitmentText.of(commitment()).plainFields().keySet()).containsExactlyElementsOf(CommitmentText.FIELDS);
    }

    @Test
    void peopleReadLabelsAndDayMonthYear() {
        var fields = CommitmentText.of(commitment()).plainFields(key -> "«" + key + "»");
        assertEquals("«value.TRANSPARENCY», «value.INCLUSION»", fields.get("values"));
        assertEquals("01/03/2025", fields.get("startDate"));
        assertThat(fields.get("coResponsibles")).contains("Alfa OSC («actorType.CSO»)");
    }
}
