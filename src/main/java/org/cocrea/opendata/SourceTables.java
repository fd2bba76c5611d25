package org.cocrea.opendata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reader found in an imported file: the rows of each table it knows (commitments, budget,
 * milestones, activities), and the problems of the file as such (not a JSON object, a missing column, too many
 * rows, a formula). Tables the import does not take (plans, reports, evidence, sign-offs) are skipped.
 */
public final class SourceTables {

    /** The tables an import reads, in the order they are checked. */
    public static final List<String> IMPORTED = List.of("commitments", "budget", "milestones", "activities");

    private final Map<String, List<SourceRow>> rows = new LinkedHashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    public SourceTables() {
        IMPORTED.forEach(table -> rows.put(table, new ArrayList<>()));
    }

    /** Adds a row; past {@link ImportLimits#MAX_ROWS} in a table, one problem instead (and false: stop reading it). */
    public boolean add(String table, SourceRow row) {
        List<SourceRow> table_ = rows.get(table);
        if (table_.size() >= ImportLimits.MAX_ROWS) {
            if (table_.size() == ImportLimits.MAX_ROWS && problems.stream().noneMatch(p -> p.key().equals("import.tooManyRows")
                    && table.equals(p.where().table()))) {
                problems.add(ImportProblem.at(Where.table(row.where().kind(), table), "import.tooManyRows", ImportLimits.MAX_ROWS));
            }
            return false;
        }
        table_.add(row);
        return true;
    }

    /**
     * Checks the header line of a sheet or CSV file: every required column present (each missing
     * one a problem of the table). False when the table cannot be read.
     */
    boolean header(Where.Kind kind, String table, List<String> header) {
        List<String> missing = requiredColumns(table).stream().filter(c -> !header.contains(c)).toList();
        missing.forEach(c -> problem(ImportProblem.at(Where.table(kind, table).column(c), "import.missingColumn", c)));
        return missing.isEmpty();
    }

    /**
     * Adds a line of a sheet or CSV file under its header's names; a line with nothing in it is
     * skipped. A text the downloads neutralized ({@code '=…}) gets its own text back. False: stop.
     */
    boolean line(Where.Kind kind, String table, List<String> header, int line, List<String> values) {
        Map<String, Object> cells = new LinkedHashMap<>();
        boolean empty = true;
        for (int i = 0; i < header.size() && i < values.size(); i++) {
            String value = values.get(i);
            if (value != null && !value.isBlank()) {
                empty = false;
                cells.put(header.get(i), Cells.unneutralized(value));
            }
        }
        return empty || add(table, new SourceRow(new Where(kind, table, line, null), cells));
    }

    public void problem(ImportProblem problem) {
        problems.add(problem);
    }

    public List<SourceRow> rows(String table) {
        return rows.get(table);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public boolean isEmpty() {
        return rows.values().stream().allMatch(List::isEmpty);
    }

    /**
     * The columns of a table that a file must have (its headers, or its JSON keys): those the import
     * needs to place and check a row. Any other column of the dictionary may be left out.
     */
    public static List<String> requiredColumns(String table) {
        return switch (table) {
            case "commitments" -> List.of("commitmentId", "title");
            case "budget" -> List.of("commitmentId", "fiscalYear");
            case "milestones" -> List.of("commitmentId", "title", "startDate", "endDate");
            case "activities" -> List.of("milestoneId", "title", "startDate", "endDate", "responsible");
            default -> List.of();
        };
    }
}
