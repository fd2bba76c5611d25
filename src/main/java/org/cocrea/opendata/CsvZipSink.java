package org.cocrea.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV: a ZIP with {@code README.txt} (licence, date, scope, schema) and one {@code <table>.csv} per
 * table, UTF-8 with a byte order mark (so that spreadsheets in Spanish read accents right), RFC 4180,
 * the dictionary's column names as the header. Texts that a spreadsheet would take for a formula
 * are neutralized ({@link Cells#neutralized}).
 */
final class CsvZipSink implements TableSink {

    private final ZipOutputStream zip;
    private final Writer writer;
    private CSVPrinter printer;
    private DataDictionary.Table table;

    CsvZipSink(OutputStream out, About about) throws IOException {
        zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry("README.txt"));
        for (String[] line : about.lines()) {
            writer.write(line[0] + ": " + line[1] + "\r\n");
        }
        writer.flush();
        zip.closeEntry();
    }

    @Override
    public void begin(DataDictionary.Table table) throws IOException {
        this.table = table;
        zip.putNextEntry(new ZipEntry(table.name() + ".csv"));
        writer.write('\uFEFF');
        printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(table.headers().toArray(String[]::new)).get());
    }

    @Override
    public void row(List<Object> values) throws IOException {
        List<String> cells = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            String text = Cells.text(values.get(i));
            cells.add(Cells.typedByPeople(table.columns().get(i).type()) ? Cells.neutralized(text) : text);
        }
        printer.printRecord(cells);
    }

    @Override
    public void end() throws IOException {
        printer.flush();
        writer.flush();
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        zip.finish();
        zip.flush();
    }
}
