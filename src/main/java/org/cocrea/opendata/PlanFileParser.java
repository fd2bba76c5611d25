package org.cocrea.opendata;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cocrea.actor.SimilarNames;
import org.cocrea.commitment.BudgetLine;
import org.cocrea.milestone.ActivityStatus;
import org.cocrea.milestone.MilestoneStatus;
import org.cocrea.shared.CleanText;
import org.cocrea.shared.DomainException;

/**
 * Turns the rows a reader found ({@link SourceTables}) into a {@link PlanFile}: every cell checked
 * against its column in the {@link DataDictionary} (a number, a real date, an allowed value), the
 * rows tied together by the file's commitment ids (and activities to milestones by the file's
 * milestone ids), and the rules that need the whole file (a duplicate commitment, milestone or
 * fiscal year; a row naming a commitment or milestone the file does not have; weights that add up
 * to nothing). Every problem is reported where it stands, and parsing
 * goes on so that the person sees them all at once. Pure: no database; the rules that need the
 * plan and the actor map are {@link PlanImport}'s.
 */
public final class PlanFileParser {

    /** The dates a file may hold: ISO (the downloads) or day/month/year (what people type in Mexico), strictly. */
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    private final DataDictionary dictionary = DataDictionary.get();
    private final List<ImportProblem> problems = new ArrayList<>();

    private PlanFileParser() {
    }

    public static PlanFile parse(SourceTables tables) {
        return new PlanFileParser().read(tables);
    }

    private PlanFile read(SourceTables tables) {
        problems.addAll(tables.problems());
        Map<String, Draft> byId = new LinkedHashMap<>();
        // every commitment id the file holds, its row refused or not: the rows of a refused commitment
        // are still checked, but are not told that the file has no such commitment
        Set<String> inFile = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (SourceRow row : tables.rows("commitments")) {
            RowCells cells = new RowCells(row, "commitments");
            String id = cells.id("commitmentId");
            if (id != null) {
                inFile.add(id);
            }
            String textJson = cells.commitmentText();
            if (id == null || textJson == null) {
                continue;
            }
            if (byId.containsKey(id)) {
                problem(row.where().column("commitmentId"), "import.duplicateId", id);
                continue;
            }
            String title = org.cocrea.commitment.CommitmentText.fromJson(textJson).getTemplate().getTitle();
            if (!titles.add(SimilarNames.normalize(title))) {
                problem(row.where().column("title"), "import.commitment.duplicate", title);
                continue;
            }
            byId.put(id, new Draft(row.where(), id, textJson));
        }
        for (SourceRow row : tables.rows("budget")) {
            RowCells cells = new RowCells(row, "budget");
            Draft commitment = cells.commitment(byId, inFile);
            Integer year = cells.integer("fiscalYear");
            BigDecimal approved = cells.decimal("approved");
            BigDecimal modified = cells.decimal("modified");
            BigDecimal spent = cells.decimal("spent");
            if (commitment == null || year == null || !cells.ok) {
                continue;
            }
            if (!rule(row.where().column("fiscalYear"), () -> BudgetLine.requireFiscalYear(year))
                    || !rule(row.where().column("spent"), () -> BudgetLine.checkAmounts(year, approved, modified, spent))) {
                continue;
            }
            if (commitment.budget.stream().anyMatch(b -> b.fiscalYear() == year)) {
                problem(row.where().column("fiscalYear"), "import.budget.duplicateYear", year);
                continue;
            }
            commitment.budget.add(new PlanFile.BudgetRow(row.where(), year, approved, modified, spent));
        }
        // the activities of each milestone by its id in the file; every milestone id the file holds, as for commitments
        Map<String, List<PlanFile.ActivityRow>> activitiesOf = new LinkedHashMap<>();
        Set<String> milestonesInFile = new HashSet<>();
        for (SourceRow row : tables.rows("milestones")) {
            RowCells cells = new RowCells(row, "milestones");
            Draft commitment = cells.commitment(byId, inFile);
            Integer fileId = cells.integer("milestoneId");
            String milestoneId = fileId == null ? null : fileId.toString();
            boolean repeated = milestoneId != null && !milestonesInFile.add(milestoneId);
            String title = cells.text("title");
            String deliverable = cells.text("deliverable");
            LocalDate start = cells.date("startDate");
            LocalDate end = cells.date("endDate");
            BigDecimal weight = cells.decimal("weight");
            String status = cells.value("status");
            Integer progress = cells.integer("progress");
            List<String> responsibles = cells.names("responsibles");
            String completionReason = cells.text("completionReason");
            cells.require("title", title);
            cells.require("startDate", start);
            cells.require("endDate", end);
            if (weight != null && (weight.signum() < 0 || weight.compareTo(new BigDecimal("1000")) > 0)) {
                cells.problem("weight", "import.weight.range", weight.toPlainString());
            }
            if (progress != null && (progress < 0 || progress > 100)) {
                cells.problem("progress", "import.progress.range", progress);
            }
            if (repeated && !tables.rows("activities").isEmpty()) { // the id ties activities: it must name one milestone
                cells.problem("milestoneId", "import.duplicateId", milestoneId);
            }
            if (commitment == null || !cells.ok) {
                continue;
            }
            String normalized = SimilarNames.normalize(title);
            if (commitment.milestones.stream().anyMatch(m -> SimilarNames.normalize(m.title()).equals(normalized))) {
                problem(row.where().column("title"), "import.milestone.duplicate", title);
                continue;
            }
            List<PlanFile.ActivityRow> activities = new ArrayList<>();
            if (milestoneId != null) {
                activitiesOf.put(milestoneId, activities);
            }
            commitment.milestones.add(new PlanFile.MilestoneRow(row.where(), milestoneId, title, deliverable, start, end,
                    weight, statusOf(status, progress), progress, responsibles, completionReason, activities));
        }
        for (SourceRow row : tables.rows("activities")) {
            RowCells cells = new RowCells(row, "activities");
            String milestoneId = cells.id("milestoneId");
            String title = cells.text("title");
            LocalDate start = cells.date("startDate");
            LocalDate end = cells.date("endDate");
            String responsible = cells.oneName("responsible");
            String status = cells.value("status");
            cells.require("title", title);
            cells.require("startDate", start);
            cells.require("endDate", end);
            cells.require("responsible", responsible);
            List<PlanFile.ActivityRow> activities = milestoneId == null ? null : activitiesOf.get(milestoneId);
            if (milestoneId != null && activities == null && !milestonesInFile.contains(milestoneId)) {
                cells.problem("milestoneId", "import.unknownMilestone", milestoneId);
            }
            if (activities == null || !cells.ok) {
                continue; // a refused milestone's activities are checked, but its own problems say why it is not taken
            }
            activities.add(new PlanFile.ActivityRow(row.where(), title, start, end, responsible,
                    status == null ? ActivityStatus.PENDING : ActivityStatus.valueOf(status)));
        }
        List<PlanFile.CommitmentRow> commitments = new ArrayList<>();
        for (Draft draft : byId.values()) {
            checkWeights(draft);
            commitments.add(new PlanFile.CommitmentRow(draft.where, draft.id, draft.textJson, draft.budget, draft.milestones));
        }
        return new PlanFile(commitments, problems);
    }

