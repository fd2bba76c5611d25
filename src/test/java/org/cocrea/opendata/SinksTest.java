package org.cocrea.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.cocrea.milestone.MilestoneStatus;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** Each format's writer: what it writes parses back, with the same libraries, as the dictionary says. */
class SinksTest {

    private static final About ABOUT = new About("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/",
            Instant.parse("2026-12-02T02:30:00Z"), Scope.state(3), "https://cocrea.example.org",
            "https://cocrea.example.org/api/v1/opendata/schema.json");

    private final DataDictionary.Table milestones = DataDictionary.get().table("milestones");

    /** A milestone row with a formula-like title, a weight, a status and two responsibles. */
    private static List<Object> milestone(long id) {
        return Arrays.asList(id, 7L, "=HYPERLINK(\"x\")", null, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 6, 30),
                new BigDecimal("2.5"), MilestoneStatus.IN_PROGRESS, 40, List.of("Observatorio, A.C.", "Contraloría"), null);
    }

    private byte[] write(Format format, int rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableSink sink = switch (format) {
            case CSV -> new CsvZipSink(out, ABOUT);
            case XLSX -> new XlsxSink(out, ABOUT);
            case JSON -> new JsonSink(out, ABOUT);
        }) {
            sink.begin(milestones);
            for (long id = 1; id <= rows; id++) {
                sink.row(milestone(id));
            }
            sink.end();
        }
        return out.toByteArray();
    }

    @Test
    void theXlsxReadsBackWithItsHeadersNumbersAndTextsAndAnAboutSheet() throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(write(Format.XLSX, 450)))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("about", "milestones");
            List<Row> about = sheets.get(0).read();
            assertThat(about.get(0).getCellAsString(1)).contains("CC BY 4.0");
            assertThat(about.get(2).getCellAsString(1)).contains("2026-12-02T02:30:00Z");
            List<Row> rows = sheets.get(1).read();
            assertThat(rows).hasSize(451);
            assertThat(rows.get(0).stream().map(c -> c.getRawValue()).toList()).containsExactlyElementsOf(milestones.headers());
            Row last = rows.get(450);
            assertThat(last.getCellAsNumber(0)).contains(new BigDecimal("450"));
            assertThat(last.getCellAsString(2)).contains("=HYPERLINK(\"x\")"); // a string cell, never a formula
            assertThat(last.getCellAsNumber(6).orElseThrow()).isEqualByComparingTo("2.5");
            assertThat(last.getCellAsString(4)).contains("2026-01-15");
            assertThat(last.getCellAsString(7)).contains("IN_PROGRESS");
            assertThat(last.getCellAsString(9)).contains("Observatorio, A.C. | Contraloría");
        }
    }

    @Test
    void theCsvNeutralizesFormulasAndKeepsNumbersAsTheyAre() throws IOException {
        String zip = new String(write(Format.CSV, 1), StandardCharsets.ISO_8859_1);
        assertThat(zip).contains("README.txt", "milestones.csv");
        assertThat(Cells.neutralized("=1+1")).isEqualTo("'=1+1");
        assertThat(Cells.neutralized("+52 662")).isEqualTo("'+52 662");
        assertThat(Cells.neutralized("-x")).isEqualTo("'-x");
        assertThat(Cells.neutralized("@SUM")).isEqualTo("'@SUM");
        assertThat(Cells.neutralized("Plan 2026")).isEqualTo("Plan 2026");
        assertThat(Cells.typedByPeople(ColumnType.DECIMAL)).isFalse();
        assertThat(Cells.text(new BigDecimal("1E+3"))).isEqualTo("1000");
    }

    @Test
    void theJsonHasTypedValuesUnderTheDictionarysKeys() throws IOException {
        JsonObject json = Json.createReader(new StringReader(new String(write(Format.JSON, 2), StandardCharsets.UTF_8))).readObject();
        assertThat(json.getString("licence")).isEqualTo("CC BY 4.0");
        assertThat(json.getString("$schema")).endsWith("/schema.json");
        JsonObject first = json.getJsonArray("milestones").getJsonObject(0);
        assertThat(first.keySet()).containsExactlyElementsOf(milestones.headers());
        assertThat(first.getJsonNumber("weight").bigDecimalValue()).isEqualByComparingTo("2.5");
        assertThat(first.getJsonArray("responsibles").getString(0)).isEqualTo("Observatorio, A.C.");
        assertThat(first.isNull("deliverable")).isTrue();
        assertThat(first.getString("title")).isEqualTo("=HYPERLINK(\"x\")"); // data, not a spreadsheet: as typed
    }
}
