package org.cocrea.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.cocrea.commitment.CommitmentTemplate;
import org.cocrea.commitment.OpenGovernmentValue;
import org.cocrea.commitment.TemplateField;
import org.cocrea.file.FileKind;
import org.cocrea.milestone.ActivityStatus;
import org.cocrea.milestone.MilestoneStatus;
import org.cocrea.milestone.ReportLabel;
import org.cocrea.milestone.SignOffParty;
import org.cocrea.plan.Phase;
import org.cocrea.plan.PlanStatus;
import org.junit.jupiter.api.Test;

/** The dictionary file says what the domain says: the template's fields and every enum's values. */
class DataDictionaryTest {

    private final DataDictionary dictionary = DataDictionary.get();

    @Test
    void theCommitmentsTableHasEveryFieldOfTheTemplateInItsOrder() {
        List<String> template = dictionary.table("commitments").columns().stream()
                .filter(DataDictionary.Column::template).map(DataDictionary.Column::name).toList();
        assertThat(template).containsExactlyElementsOf(CommitmentTemplate.FIELDS.stream().map(TemplateField::name).toList());
    }

    @Test
    void allowedValuesAreTheDomainsOwn() {
        assertValues("plans", "phase", Phase.values());
        assertThat(dictionary.table("plans").column("status").orElseThrow().values())
                .containsExactlyElementsOf(Arrays.stream(PlanStatus.values()).filter(s -> s != PlanStatus.DRAFT).map(Enum::name).toList());
        assertValues("commitments", "values", OpenGovernmentValue.values());
        assertValues("milestones", "status", MilestoneStatus.values());
        assertValues("activities", "status", ActivityStatus.values());
        assertValues("reports", "label", ReportLabel.values());
        assertValues("evidence", "kind", FileKind.values());
        assertValues("signOffs", "party", SignOffParty.values());
    }

    @Test
    void everyColumnIsExplainedInBothLanguagesAndEnumsListTheirValues() {
        assertThat(dictionary.tables()).extracting(DataDictionary.Table::name)
                .containsExactly("plans", "commitments", "budget", "milestones", "activities", "reports", "evidence", "signOffs", "results",
                        "programs", "programBudget", "programConditions", "programRisks", "recommendations");
        for (DataDictionary.Table table : dictionary.tables()) {
            assertThat(table.es()).isNotBlank();
            assertThat(table.en()).isNotBlank();
            assertThat(table.headers()).doesNotHaveDuplicates();
            for (DataDictionary.Column column : table.columns()) {
                assertThat(column.es()).as(column.name()).isNotBlank();
                assertThat(column.en()).as(column.name()).isNotBlank().isNotEqualTo(column.es());
                assertThat(column.name()).matches("[a-z][A-Za-z0-9]*");
                if (column.type() == ColumnType.ENUM) {
                    assertThat(column.values()).as(column.name()).isNotEmpty();
                }
            }
        }
    }

    /** The results table has a level and a justification column per evaluation item, with the item's own scale. */
    @Test
    void theResultsTableHasEveryItemOfTheScalesWithItsLevels() {
        assertValues("results", "moment", org.cocrea.evaluation.Moment.values());
        for (org.cocrea.evaluation.Item item : org.cocrea.evaluation.Item.values()) {
            String column = ResultRows.column(item);
            assertThat(dictionary.table("results").column(column).orElseThrow().values()).as(column).containsExactlyElementsOf(item.levels());
            assertThat(dictionary.table("results").column(column + "Justification")).as(column).isPresent();
        }
        assertThat(ResultRows.column(org.cocrea.evaluation.Item.RELEVANCE_TECHNOLOGY_AND_INNOVATION)).isEqualTo("relevanceTechnologyAndInnovation");
    }

    /** The social programs' tables (issue 15): the social domain's values, and a count column for every complaint status and route. */
    @Test
    void theProgramTablesHaveTheSocialDomainsValuesAndCountEveryComplaintStatusAndRoute() {
        assertValues("programRisks", "dimension", org.cocrea.social.RiskDimension.values());
        assertValues("programRisks", "band", org.cocrea.social.RiskBand.values());
        assertValues("recommendations", "answer", org.cocrea.social.AnswerKind.values());
        assertValues("recommendations", "followUpStatus", org.cocrea.social.FollowUpStatus.values());
        List<String> counts = dictionary.table("programs").columns().stream().map(DataDictionary.Column::name)
                .filter(name -> name.startsWith("complaints")).toList();
        List<String> expected = new java.util.ArrayList<>();
        Arrays.stream(org.cocrea.social.ComplaintStatus.values()).map(ProgramRows::countColumn).forEach(expected::add);
        Arrays.stream(org.cocrea.social.ComplaintRoute.values()).map(ProgramRows::countColumn).forEach(expected::add);
        assertThat(counts).containsExactlyElementsOf(expected);
        assertThat(ProgramRows.countColumn(org.cocrea.social.ComplaintRoute.INFORMATION_INSTITUTE)).isEqualTo("complaintsViaInformationInstitute");
        assertThat(dictionary.table("programs").columns()).extracting(DataDictionary.Column::name)
                .noneMatch(name -> name.contains("complainant") || name.contains("identity") || name.contains("folio"));
    }

    private void assertValues(String table, String column, Enum<?>[] values) {
        assertThat(dictionary.table(table).column(column).orElseThrow().values()).as(table + "." + column)
                .containsExactlyElementsOf(Arrays.stream(values).map(Enum::name).toList());
    }
}