    /** The file's status; none given, a progress above zero says it is in progress, else it has not started. */
    private static MilestoneStatus statusOf(String status, Integer progress) {
        if (status != null) {
            return MilestoneStatus.valueOf(status);
        }
        return progress != null && progress > 0 ? MilestoneStatus.IN_PROGRESS : MilestoneStatus.NOT_STARTED;
    }

    /** Weights are normalized, so any sum will do, but weights given that add up to zero leave progress without a measure. */
    private void checkWeights(Draft draft) {
        List<PlanFile.MilestoneRow> weighted = draft.milestones.stream().filter(m -> m.weight() != null).toList();
        if (!weighted.isEmpty() && weighted.stream().allMatch(m -> m.weight().signum() == 0)) {
            problem(weighted.get(0).where().column("weight"), "import.weights.zero");
        }
    }

    private boolean rule(Where where, Runnable rule) {
        try {
            rule.run();
            return true;
        } catch (DomainException e) {
            problems.add(ImportProblem.at(where, e.messageKey(), e.arguments()));
            return false;
        }
    }

    private void problem(Where where, String key, Object... arguments) {
        problems.add(ImportProblem.at(where, key, arguments));
    }

    /** A commitment being gathered: its rows of money and milestones follow it. */
    private static final class Draft {
        final Where where;
        final String id;
        final String textJson;
        final List<PlanFile.BudgetRow> budget = new ArrayList<>();
        final List<PlanFile.MilestoneRow> milestones = new ArrayList<>();

        Draft(Where where, String id, String textJson) {
            this.where = where;
            this.id = id;
            this.textJson = textJson;
        }
    }

    /** The cells of one row, read by their dictionary column; each bad cell is one problem, and the row is then not ok. */
    private final class RowCells {
        final SourceRow row;
        final DataDictionary.Table table;
        boolean ok = true;

        RowCells(SourceRow row, String table) {
            this.row = row;
            this.table = dictionary.table(table);
        }

        void problem(String column, String key, Object... arguments) {
            ok = false;
            PlanFileParser.this.problem(row.where().column(column), key, arguments);
        }

        void require(String column, Object value) {
            if (value == null && cellIsEmpty(column)) {
                problem(column, "import.required");
            }
        }

        private boolean cellIsEmpty(String column) {
            return row.text(column) == null;
        }

        /** A text, cleaned of control characters and stripped; null when empty. */
        String text(String column) {
            String text = row.text(column);
            if (text == null) {
                return null;
            }
            if (text.length() > ImportLimits.MAX_CELL) {
                problem(column, "import.tooLong", ImportLimits.MAX_CELL);
                return null;
            }
            String clean = CleanText.typed(text).strip();
            return clean.isEmpty() ? null : clean;
        }

