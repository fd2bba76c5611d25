package org.cocrea.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.cocrea.shared.BundleText;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.ListDataValidation;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The XLSX template of the import (issue 14), all from the {@link DataDictionary}: a first sheet of
 * instructions in the person's language (every column: type, required, allowed values, meaning),
 * then one sheet per table the import reads ({@link SourceTables#IMPORTED}) with the columns it
 * reads ({@link #columns}: the dictionary's, less the export-only ones) in row 1, each header with
 * its meaning as a comment. A column with allowed values gets a drop-down over the first
 * {@link ImportLimits#MAX_ROWS} rows, its list on a hidden sheet {@value #LISTS} (no length limit; a
 * list column warns rather than refuses, for several values joined by " | "); dates are formatted
 * YYYY-MM-DD, money and weights as decimals, whole numbers as such, texts as text.
 */
public final class ImportTemplate {

    /** The hidden sheet that holds the drop-downs' lists, one column each. */
    static final String LISTS = "lists";

    private ImportTemplate() {
    }

    /** The columns of a table the template has, in the dictionary's order: those the import reads. */
    public static List<DataDictionary.Column> columns(String table) {
        return DataDictionary.get().table(table).columns().stream().filter(c -> !c.exportOnly()).toList();
    }

    /** Writes the template in the language of {@code locale} to {@code out} (not closed). */
    public static void write(OutputStream out, Locale locale) throws IOException {
        Workbook workbook = new Workbook(out, "Cocrea", "1.0");
        workbook.properties().setTitle(BundleText.of(locale, "import.template.title"));
        instructions(workbook.newWorksheet(BundleText.of(locale, "import.template.instructions")), locale);
        Worksheet lists = workbook.newWorksheet(LISTS);
        lists.setVisibilityState(VisibilityState.HIDDEN);
        int list = 0;
        for (String table : SourceTables.IMPORTED) {
            Worksheet sheet = workbook.newWorksheet(table);
            List<DataDictionary.Column> columns = columns(table);
            for (int c = 0; c < columns.size(); c++) {
                DataDictionary.Column column = columns.get(c);
                sheet.inlineString(0, c, column.name());
                sheet.comment(0, c, column.meaning(locale));
                sheet.width(c, column.type() == ColumnType.TEXT || column.type() == ColumnType.LIST ? 30 : 14);
                sheet.style(c).format(format(column.type())).set();
                if (!column.values().isEmpty()) {
                    for (int v = 0; v < column.values().size(); v++) {
                        lists.inlineString(v, list, column.values().get(v));
                    }
                    ListDataValidation validation = sheet.range(1, c, ImportLimits.MAX_ROWS, c)
                            .validateWithList(lists.range(0, list, column.values().size() - 1, list))
                            .allowBlank(true).showErrorMessage(true)
                            .errorTitle(BundleText.of(locale, "import.template.error.title"));
                    if (column.type() == ColumnType.LIST) {
                        validation.errorStyle(DataValidationErrorStyle.WARNING).error(BundleText.of(locale, "import.template.error.list"));
                    } else {
                        validation.errorStyle(DataValidationErrorStyle.STOP).error(BundleText.of(locale, "import.template.error.value"));
                    }
                    list++;
                }
            }
            sheet.range(0, 0, 0, columns.size() - 1).style().bold().fillColor("DDEBF7").set();
            sheet.freezePane(0, 1);
            sheet.finish();
        }
        lists.finish();
        workbook.finish();
    }

    /** The instructions: what to do, then a line per column of every sheet. */
    private static void instructions(Worksheet sheet, Locale locale) throws IOException {
        sheet.inlineString(0, 0, BundleText.of(locale, "import.template.title"));
        sheet.style(0, 0).bold().fontSize(14).set();
        sheet.inlineString(1, 0, BundleText.of(locale, "import.template.how"));
        String[] headers = {"import.template.sheet", "opendata.column", "opendata.type", "import.template.required",
            "opendata.values", "opendata.meaning"};
        for (int c = 0; c < headers.length; c++) {
            sheet.inlineString(3, c, BundleText.of(locale, headers[c]));
        }
        sheet.range(3, 0, 3, headers.length - 1).style().bold().fillColor("DDEBF7").set();
        int row = 4;
        for (String table : SourceTables.IMPORTED) {
            List<String> required = SourceTables.requiredColumns(table);
            for (DataDictionary.Column column : columns(table)) {
                sheet.inlineString(row, 0, table);
                sheet.inlineString(row, 1, column.name());
                sheet.inlineString(row, 2, BundleText.of(locale, "opendata.type." + column.type().key()));
                sheet.inlineString(row, 3, required.contains(column.name()) ? BundleText.of(locale, "import.template.yes") : "");
                sheet.inlineString(row, 4, column.valuesText());
                sheet.inlineString(row, 5, column.meaning(locale));
                row++;
            }
        }
        sheet.width(0, 14);
        sheet.width(1, 26);
        sheet.width(2, 22);
        sheet.width(3, 12);
        sheet.width(4, 40);
        sheet.width(5, 80);
        sheet.freezePane(0, 4);
        sheet.finish();
    }

    /** The number format of a column's cells. */
    private static String format(ColumnType type) {
        return switch (type) {
            case DATE -> "yyyy-mm-dd";
            case DECIMAL -> "#,##0.00####";
            case INTEGER -> "0";
            default -> "@";
        };
    }
}
