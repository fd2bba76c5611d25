package org.cocrea.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.commitment.CommitmentText;
import org.cocrea.commitment.OpenGovernmentValue;
import org.cocrea.milestone.ActivityStatus;
import org.cocrea.milestone.MilestoneStatus;
import org.junit.jupiter.api.Test;

/** The JSON of a plan, read and checked cell by cell and as a whole; every problem where it stands. */
class PlanFileParserTest {

    private static final String COMMITMENT = """
            {"commitmentId": 7, "planId": 3, "stateCode": "SON", "publishedVersion": 2, "title": "Gasto en medicamentos",
             "problem": "No se sabe cuánto se gasta.", "objective": "Publicarlo.", "description": "Un tablero.",
             "values": ["TRANSPARENCY", "INCLUSION"], "leadInstitution": "Secretaría de Salud",
             "coResponsibles": ["Observatorio Ciudadano, A.C.", "Universidad Estatal"],
             "startDate": "2026-01-15", "endDate": "2027-06-30", "budgetProgramKey": "E045"}""";

    private static final String MILESTONE = """
            {"milestoneId": 70, "commitmentId": 7, "title": "Primer corte", "deliverable": "CSV",
             "startDate": "2026-02-01", "endDate": "2026-06-30", "weight": 2.5, "status": "IN_PROGRESS", "progress": 40,
             "responsibles": ["Observatorio Ciudadano, A.C."], "completionReason": null}""";

    private static final String BUDGET = """
            {"budgetLineId": 5, "commitmentId": 7, "fiscalYear": 2026, "approved": 1000.50, "modified": null, "spent": 900}""";