        /** Actor names of a list column, each a one-line name. */
        List<String> names(String column) {
            List<String> names = new ArrayList<>();
            for (String name : row.list(column)) {
                String clean = CleanText.name(name);
                if (clean.length() > 300) {
                    problem(column, "import.tooLong", 300);
                } else if (!clean.isEmpty() && !names.contains(clean)) {
                    names.add(clean);
                }
            }
            return names;
        }

        /** An id of the file: a whole number, required. */
        String id(String column) {
            Integer value = integer(column);
            if (value == null && ok) {
                problem(column, "import.required");
            }
            return value == null ? null : value.toString();
        }

        /**
         * The commitment of the file a row belongs to, by its id; a problem when the file has none such.
         * None either, but no problem of this row, when the file has it but its row was refused (its
         * own problems say why).
         */
        Draft commitment(Map<String, Draft> byId, Set<String> inFile) {
            String id = id("commitmentId");
            if (id == null) {
                return null;
            }
            Draft draft = byId.get(id);
            if (draft == null && !inFile.contains(id)) {
                problem("commitmentId", "import.unknownCommitment", id);
            }
            return draft;
        }

        Integer integer(String column) {
            String text = row.text(column);
            if (text == null) {
                return null;
            }
            try {
                return new BigDecimal(text.strip()).intValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                problem(column, "import.notInteger", shown(text));
                return null;
            }
        }

        BigDecimal decimal(String column) {
            String text = row.text(column);
            if (text == null) {
                return null;
            }
            try {
                BigDecimal value = new BigDecimal(text.strip());
                if (value.abs().compareTo(new BigDecimal("1E15")) >= 0 || value.scale() > 6) {
                    problem(column, "import.number.range", shown(text));
                    return null;
                }
                return value;
            } catch (NumberFormatException e) {
                problem(column, "import.notNumber", shown(text));
                return null;
            }
        }

        LocalDate date(String column) {
            String text = row.text(column);
            if (text == null) {
                return null;
            }
            for (DateTimeFormatter format : DATES) {
                try {
                    LocalDate date = LocalDate.parse(text.strip(), format);
                    if (date.getYear() < BudgetLine.FIRST_YEAR || date.getYear() > BudgetLine.LAST_YEAR) {
                        problem(column, "import.date.outOfRange", shown(text), BudgetLine.FIRST_YEAR, BudgetLine.LAST_YEAR);
                        return null;
                    }
                    return date;
                } catch (DateTimeParseException e) {
                    // the next format, or the problem below
                }
            }
            problem(column, "import.notDate", shown(text));
            return null;
        }

        /** One of the column's allowed values, by name (any case); null when empty. */
        String value(String column) {
            String text = row.text(column);
            if (text == null) {
                return null;
            }
            List<String> allowed = table.column(column).orElseThrow().values();
            String name = text.strip().toUpperCase(Locale.ROOT);
            if (!allowed.contains(name)) {
                problem(column, "import.unknownValue", shown(text), String.join(", ", allowed));
                return null;
            }
            return name;
        }

        /** Several of the column's allowed values. */
        List<String> values(String column) {
            List<String> allowed = table.column(column).orElseThrow().values();
            List<String> values = new ArrayList<>();
            for (String item : row.list(column)) {
                String name = item.toUpperCase(Locale.ROOT);
                if (!allowed.contains(name)) {
                    problem(column, "import.unknownValue", shown(item), String.join(", ", allowed));
                } else if (!values.contains(name)) {
                    values.add(name);
                }
            }
            return values;
        }

        /**
         * The template columns of the dictionary as a version's JSON (texts, ISO dates, the values,
         * the parties by name), so that the commitment's own field list reads it; null when a cell is bad.
         */
        String commitmentText() {
            JsonObjectBuilder json = Json.createObjectBuilder();
            for (DataDictionary.Column column : table.columns()) {
                if (!column.template()) {
                    continue;
                }
                String name = column.name();
                switch (column.type()) {
                    case DATE -> {
                        LocalDate date = date(name);
                        json.add(name, date == null ? JsonValue.NULL : Json.createValue(date.toString()));
                    }
                    case LIST -> {
                        JsonArrayBuilder array = Json.createArrayBuilder();
                        if (column.values().isEmpty()) {
                            names(name).forEach(n -> array.add(Json.createObjectBuilder().add("name", n).addNull("type")));
                        } else {
                            values(name).forEach(array::add);
                        }
                        json.add(name, array);
                    }
                    default -> {
                        String text = name.equals("leadInstitution") ? oneName(name) : text(name);
                        json.add(name, text == null ? JsonValue.NULL : Json.createValue(text));
                    }
                }
            }
            require("title", row.text("title"));
            return ok ? json.build().toString() : null;
        }

        private String oneName(String column) {
            String text = row.text(column);
            String name = text == null ? "" : CleanText.name(text);
            if (name.length() > 300) {
                problem(column, "import.tooLong", 300);
                return null;
            }
            return name.isEmpty() ? null : name;
        }
    }

    /** A cell's value as a message shows it: at most 60 characters. */
    private static String shown(String text) {
        String stripped = text.strip();
        return stripped.length() > 60 ? stripped.substring(0, 57) + "…" : stripped;
    }
}
