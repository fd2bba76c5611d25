package org.cocrea.opendata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads a plan from an XLSX workbook (fastexcel-reader): the sheets {@code commitments},
 * {@code budget}, {@code milestones} and {@code activities} of the download or of the template, the first row being the
 * dictionary's headers. {@link ZipGuard} opens the file first, so a zip bomb never reaches the
 * reader. Formulas are never evaluated: a cell with one is a problem at its row. A number in a date
 * column is taken as Excel's day number.
 */
public final class XlsxSource {

    /** Day 0 of Excel's 1900 date system, as its day numbers count (with its 1900 leap-year bug). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private XlsxSource() {
    }

    public static SourceTables read(byte[] bytes) {
        SourceTables tables = new SourceTables();
        try {
            ZipGuard.entries(bytes, "import.xlsx.invalid");
        } catch (ZipGuard.Refused refused) {
            tables.problem(ImportProblem.at(Where.file(), refused.key));
            return tables;
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
            for (String table : SourceTables.IMPORTED) {
                Optional<Sheet> sheet = workbook.findSheet(table);
                if (sheet.isPresent()) {
                    readSheet(tables, table, sheet.get());
                }
            }
        } catch (IOException | RuntimeException e) {
            tables.problem(ImportProblem.at(Where.file(), "import.xlsx.invalid"));
            return tables;
        }
        if (tables.isEmpty() && tables.problems().isEmpty()) {
            tables.problem(ImportProblem.at(Where.file(), "import.empty"));
        }
        return tables;
    }

    private static void readSheet(SourceTables tables, String table, Sheet sheet) throws IOException {
        DataDictionary.Table columns = DataDictionary.get().table(table);
        List<String> header = null;
        try (var rows = sheet.openStream()) {
            for (Row row : (Iterable<Row>) rows::iterator) {
                if (header == null) {
                    header = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        header.add(row.getOptionalCell(i).map(Cell::getText).orElse("").strip());
                    }
                    if (!tables.header(Where.Kind.SHEET, table, header)) {
                        return;
                    }
                    continue;
                }
                List<String> values = new ArrayList<>();
                for (int i = 0; i < header.size(); i++) {
                    String column = header.get(i);
                    Cell cell = row.getOptionalCell(i).orElse(null);
                    if (cell != null && cell.getType() == CellType.FORMULA) {
                        tables.problem(ImportProblem.at(new Where(Where.Kind.SHEET, table, row.getRowNum(), column), "import.formula"));
                        values.add(null);
                    } else {
                        values.add(text(cell, columns.column(column).map(DataDictionary.Column::type).orElse(ColumnType.TEXT)));
                    }
                }
                if (!tables.line(Where.Kind.SHEET, table, header, row.getRowNum(), values)) {
                    return;
                }
            }
        }
    }

    private static String text(Cell cell, ColumnType type) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            if (type == ColumnType.DATE && number.signum() > 0 && number.compareTo(BigDecimal.valueOf(2_958_465)) <= 0) {
                return EXCEL_EPOCH.plusDays(number.longValue()).toString();
            }
            return number.stripTrailingZeros().toPlainString();
        }
        return cell.getText();
    }
}