    static PlanFile parse(String json) {
        return PlanFileParser.parse(JsonSource.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }

    private static String plan(String commitments, String budget, String milestones) {
        return "{\"licence\": \"CC BY 4.0\", \"plans\": [], \"commitments\": [" + commitments + "], \"budget\": [" + budget
                + "], \"milestones\": [" + milestones + "], \"reports\": []}";
    }

    private static List<String> problems(PlanFile file) {
        return file.problems().stream().map(p -> p.where().table() + "[" + p.where().row() + "]." + p.where().column()
                + " " + p.key() + " " + p.arguments()).toList();
    }

    @Test
    void aDownloadedPlanReadsBackWithItsTextMoneyAndMilestones() {
        PlanFile file = parse(plan(COMMITMENT, BUDGET, MILESTONE));
        assertThat(file.problems()).isEmpty();
        assertThat(file.commitments()).hasSize(1);
        PlanFile.CommitmentRow commitment = file.commitments().get(0);
        assertThat(commitment.fileId()).isEqualTo("7");
        CommitmentText text = commitment.text();
        assertThat(text.getTemplate().getTitle()).isEqualTo("Gasto en medicamentos");
        assertThat(text.getTemplate().getValues()).containsExactlyInAnyOrder(OpenGovernmentValue.TRANSPARENCY, OpenGovernmentValue.INCLUSION);
        assertThat(text.getTemplate().getStartDate()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(text.getTemplate().getBudgetProgramKey()).isEqualTo("E045");
        assertThat(text.getLeadInstitution()).isEqualTo("Secretaría de Salud");
        assertThat(text.getCoResponsibles()).extracting(CommitmentText.Party::getName)
                .containsExactly("Observatorio Ciudadano, A.C.", "Universidad Estatal");
        assertThat(commitment.budget()).containsExactly(new PlanFile.BudgetRow(commitment.budget().get(0).where(), 2026,
                new BigDecimal("1000.50"), null, new BigDecimal("900")));
        PlanFile.MilestoneRow milestone = commitment.milestones().get(0);
        assertThat(milestone.title()).isEqualTo("Primer corte");
        assertThat(milestone.weight()).isEqualByComparingTo("2.5");
        assertThat(milestone.status()).isEqualTo(MilestoneStatus.IN_PROGRESS);
        assertThat(milestone.progress()).isEqualTo(40);
        assertThat(milestone.endDate()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(file.actorNames()).containsExactly("Secretaría de Salud", "Observatorio Ciudadano, A.C.", "Universidad Estatal");
    }

    private static final String ACTIVITY = """
            {"activityId": 900, "milestoneId": 70, "title": "Depurar la base", "startDate": "2026-02-01",
             "endDate": "2026-03-15", "responsible": "Universidad Estatal", "status": "DONE"}""";

    private static String plan(String commitments, String budget, String milestones, String activities) {
        return plan(commitments, budget, milestones).replace("\"reports\": []", "\"activities\": [" + activities + "], \"reports\": []");
    }

    @Test
    void activitiesReadBackUnderTheirMilestoneByItsIdInTheFileAndTheirActorsAreMatched() {
        String pending = ACTIVITY.replace("900", "901").replace("Depurar la base", "Publicar el corte")
                .replace("\"status\": \"DONE\"", "\"status\": null").replace("Universidad Estatal", "Colectivo Nuevo");
        String complete = MILESTONE.replace("\"milestoneId\": 70", "\"milestoneId\": 71").replace("Primer corte", "Segundo corte")
                .replace("IN_PROGRESS", "COMPLETE").replace("\"progress\": 40", "\"progress\": 100")
                .replace("\"completionReason\": null", "\"completionReason\": \"Entregado con la minuta.\"");
        PlanFile file = parse(plan(COMMITMENT, BUDGET, MILESTONE + "," + complete, ACTIVITY + "," + pending));
        assertThat(file.problems()).isEmpty();
        PlanFile.MilestoneRow first = file.commitments().get(0).milestones().get(0);
        assertThat(first.fileId()).isEqualTo("70");
        assertThat(first.activities()).extracting(PlanFile.ActivityRow::title, PlanFile.ActivityRow::responsible, PlanFile.ActivityRow::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Depurar la base", "Universidad Estatal", ActivityStatus.DONE),
                        org.assertj.core.groups.Tuple.tuple("Publicar el corte", "Colectivo Nuevo", ActivityStatus.PENDING));
        assertThat(first.activities().get(0).endDate()).isEqualTo(LocalDate.of(2026, 3, 15));
        PlanFile.MilestoneRow second = file.commitments().get(0).milestones().get(1);
        assertThat(second.activities()).isEmpty();
        assertThat(second.status()).isEqualTo(MilestoneStatus.COMPLETE);
        assertThat(second.completionReason()).isEqualTo("Entregado con la minuta.");
        assertThat(file.activityCount()).isEqualTo(2);
        assertThat(file.actorNames()).containsExactly("Secretaría de Salud", "Observatorio Ciudadano, A.C.", "Universidad Estatal",
                "Colectivo Nuevo");
        // no status but a progress: in progress; a verified one comes in complete (its sign-offs are given in Cocrea)
        PlanFile unsaid = parse(plan(COMMITMENT, "", MILESTONE.replace("\"status\": \"IN_PROGRESS\"", "\"status\": null"), ""));
        assertThat(unsaid.commitments().get(0).milestones().get(0).status()).isEqualTo(MilestoneStatus.IN_PROGRESS);
        PlanFile verified = parse(plan(COMMITMENT, "", MILESTONE.replace("IN_PROGRESS", "VERIFIED"), ""));
        assertThat(verified.commitments().get(0).milestones().get(0).importedStatus()).isEqualTo(MilestoneStatus.COMPLETE);
    }

    @Test
    void badActivityRowsAreEachAProblemAtTheirRowAndColumn() {
        String badDate = ACTIVITY.replace("\"2026-02-01\"", "\"31/02/2026\"").replace("DONE", "HECHA");
        String orphan = ACTIVITY.replace("\"milestoneId\": 70", "\"milestoneId\": 99");
        String noResponsible = ACTIVITY.replace("\"Universidad Estatal\"", "null").replace("\"Depurar la base\"", "\"\"");
        String ofARefusedMilestone = ACTIVITY.replace("\"milestoneId\": 70", "\"milestoneId\": 71");
        String refused = MILESTONE.replace("\"milestoneId\": 70", "\"milestoneId\": 71").replace("\"2026-06-30\"", "\"2026-13-01\"")
                .replace("Primer corte", "Otro corte");
        String repeatedId = MILESTONE.replace("Primer corte", "Tercer corte");
        PlanFile file = parse(plan(COMMITMENT, "", MILESTONE + "," + refused + "," + repeatedId,
                badDate + "," + orphan + "," + noResponsible + "," + ofARefusedMilestone + "," + ACTIVITY));
        assertThat(problems(file)).containsExactlyInAnyOrder(
                "milestones[1].endDate import.notDate [2026-13-01]",
                "milestones[2].milestoneId import.duplicateId [70]",
                "activities[0].startDate import.notDate [31/02/2026]",
                "activities[0].status import.unknownValue [HECHA, PENDING, IN_PROGRESS, DONE]",
                "activities[1].milestoneId import.unknownMilestone [99]",
                "activities[2].title import.required []",
                "activities[2].responsible import.required []");
        assertThat(file.commitments().get(0).milestones()).hasSize(1);
        assertThat(file.commitments().get(0).milestones().get(0).activities()).hasSize(1);
    }

    @Test
    void badCellsAreEachAProblemAtTheirRowAndColumn() {
        String milestone = MILESTONE.replace("\"2026-06-30\"", "\"31/02/2026\"").replace("2.5", "\"dos\"")
                .replace("IN_PROGRESS", "EN_CURSO").replace("\"progress\": 40", "\"progress\": 140");
        String commitment = COMMITMENT.replace("\"INCLUSION\"", "\"HAPPINESS\"");
        PlanFile file = parse(plan(COMMITMENT + "," + commitment.replace("\"commitmentId\": 7", "\"commitmentId\": 8")
                .replace("Gasto en medicamentos", "Otro"), BUDGET, milestone));
        assertThat(problems(file)).containsExactlyInAnyOrder(
                "commitments[1].values import.unknownValue [HAPPINESS, TRANSPARENCY, CITIZEN_PARTICIPATION, PUBLIC_ACCOUNTABILITY, TECHNOLOGY_AND_INNOVATION, INCLUSION]",
                "milestones[0].endDate import.notDate [31/02/2026]",
                "milestones[0].weight import.notNumber [dos]",
                "milestones[0].status import.unknownValue [EN_CURSO, NOT_STARTED, IN_PROGRESS, COMPLETE, VERIFIED]",
                "milestones[0].progress import.progress.range [140]");
        assertThat(file.commitments()).hasSize(1);
        assertThat(file.commitments().get(0).milestones()).isEmpty();
    }

    @Test
    void theRowsOfARefusedCommitmentAreCheckedButNotToldTheFileLacksIt() {
        String commitment = COMMITMENT.replace("\"TRANSPARENCY\"", "\"TRANSPARENCIA\"");
        String milestone = MILESTONE.replace("IN_PROGRESS", "EN_CURSO");
        PlanFile file = parse(plan(commitment, BUDGET, milestone));
        assertThat(problems(file)).containsExactlyInAnyOrder(
                "commitments[0].values import.unknownValue [TRANSPARENCIA, TRANSPARENCY, CITIZEN_PARTICIPATION, PUBLIC_ACCOUNTABILITY, TECHNOLOGY_AND_INNOVATION, INCLUSION]",
                "milestones[0].status import.unknownValue [EN_CURSO, NOT_STARTED, IN_PROGRESS, COMPLETE, VERIFIED]");
        assertThat(file.commitments()).isEmpty();
        // a commitment refused as a duplicate is in the file too; an id no commitment row has is still unknown
        String twin = COMMITMENT.replace("\"commitmentId\": 7", "\"commitmentId\": 9");
        String ofTheTwin = BUDGET.replace("\"commitmentId\": 7", "\"commitmentId\": 9");
        String orphan = BUDGET.replace("\"commitmentId\": 7", "\"commitmentId\": 10");
        assertThat(problems(parse(plan(COMMITMENT + "," + twin, ofTheTwin + "," + orphan, ""))))
                .containsExactlyInAnyOrder("commitments[1].title import.commitment.duplicate [Gasto en medicamentos]",
                        "budget[1].commitmentId import.unknownCommitment [10]");
    }

    @Test
    void duplicatesUnknownCommitmentsAndRequiredCellsAreRefused() {
        String second = COMMITMENT.replace("\"commitmentId\": 7", "\"commitmentId\": 9").replace("Gasto en medicamentos", "GASTO EN MEDICAMENTOS");
        String twin = MILESTONE.replace("\"milestoneId\": 70", "\"milestoneId\": 71");
        String orphan = MILESTONE.replace("\"commitmentId\": 7", "\"commitmentId\": 123456").replace("\"milestoneId\": 70", "\"milestoneId\": 72");
        String noTitle = MILESTONE.replace("\"Primer corte\"", "\"  \"").replace("\"milestoneId\": 70", "\"milestoneId\": 73");
        String repeatedYear = BUDGET.replace("1000.50", "2000");
        PlanFile file = parse(plan(COMMITMENT + "," + COMMITMENT + "," + second, BUDGET + "," + repeatedYear,
                MILESTONE + "," + twin + "," + orphan + "," + noTitle));
        assertThat(problems(file)).containsExactlyInAnyOrder(
                "commitments[1].commitmentId import.duplicateId [7]",
                "commitments[2].title import.commitment.duplicate [GASTO EN MEDICAMENTOS]",
                "budget[1].fiscalYear import.budget.duplicateYear [2026]",
                "milestones[1].title import.milestone.duplicate [Primer corte]",
                "milestones[2].commitmentId import.unknownCommitment [123456]",
                "milestones[3].title import.required []");
    }

    @Test
    void moneyAndDatesOutOfRangeAndWeightsOfNothingAreRefusedWithTheDomainsOwnRules() {
        String spentTooMuch = BUDGET.replace("\"spent\": 900", "\"spent\": 5000");
        String badYear = BUDGET.replace("2026", "1999");
        String farDate = MILESTONE.replace("2026-02-01", "2726-02-01");
        String zero = MILESTONE.replace("2.5", "0");
        String otherZero = zero.replace("Primer corte", "Segundo corte");
        PlanFile file = parse(plan(COMMITMENT, spentTooMuch + "," + badYear, farDate + "," + zero + "," + otherZero));
        assertThat(problems(file)).containsExactlyInAnyOrder(
                "budget[0].spent budget.spentExceeds [2026]",
                "budget[1].fiscalYear budget.year.invalid []",
                "milestones[0].startDate import.date.outOfRange [2726-02-01, 2000, 2100]",
                "milestones[1].weight import.weights.zero []");
    }

    @Test
    void whatIsNotAPlanIsOneProblemOfTheWholeFile() {
        assertThat(problems(parse("not json"))).containsExactly("null[0].null import.json.invalid []");
        assertThat(problems(parse("[1, 2]"))).containsExactly("null[0].null import.json.notObject []");
        assertThat(problems(parse("{}"))).containsExactly("null[0].null import.empty []");
        assertThat(problems(parse("{\"commitments\": 5}"))).containsExactly("commitments[-1].null import.json.notArray []");
    }

    @Test
    void aScriptInATextIsKeptAsTextAndControlCharactersGo() {
        PlanFile file = parse(plan(COMMITMENT.replace("Un tablero.", "<script>alert(1)</script>\\u0000 tablero"), "", ""));
        assertThat(file.problems()).isEmpty();
        assertThat(file.commitments().get(0).text().getTemplate().getDescription()).isEqualTo("<script>alert(1)</script> tablero");
    }

    @Test
    void tooManyRowsStopAtTheLimitWithOneProblem() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= ImportLimits.MAX_ROWS; i++) {
            many.append(i == 0 ? "" : ",").append("{\"commitmentId\": 7, \"fiscalYear\": ").append(2000 + i % 100).append('}');
        }
        PlanFile file = parse(plan(COMMITMENT, many.toString(), ""));
        assertThat(problems(file)).contains("budget[-1].null import.tooManyRows [" + ImportLimits.MAX_ROWS + "]");
    }
}
