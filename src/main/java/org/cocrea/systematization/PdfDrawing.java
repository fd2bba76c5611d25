package org.cocrea.systematization;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jfree.chart.JFreeChart;

/**
 * What the PDFs of systematization share ({@link ReportPdf}, {@link SheetPdf}): texts from the web
 * bundle in the document's language, its fonts, tables, key–value lists, charts drawn by JFreeChart,
 * numbered pages, and the SHA-256 of the content (every text added through {@link #add} and the
 * cells, none of the dates or numbers of its making). One instance draws one document at a time.
 */
abstract class PdfDrawing {

    private static final String BUNDLE = "org.cocrea.web.messages";
    static final Color ACCENT = new Color(0x1f, 0x4e, 0x79);

    final Locale locale;
    final Instant generatedAt;
    private final ResourceBundle bundle;
    final Font body;
    final Font bold;
    final Font heading;
    final Font title;
    final Font small;

    // the document being drawn
    Document document;
    PdfWriter writer;
    StringBuilder content;

    PdfDrawing(Locale locale, Instant generatedAt, float bodySize) {
        this.locale = locale;
        this.generatedAt = generatedAt;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
        this.body = font(bodySize, Font.NORMAL);
        this.bold = font(bodySize, Font.BOLD);
        this.heading = font(bodySize + 6, Font.BOLD);
        this.title = font(bodySize + 14, Font.BOLD);
        this.small = font(8, Font.NORMAL);
    }

    /** Starts a document written to {@code out}, its pages numbered, its content hashed from here on. */
    void open(Document document, java.io.OutputStream out, String documentTitle) {
        this.document = document;
        this.writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageNumbers());
        this.content = new StringBuilder();
        document.addTitle(documentTitle);
        document.addCreator("Cocrea");
        document.open();
    }

    /** The SHA-256 of the content added so far. */
    String contentHash() {
        return sha256(content.toString().getBytes(StandardCharsets.UTF_8));
    }

    String generatedLine() {
        return text("report.generatedAt", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .format(generatedAt.atZone(ZoneId.of("UTC"))));
    }

    void keyValues(List<String> pairs) {
        PdfPTable table = new PdfPTable(new float[] {1, 3});
        table.setWidthPercentage(100);
        for (int i = 0; i < pairs.size(); i += 2) {
            table.addCell(cell(pairs.get(i), bold));
            table.addCell(plain(pairs.get(i + 1)));
        }
        document.add(table);
    }

    void table(String[] headers, float[] widths, List<String[]> rows) {
        if (rows.isEmpty()) {
            add(new Paragraph(text("report.none"), body));
            return;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = cell(header, bold);
            cell.setBackgroundColor(new Color(0xe8, 0xee, 0xf4));
            table.addCell(cell);
        }
        rows.forEach(row -> {
            for (String value : row) {
                table.addCell(plain(value));
            }
        });
        document.add(table);
    }

    void image(JFreeChart chart, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getCategoryPlot().getRenderer().setSeriesPaint(0, ACCENT);
        try {
            Image image = Image.getInstance(chart.createBufferedImage(960, height * 2), null);
            image.scaleToFit(document.getPageSize().getWidth() - document.leftMargin() - document.rightMargin(), height);
            document.add(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PdfPCell plain(String value) {
        return cell(value, body);
    }

    PdfPCell cell(String value, Font font) {
        content.append(value).append('\n');
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setPadding(4);
        cell.setBorderColor(new Color(0xcc, 0xcc, 0xcc));
        return cell;
    }

    /** Adds a paragraph of the content (its text counts in the hash). */
    void add(Paragraph paragraph) {
        content.append(paragraph.getContent()).append('\n');
        document.add(paragraph);
    }

    void space() {
        document.add(new Paragraph(" ", small));
    }

    private final class PageNumbers extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter pdf, Document doc) {
            ColumnText.showTextAligned(pdf.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(text("report.page", pdf.getPageNumber()), small),
                    (doc.left() + doc.right()) / 2, doc.bottom() - 24, 0);
        }
    }

    // texts

    String text(String key, Object... arguments) {
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    String date(LocalDate date) {
        return date == null ? "—" : DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(date);
    }

    String range(LocalDate from, LocalDate to) {
        return from == null && to == null ? "—" : date(from) + " – " + date(to);
    }

    String decimal(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    String number(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    static String percent(Integer value) {
        return value == null ? "—" : value + " %";
    }

    String money(BigDecimal value) {
        return value == null ? "—" : "$" + decimal(value);
    }

    /** A text cut to {@code max} characters (an ellipsis marks the cut); null stays null. */
    static String shortened(String text, int max) {
        return org.cocrea.shared.Texts.shortened(text, max);
    }

    private static Font font(float size, int style) {
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style);
    }

    /** SHA-256 in hex: of a document's content, and of a published edition's bytes. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
