package org.cocrea.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cocrea.milestone.MilestoneStatus;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/**
 * The XLSX and CSV imports: what the downloads' own writers write reads back as the same plan as
 * the JSON; formulas, zip bombs, Windows-1252, missing columns and files that are not what they say
 * each give their problem.
 */
class SpreadsheetSourcesTest {

    private static final About ABOUT = new About("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/",
            Instant.parse("2026-12-02T02:30:00Z"), Scope.plan(3), "https://cocrea.example.org",
            "https://cocrea.example.org/api/v1/opendata/schema.json");

    private static List<Object> row(String table, Map<String, Object> values) {
        List<Object> row = new ArrayList<>();
        DataDictionary.get().table(table).columns().forEach(c -> row.add(values.get(c.name())));
        return row;
    }

    /** One plan through a writer of the downloads: a commitment with a formula-like text, its money, a milestone. */
    private static byte[] written(Format format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableSink sink = switch (format) {
            case CSV -> new CsvZipSink(out, ABOUT);
            case XLSX -> new XlsxSink(out, ABOUT);
            case JSON -> new JsonSink(out, ABOUT);
        }) {
            sink.begin(DataDictionary.get().table("commitments"));
            sink.row(row("commitments", Map.of("commitmentId", 7L, "planId", 3L, "title", "Educación abierta",
                    "problem", "=SUMA(A1) no es una fórmula", "values", List.of("TRANSPARENCY", "INCLUSION"),
                    "leadInstitution", "Secretaría de Educación", "coResponsibles", List.of("Observatorio, A.C.", "Universidad"),
                    "startDate", LocalDate.of(2026, 1, 15), "endDate", LocalDate.of(2027, 6, 30))));
            sink.end();
            sink.begin(DataDictionary.get().table("budget"));
            sink.row(row("budget", Map.of("budgetLineId", 1L, "commitmentId", 7L, "fiscalYear", 2026,
                    "approved", new BigDecimal("1000.50"), "spent", new BigDecimal("900"))));
            sink.end();
            sink.begin(DataDictionary.get().table("milestones"));
            sink.row(row("milestones", Map.of("milestoneId", 70L, "commitmentId", 7L, "title", "Primer corte",
                    "startDate", LocalDate.of(2026, 2, 1), "endDate", LocalDate.of(2026, 6, 30), "weight", new BigDecimal("2.5"),
                    "status", MilestoneStatus.IN_PROGRESS, "progress", 40, "responsibles", List.of("Observatorio, A.C."))));
            sink.end();
            sink.begin(DataDictionary.get().table("activities"));
            sink.row(row("activities", Map.of("activityId", 700L, "milestoneId", 70L, "title", "-Depurar la base",
                    "startDate", LocalDate.of(2026, 2, 1), "endDate", LocalDate.of(2026, 3, 15), "responsible", "Universidad",
                    "status", org.cocrea.milestone.ActivityStatus.DONE)));
            sink.end();
        }
        return out.toByteArray();
    }

    /** What a plan file says, without where it said it. */
    private static String content(PlanFile file) {
        assertThat(file.problems()).isEmpty();
        return file.commitments().stream().map(c -> c.fileId() + c.textJson()
                + c.budget().stream().map(b -> b.fiscalYear() + "/" + b.approved().stripTrailingZeros() + "/" + b.modified()
                        + "/" + b.spent().stripTrailingZeros()).toList()
                + c.milestones().stream().map(m -> List.of(m.title(), String.valueOf(m.deliverable()), m.startDate(), m.endDate(),
                        m.weight().stripTrailingZeros(), m.status(), m.progress(), m.responsibles(),
                        m.activities().stream().map(a -> List.of(a.title(), a.startDate(), a.endDate(), a.responsible(), a.status())).toList()))
                        .toList()).toList().toString();
    }

    @Test
    void theSamePlanReadsTheSameFromJsonXlsxAndTheCsvZip() throws IOException {
        String json = content(ImportFiles.read("plan.json", written(Format.JSON)));
        assertThat(json).contains("Educación abierta", "=SUMA(A1) no es una fórmula", "Observatorio, A.C.",
                "[-Depurar la base, 2026-02-01, 2026-03-15, Universidad, DONE]");
        assertThat(content(ImportFiles.read("Plan.XLSX", written(Format.XLSX)))).isEqualTo(json);
        assertThat(content(ImportFiles.read("cocrea-opendata-plan-3.csv.zip", written(Format.CSV)))).isEqualTo(json);
    }

    @Test
    void aFormulaIsAProblemAtItsCellAndAnExcelDateNumberIsADate() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("commitments");
            sheet.value(0, 0, "commitmentId");
            sheet.value(0, 1, "title");
            sheet.value(0, 2, "startDate");
            sheet.value(1, 0, 7);
            sheet.formula(1, 1, "CONCATENATE(\"a\",\"b\")");
            sheet.value(1, 2, 46037); // 2026-01-15 as Excel counts days
            sheet.value(2, 0, 8);
            sheet.value(2, 1, "Segundo");
            sheet.value(2, 2, 46037);
            workbook.finish();
        }
        PlanFile file = ImportFiles.read("plan.xlsx", out.toByteArray());
        assertThat(file.problems()).extracting(p -> p.where().kind() + " " + p.where().table() + " " + p.where().row() + " "
                + p.where().column() + " " + p.key()).containsExactlyInAnyOrder(
                "SHEET commitments 2 title import.formula", "SHEET commitments 2 title import.required");
        assertThat(file.commitments()).singleElement().satisfies(c ->
                assertThat(c.text().getTemplate().getStartDate()).isEqualTo(LocalDate.of(2026, 1, 15)));
    }

    @Test
    void aZipBombIsRefusedBeforeAnyReaderOpensIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 60; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat((long) out.size()).isLessThan(ImportLimits.MAX_BYTES);
        for (String name : List.of("plan.xlsx", "plan.zip")) {
            assertThat(ImportFiles.read(name, out.toByteArray()).problems()).extracting(ImportProblem::key).containsExactly("import.zip.bomb");
        }
    }

    @Test
    void aBadActivityLineOfACsvIsAProblemAtItsFileLineAndColumn() {
        byte[] csv = ("milestoneId,title,startDate,endDate,responsible,status\r\n"
                + "70,Depurar la base,2026-02-30,2026-03-15,Universidad,HECHA\r\n").getBytes(StandardCharsets.UTF_8);
        PlanFile file = ImportFiles.read("activities.csv", csv);
        assertThat(file.problems()).extracting(p -> p.where().kind() + " " + p.where().table() + ":" + p.where().row() + "."
                        + p.where().column() + " " + p.key())
                .containsExactlyInAnyOrder("CSV activities:2.startDate import.notDate", "CSV activities:2.status import.unknownValue",
                        "CSV activities:2.milestoneId import.unknownMilestone");
        assertThat(ImportFiles.read("activities.csv", "title,startDate\r\nX,2026-01-01\r\n".getBytes(StandardCharsets.UTF_8))
                .problems()).extracting(p -> p.where().column() + " " + p.key())
                .contains("milestoneId import.missingColumn", "responsible import.missingColumn");
    }

    @Test
    void aWindows1252CsvReadsItsAccentsAndAMissingColumnIsNamed() {
        byte[] latin = "commitmentId,title,problem\r\n7,Educación,Niñas sin escuela\r\n".getBytes(Charset.forName("windows-1252"));
        PlanFile file = ImportFiles.read("commitments.csv", latin);
        assertThat(file.problems()).isEmpty();
        assertThat(file.commitments().get(0).text().getTemplate().getProblem()).isEqualTo("Niñas sin escuela");
        assertThat(file.commitments().get(0).title()).isEqualTo("Educación");
        byte[] utf8 = "\uFEFFcommitmentId,title\r\n7,Educación\r\n".getBytes(StandardCharsets.UTF_8);
        assertThat(ImportFiles.read("commitments.csv", utf8).commitments().get(0).title()).isEqualTo("Educación");

        byte[] noDates = "commitmentId,title\r\n7,Primer corte\r\n".getBytes(StandardCharsets.UTF_8);
        assertThat(ImportFiles.read("milestones.csv", noDates).problems()).extracting(p -> p.where().column() + " " + p.key())
                .containsExactly("startDate import.missingColumn", "endDate import.missingColumn");
    }

    @Test
    void filesThatAreNotWhatTheySayAreOneProblemOfTheFile() {
        byte[] junk = "esto no es un libro".getBytes(StandardCharsets.UTF_8);
        assertThat(ImportFiles.read("plan.xlsx", junk).problems()).extracting(ImportProblem::key).containsExactly("import.xlsx.invalid");
        assertThat(ImportFiles.read("plan.zip", junk).problems()).extracting(ImportProblem::key).containsExactly("import.zip.invalid");
        assertThat(ImportFiles.read("plan.pdf", junk).problems()).extracting(ImportProblem::key).containsExactly("import.unknownFormat");
        assertThat(ImportFiles.read("plan.json", new byte[0]).problems()).extracting(ImportProblem::key).containsExactly("import.empty");
        assertThat(ImportFiles.read("plan.json", new byte[(int) ImportLimits.MAX_BYTES + 1]).problems())
                .extracting(ImportProblem::key).containsExactly("import.tooBig");
    }
}
