package org.cocrea.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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
        c.getTemplate().setProblem("Nadie sabe\nquién recibe los apoyos");
        c.getTemplate().setObjective("Publicar el padrón");
        c.setLeadInstitution(withId(new Actor(sonora, "Secretaría de Hacienda", ActorType.GOVERNMENT_AGENCY), 10L));
        c.setCoResponsibles(Set.of(withId(new Actor(sonora, "Zeta OSC", ActorType.CSO), 21L),
                withId(new Actor(sonora, "Alfa OSC", ActorType.CSO), 20L)));
        c.getTemplate().setStartDate(LocalDate.of(2025, 3, 1));
        c.getTemplate().setEndDate(LocalDate.of(2026, 6, 30));
        c.getTemplate().setValueTransparency(true);
        c.getTemplate().setValueInclusion(true);
        c.getTemplate().setBudgetProgramKey("E045");
        c.getTemplate().setFundingSource("FASSA");
        return c;
    }

    @Test
    void survivesTheRoundTripThroughJson() {
        CommitmentText text = CommitmentText.of(commitment());
        String json = text.toJson();
        CommitmentText back = CommitmentText.fromJson(json);
        assertEquals(text, back);
        assertEquals(text.plainFields(), back.plainFields());
        assertEquals("Padrón \"abierto\" <b>ya</b>", back.getTemplate().getTitle());
        assertEquals("Nadie sabe\nquién recibe los apoyos", back.getTemplate().getProblem());
        assertEquals(LocalDate.of(2025, 3, 1), back.getTemplate().getStartDate());
        assertEquals(Set.of(OpenGovernmentValue.TRANSPARENCY, OpenGovernmentValue.INCLUSION), back.getTemplate().getValues());
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
        assertEquals(Set.of(OpenGovernmentValue.TRANSPARENCY, OpenGovernmentValue.INCLUSION), text.getTemplate().getValues());
        assertEquals("Alfa OSC (CSO)", text.plainFields().get("coResponsibles"));
        assertEquals("", text.plainFields().get("endDate"));
    }

    @Test
    void leavesOutMoneyPerYearAndMilestones() {
        Commitment c = commitment();
        CommitmentText before = CommitmentText.of(c);
        c.putBudget(2025, new java.math.BigDecimal("100.00"), null, null);
        assertEquals(before, CommitmentText.of(c));
        c.getTemplate().setFundingSource("Recursos propios");
        assertNotEquals(before, CommitmentText.of(c));
    }

    @Test
    void listsEveryFieldOnce() {
        List<String> names = CommitmentTemplate.FIELDS.stream().map(TemplateField::name).toList();
        assertThat(names).doesNotHaveDuplicates();
        assertThat(CommitmentText.of(commitment()).plainFields().keySet()).containsExactlyElementsOf(names);
    }

    @Test
    void everyColumnOfTheTemplateIsInTheListOfFields() throws ReflectiveOperationException {
        // a field left out of CommitmentTemplate.FIELDS would be lost by copies, versions and comparisons
        CommitmentTemplate template = new CommitmentTemplate();
        List<Field> columns = Arrays.stream(CommitmentTemplate.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers())).toList();
        for (Field column : columns) {
            column.setAccessible(true);
            column.set(template, column.getType() == boolean.class ? Boolean.TRUE
                    : column.getType() == LocalDate.class ? LocalDate.of(2025, 1, 1).plusDays(column.getName().length())
                    : "«" + column.getName() + "»");
        }
        CommitmentTemplate copy = CommitmentText.fromJson(new CommitmentText(template).toJson()).getTemplate();
        for (Field column : columns) {
            assertEquals(column.get(template), column.get(copy), column.getName());
            assertEquals(column.get(template), column.get(template.copy()), column.getName());
        }
        assertThat(columns).isNotEmpty();
    }

    @Test
    void readsTheJsonEarlierVersionsWrote() {
        // JSON-B wrote versions before the template was one class: keys in alphabetical order, every key present
        CommitmentText text = CommitmentText.fromJson("{\"budgetProgramKey\":\"E045\",\"budgetProgramName\":null,"
                + "\"coResponsibles\":[{\"name\":\"Alfa OSC\",\"type\":\"CSO\"},{\"name\":\"Zeta OSC\",\"type\":\"CSO\"}],"
                + "\"dataSources\":null,\"description\":null,\"endDate\":\"2026-06-30\",\"fundingSource\":\"FASSA\","
                + "\"genderAlignment\":null,\"howItSolves\":null,\"leadInstitution\":\"Secretaría de Hacienda\","
                + "\"objective\":\"Publicar el padrón\",\"problem\":\"Nadie sabe\\nquién recibe los apoyos\",\"riskAnalysis\":null,"
                + "\"sdgAlignment\":null,\"startDate\":\"2025-03-01\",\"statusQuo\":null,\"title\":\"Padrón \\\"abierto\\\" <b>ya</b>\","
                + "\"values\":[\"TRANSPARENCY\",\"INCLUSION\"],\"valuesExplanation\":null}");
        assertEquals(CommitmentText.of(commitment()), text);
    }

    @Test
    void peopleReadLabelsAndDayMonthYear() {
        var fields = CommitmentText.of(commitment()).plainFields(key -> "«" + key + "»");
        assertEquals("«value.TRANSPARENCY», «value.INCLUSION»", fields.get("values"));
        assertEquals("01/03/2025", fields.get("startDate"));
        assertThat(fields.get("coResponsibles")).contains("Alfa OSC («actorType.CSO»)");
    }
}
