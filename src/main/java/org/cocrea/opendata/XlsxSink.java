package org.cocrea.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * XLSX through fastexcel, streamed: a first sheet {@code about} (licence, date, scope, schema), then
 * one sheet per table with the dictionary's column names in the first row. Numbers are numbers;
 * texts are inline strings (a shared-strings table would grow with the data) and, being strings,
 * never formulas. Rows leave every {@value #FLUSH_EVERY} rows.
 */
final class XlsxSink implements TableSink {

    private static final int FLUSH_EVERY = 200;

    private final Workbook workbook;
    private Worksheet sheet;
    private DataDictionary.Table table;
    private int row;

    XlsxSink(OutputStream out, About about) throws IOException {
        workbook = new Workbook(out, "Cocrea", "1.0");
        workbook.properties().setTitle("Cocrea open data " + about.scope().slug()).setSubject(about.licence());
        Worksheet first = workbook.newWorksheet("about");
        int r = 0;
        for (String[] line : about.lines()) {
            first.inlineString(r, 0, line[0]);
            first.inlineString(r, 1, line[1]);
            r++;
        }
        first.finish();
    }

    @Override
    public void begin(DataDictionary.Table table) {
        this.table = table;
        sheet = workbook.newWorksheet(table.name());
        List<String> headers = table.headers();
        for (int c = 0; c < headers.size(); c++) {
            sheet.inlineString(0, c, headers.get(c));
        }
        row = 1;
    }

    @Override
    public void row(List<Object> values) throws IOException {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
                continue;
            }
            ColumnType type = table.columns().get(c).type();
            if ((type == ColumnType.INTEGER || type == ColumnType.DECIMAL) && value instanceof Number number) {
                sheet.value(row, c, number);
            } else {
                sheet.inlineString(row, c, Cells.text(value));
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void end() throws IOException {
        sheet.finish();
    }

    @Override
    public void close() throws IOException {
        workbook.finish();
    }
}
