package org.cocrea.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cocrea.milestone.MilestoneStatus;
import org.junit.jupiter.api.Test;

/**
 * The import template read back with Apache POI: the importer's sheets and columns, a drop-down
 * (data validation) on exactly the columns with allowed values whose list is the dictionary's,
 * formatted dates and numbers, instructions in the person's language; filled in with valid rows,
 * it reads as a plan without a problem.
 */
class ImportTemplateTest {

    private static XSSFWorkbook template(Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImportTemplate.write(out, locale);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void everyColumnWithAllowedValuesHasTheDictionarysDropDownAndTheOthersNone() throws IOException {
        try (XSSFWorkbook workbook = template(Locale.forLanguageTag("es-MX"))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("instrucciones");
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex(ImportTemplate.LISTS))).isTrue();
            List<String> checked = new ArrayList<>();
            for (String table : SourceTables.IMPORTED) {
                XSSFSheet sheet = workbook.getSheet(table);
                assertThat(sheet).as(table).isNotNull();
                List<DataDictionary.Column> columns = ImportTemplate.columns(table);
                XSSFRow header = sheet.getRow(0);
                List<String> names = new ArrayList<>();
                header.forEach(cell -> names.add(cell.getStringCellValue()));
                assertThat(names).as(table).containsExactlyElementsOf(columns.stream().map(DataDictionary.Column::name).toList())
                        .containsAll(SourceTables.requiredColumns(table))
                        .doesNotContain("planId", "budgetLineId", "activityId", "publishedAt");
                for (int c = 0; c < columns.size(); c++) {
                    DataDictionary.Column column = columns.get(c);
                    List<String> listed = dropDownOf(workbook, sheet, c);
                    if (column.values().isEmpty()) {
                        assertThat(listed).as(table + "." + column.name()).isNull();
                    } else {
                        assertThat(listed).as(table + "." + column.name()).containsExactlyElementsOf(column.values());
                        checked.add(table + "." + column.name());
                    }
                    assertThat(header.getCell(c).getCellComment().getString().getString()).isEqualTo(column.meaning(Locale.forLanguageTag("es")));
                }
            }
            assertThat(checked).contains("commitments.values", "milestones.status");
            assertThat(dropDownOf(workbook, workbook.getSheet("milestones"), ImportTemplate.columns("milestones").stream()
                    .map(DataDictionary.Column::name).toList().indexOf("status")))
                    .containsExactly(java.util.Arrays.stream(MilestoneStatus.values()).map(Enum::name).toArray(String[]::new));
            XSSFSheet milestones = workbook.getSheet("milestones");
            List<String> names = ImportTemplate.columns("milestones").stream().map(DataDictionary.Column::name).toList();
            assertThat(milestones.getColumnStyle(names.indexOf("startDate")).getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(milestones.getColumnStyle(names.indexOf("weight")).getDataFormatString()).startsWith("#,##0.00");
            assertThat(workbook.getSheet("instrucciones").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Plantilla para importar compromisos a Cocrea");
        }
    }

    @Test
    void inEnglishTheInstructionsAndTheHeadersMeaningsAreEnglish() throws IOException {
        try (XSSFWorkbook workbook = template(Locale.ENGLISH)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("instructions");
            assertThat(workbook.getSheet("instructions").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Template to import commitments into Cocrea");
            int commitmentId = ImportTemplate.columns("milestones").stream().map(DataDictionary.Column::name).toList().indexOf("commitmentId");
            assertThat(workbook.getSheet("milestones").getRow(0).getCell(commitmentId).getCellComment().getString().getString())
                    .isEqualTo(DataDictionary.get().table("milestones").column("commitmentId").orElseThrow().en());
        }
    }

    @Test
    void aTemplateFilledInWithValidRowsReadsAsAPlanWithoutProblems() throws IOException {
        byte[] filled;
        try (XSSFWorkbook workbook = template(Locale.forLanguageTag("es-MX"))) {
            fill(workbook.getSheet("commitments"), Map.of("commitmentId", 1, "title", "Compras abiertas", "problem", "Opacidad",
                    "objective", "Publicar", "description", "Tablero", "values", "TRANSPARENCY | INCLUSION",
                    "leadInstitution", "Secretaría de Salud", "coResponsibles", "Observatorio Ciudadano",
                    "startDate", LocalDate.of(2026, 1, 15), "endDate", LocalDate.of(2027, 6, 30)));
            fill(workbook.getSheet("budget"), Map.of("commitmentId", 1, "fiscalYear", 2026, "approved", 1500.5, "spent", 900));
            fill(workbook.getSheet("milestones"), Map.of("commitmentId", 1, "title", "Primer corte", "startDate", LocalDate.of(2026, 2, 1),
                    "endDate", "30/06/2026", "weight", 2.5, "status", "IN_PROGRESS", "progress", 40, "responsibles", "Observatorio Ciudadano"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }
        PlanFile plan = ImportFiles.read("plantilla.xlsx", filled);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.commitments()).hasSize(1);
        PlanFile.CommitmentRow commitment = plan.commitments().get(0);
        assertThat(commitment.title()).isEqualTo("Compras abiertas");
        assertThat(commitment.text().getTemplate().getStartDate()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(commitment.budget()).singleElement().satisfies(b -> assertThat(b.approved()).isEqualByComparingTo("1500.5"));
        assertThat(commitment.milestones()).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(MilestoneStatus.IN_PROGRESS);
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2026, 2, 1));
            assertThat(m.endDate()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(m.weight()).isEqualByComparingTo("2.5");
        });
    }

    /** Row 2 of a sheet, by the header's names: dates and numbers as typed ones are (Excel dates, numbers), texts as text. */
    private static void fill(XSSFSheet sheet, Map<String, Object> values) {
        XSSFRow header = sheet.getRow(0);
        XSSFRow row = sheet.createRow(1);
        var dateStyle = sheet.getWorkbook().createCellStyle();
        dateStyle.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("yyyy-mm-dd"));
        header.forEach(cell -> {
            Object value = values.get(cell.getStringCellValue());
            if (value instanceof LocalDate date) {
                row.createCell(cell.getColumnIndex()).setCellValue(date);
                row.getCell(cell.getColumnIndex()).setCellStyle(dateStyle);
            } else if (value instanceof Number number) {
                row.createCell(cell.getColumnIndex()).setCellValue(number.doubleValue());
            } else if (value != null) {
                row.createCell(cell.getColumnIndex()).setCellValue((String) value);
            }
        });
    }

    /** The values of the list validation covering a column's rows 2 to the limit, or null when it has none. */
    private static List<String> dropDownOf(XSSFWorkbook workbook, XSSFSheet sheet, int column) {
        for (DataValidation validation : sheet.getDataValidations()) {
            DataValidationConstraint constraint = validation.getValidationConstraint();
            if (constraint.getValidationType() != DataValidationConstraint.ValidationType.LIST) {
                continue;
            }
            for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
                if (range.getFirstColumn() == column && range.getLastColumn() == column) {
                    assertThat(range.getFirstRow()).isEqualTo(1);
                    assertThat(range.getLastRow()).isEqualTo(ImportLimits.MAX_ROWS);
                    AreaReference area = new AreaReference(constraint.getFormula1(), workbook.getSpreadsheetVersion());
                    List<String> values = new ArrayList<>();
                    for (CellReference cell : area.getAllReferencedCells()) {
                        values.add(workbook.getSheet(cell.getSheetName()).getRow(cell.getRow()).getCell(cell.getCol()).getStringCellValue());
                    }
                    return values;
                }
            }
        }
        return null;
    }
}
