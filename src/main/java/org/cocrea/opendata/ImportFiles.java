package org.cocrea.opendata;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * An uploaded file read as a plan: its size checked against {@link ImportLimits} before anything
 * is read, its format known by its name (.json; .xlsx; .csv, one table named by the file;
 * .zip, the CSV download), then parsed and checked
 * ({@link PlanFileParser}). Whatever the file holds, the answer is a {@link PlanFile}, its problems
 * included: never an exception for a bad file.
 */
public final class ImportFiles {

    private ImportFiles() {
    }

    public static PlanFile read(String fileName, byte[] bytes) {
        if (bytes.length > ImportLimits.MAX_BYTES) {
            return refused("import.tooBig", ImportLimits.MAX_BYTES / (1024 * 1024));
        }
        if (bytes.length == 0) {
            return refused("import.empty");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        if (name.endsWith(".json")) {
            return PlanFileParser.parse(JsonSource.read(new ByteArrayInputStream(bytes)));
        }
        if (name.endsWith(".xlsx")) {
            return PlanFileParser.parse(XlsxSource.read(bytes));
        }
        if (name.endsWith(".csv")) {
            return PlanFileParser.parse(CsvSource.read(Map.of(name, bytes)));
        }
        if (name.endsWith(".zip")) {
            try {
                return PlanFileParser.parse(CsvSource.read(ZipGuard.entries(bytes, "import.zip.invalid")));
            } catch (ZipGuard.Refused refused) {
                return refused(refused.key);
            }
        }
        return refused("import.unknownFormat");
    }

    private static PlanFile refused(String key, Object... arguments) {
        return new PlanFile(List.of(), List.of(ImportProblem.at(Where.file(), key, arguments)));
    }
}
