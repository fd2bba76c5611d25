package org.cocrea.opendata;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a plan from CSV files with the dictionary's headers (Apache Commons CSV): the ZIP the CSV
 * download writes ({@code commitments.csv}, {@code budget.csv}, {@code milestones.csv}, {@code activities.csv}; other files
 * skipped), or one of those files alone (its name starting with the table's). UTF-8 (with or without BOM) is taken when the bytes are
 * UTF-8; anything else is read as Windows-1252, what Excel writes in Mexico.
 */
public final class CsvSource {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvSource() {
    }

    /** The files by name ({@code commitments.csv} …), each read as its table. */
    public static SourceTables read(Map<String, byte[]> files) {
        SourceTables tables = new SourceTables();
        for (String table : SourceTables.IMPORTED) {
            files.entrySet().stream().filter(f -> baseName(f.getKey()).startsWith(table) && baseName(f.getKey()).endsWith(".csv"))
                    .findFirst()
                    .ifPresent(f -> readTable(tables, table, f.getValue()));
        }
        if (tables.isEmpty() && tables.problems().isEmpty()) {
            tables.problem(ImportProblem.at(Where.file(), "import.empty"));
        }
        return tables;
    }

    private static void readTable(SourceTables tables, String table, byte[] bytes) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text(bytes)), format)) {
            List<String> header = parser.getHeaderNames().stream().map(String::strip).toList();
            if (!tables.header(Where.Kind.CSV, table, header)) {
                return;
            }
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1; // the header is line 1
                if (!tables.line(Where.Kind.CSV, table, header, line, record.toList())) {
                    return;
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            tables.problem(ImportProblem.at(Where.table(Where.Kind.CSV, table), "import.csv.invalid"));
        }
    }

    /** The bytes as text: UTF-8 when they are UTF-8 (a BOM dropped), else Windows-1252. */
    static String text(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
