package org.cocrea.systematization;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws a plan's systematization report with OpenPDF: a cover with the generation date and the
 * content hash, a table of contents with page numbers, then one section per entry of
 * {@link #sections}, each on its own page, charts drawn by JFreeChart; every page numbered. Texts
 * come from the web bundle in the report's language. It is drawn twice: the first pass learns on
 * which page each section starts and the hash of the content, the second prints them.
 */
public final class ReportPdf {

    private static final String BUNDLE = "org.cocrea.web.messages";
    private static final Color ACCENT = new Color(0x1f, 0x4e, 0x79);

    private final Locale locale;
    private final Instant generatedAt;
    private final ResourceBundle bundle;
    private final Font body = font(10, Font.NORMAL);
    private final Font bold = font(10, Font.BOLD);
    private final Font heading = font(16, Font.BOLD);
    private final Font title = font(24, Font.BOLD);
    private final Font small = font(8, Font.NORMAL);

    private record Section(String titleKey, Consumer<ReportFacts> draw) {
    }

    private final List<Section> sections = List.of(
            new Section("report.section.context", this::context),
            new Section("report.section.actors", this::actors),
            new Section("report.section.phases", this::phases),
            new Section("report.section.priorities", this::priorities),
            new Section("report.section.sessions", this::sessions),
            new Section("report.section.commitments", this::commitments),
            new Section("report.section.results", this::results),
            new Section("report.section.indicators", this::indicators),
            new Section("report.section.hunts", this::hunts),
            new Section("report.section.agreements", this::agreements),
            new Section("report.section.lessons", this::lessons));

    // one pass
    private Document document;
    private PdfWriter writer;
    private StringBuilder content;
    private List<Integer> startPages;

    public ReportPdf(Locale locale, Instant generatedAt) {
        this.locale = locale;
        this.generatedAt = generatedAt;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    /** The PDF of these facts. */
    public byte[] render(ReportFacts facts) {
        Pass first = pass(facts, null, null);
        return pass(facts, first.startPages(), first.hash()).bytes();
    }

    /** SHA-256 of the report's content: every text of its sections, none of the dates or numbers of its making. */
    public String contentHash(ReportFacts facts) {
        return pass(facts, null, null).hash();
    }

    private record Pass(byte[] bytes, List<Integer> startPages, String hash) {
    }

    private Pass pass(ReportFacts facts, List<Integer> knownPages, String knownHash) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document = new Document(PageSize.A4, 56, 56, 56, 64);
        writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageNumbers());
        content = new StringBuilder();
        startPages = new ArrayList<>();
        document.addTitle(facts.context().planTitle());
        document.addCreator("Cocrea");
        document.open();
        cover(facts, knownHash);
        document.newPage();
        contents(knownPages);
        for (Section section : sections) {
            document.newPage();
            startPages.add(writer.getPageNumber());
            add(new Paragraph(text(section.titleKey()), heading));
            space();
            section.draw().accept(facts);
        }
        document.close();
        return new Pass(out.toByteArray(), List.copyOf(startPages), sha256(content.toString()));
    }

    private void cover(ReportFacts facts, String hash) {
        ReportFacts.Context c = facts.context();
        document.add(new Paragraph(text("report.cover.kind"), bold));
        space();
        add(new Paragraph(c.planTitle(), title));
        space();
        add(new Paragraph(c.stateName() + " · " + c.secretariatName(), body));
        add(new Paragraph(text("report.cover.cycle", date(c.cycleStart()), date(c.cycleEnd())), body));
        space();
        document.add(new Paragraph(text("report.generatedAt", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .format(generatedAt.atZone(ZoneId.of("UTC")))), small));
        document.add(new Paragraph(text("report.contentHash", hash == null ? "…" : hash), small));
    }

    private void contents(List<Integer> pages) {
        document.add(new Paragraph(text("report.contents"), heading));
        space();
        PdfPTable table = new PdfPTable(new float[] {10, 1});
        table.setWidthPercentage(100);
        for (int i = 0; i < sections.size(); i++) {
            table.addCell(plain((i + 1) + ". " + text(sections.get(i).titleKey())));
            table.addCell(plain(pages == null ? "…" : String.valueOf(pages.get(i))));
        }
        document.add(table);
    }

    // the sections, in order

    private void context(ReportFacts f) {
        ReportFacts.Context c = f.context();
        keyValues(List.of(
                text("report.plan"), c.planTitle(),
                text("report.state"), c.stateName(),
                text("report.secretariat"), c.secretariatName(),
                text("report.cycle"), date(c.cycleStart()) + " – " + date(c.cycleEnd()),
                text("report.currentPhase"), text(c.phase()),
                text("report.status"), text(c.status()),
                text("report.supportMode"), supportMode(f.sessionsByMode())));
        html(text("report.foreword"), f.foreword());
        html(text("report.conclusions"), f.conclusions());
    }

    private void actors(ReportFacts f) {
        counted(f.actorsBySector(), "report.actors.sector", "report.none");
        chart("report.actors.sector", f.actorsBySector());
    }

    private void phases(ReportFacts f) {
        table(new String[] {text("report.phase"), text("report.planned"), text("report.actual"), text("report.checklist")},
                new float[] {4, 4, 4, 2},
                f.phases().stream().map(p -> new String[] {text(p.phase()), range(p.plannedStart(), p.plannedEnd()),
                        range(p.startedOn(), p.finishedOn()), p.done() + "/" + p.items()}).toList());
    }

    private void priorities(ReportFacts f) {
        table(new String[] {text("report.rank"), text("report.priority"), text("report.mean"), text("report.scores")},
                new float[] {1, 8, 2, 2},
                f.priorities().stream().map(p -> new String[] {p.rank() == null ? "—" : String.valueOf(p.rank()), p.title(),
                        p.mean() == null ? "—" : decimal(p.mean()), String.valueOf(p.scores())}).toList());
    }

    private void sessions(ReportFacts f) {
        add(new Paragraph(text("report.sessions.byKind"), bold));
        counted(f.sessionsByKind(), "report.sessions.kind", "report.none");
        add(new Paragraph(text("report.sessions.bySector"), bold));
        counted(f.attendanceBySector(), "report.actors.sector", "report.none");
        add(new Paragraph(text("report.sessions.byGender"), bold));
        counted(f.attendanceByGender(), "report.gender", "report.none");
        chart("report.sessions.byGender", f.attendanceByGender());
    }

    private void commitments(ReportFacts f) {
        if (f.commitments().isEmpty()) {
            add(new Paragraph(text("report.none"), body));
            return;
        }
        for (ReportFacts.CommitmentRow c : f.commitments()) {
            add(new Paragraph(c.title(), bold));
            add(new Paragraph(text("report.commitment.line", text(c.status()),
                    c.progress() == null ? text("report.notComputable") : c.progress() + " %", c.milestones(), c.verified(),
                    c.overdue()), body));
            if (!c.money().isEmpty()) {
                table(new String[] {text("report.year"), text("report.approved"), text("report.modified"), text("report.spent")},
                        new float[] {1, 3, 3, 3},
                        c.money().stream().map(m -> new String[] {String.valueOf(m.fiscalYear()), money(m.approved()),
                                money(m.modified()), money(m.spent())}).toList());
            }
            space();
        }
        DefaultCategoryDataset progress = new DefaultCategoryDataset();
        int i = 1;
        for (ReportFacts.CommitmentRow c : f.commitments()) {
            progress.addValue(c.progress() == null ? 0 : c.progress(), text("report.progress"), i++ + ". " + shortened(c.title()));
        }
        image(ChartFactory.createBarChart(text("report.progress"), null, "%", progress, PlotOrientation.HORIZONTAL,
                false, false, false), 60 + 28 * f.commitments().size());
    }

    /** How the plan was accompanied: its sessions in person and remote. */
    private String supportMode(List<ReportFacts.Count> byMode) {
        if (byMode.isEmpty()) {
            return text("report.none");
        }
        return String.join(" · ", byMode.stream().map(c -> text(c.key()) + ": " + text("report.sessionCount", c.count())).toList());
    }

    private void results(ReportFacts f) {
        ReportFacts.Results r = f.results();
        if (r.designAssessed() == 0 && r.resultsAssessed() == 0) {
            add(new Paragraph(text("report.results.none"), body));
            return;
        }
        keyValues(List.of(text("report.results.design"), text("report.results.promising", r.promising(), r.designAssessed()),
                text("report.results.results"), text("report.results.strong", r.strongEarlyResults(), r.resultsAssessed())));
        space();
        counted(r.completion(), "evaluation.item.COMPLETION", "report.none");
        chart("evaluation.item.COMPLETION", r.completion());
        space();
        counted(r.opened(), "evaluation.item.OPENED_GOVERNMENT", "report.none");
    }

    private void indicators(ReportFacts f) {
        table(new String[] {text("report.indicator"), text("indicator.baseline"), text("indicator.target"),
                        text("indicator.current"), text("report.indicator.progress")},
                new float[] {6, 2, 2, 2, 3},
                f.indicators().stream().map(i -> new String[] {i.name() + (i.unit() == null ? "" : " (" + i.unit() + ")"),
                        number(i.baseline()), number(i.target()), number(i.current()),
                        (i.progress() == null ? text("report.indicator.notMeasured") : i.progress() + " %")
                                + (i.exceeded() ? " · " + text("indicator.exceeded") : "")}).toList());
        if (!f.indicators().isEmpty()) {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            int i = 1;
            for (ReportFacts.IndicatorRow row : f.indicators()) {
                data.addValue(row.progress() == null ? 0 : row.progress(), text("report.indicator.progress"),
                        i++ + ". " + shortened(row.name()));
            }
            image(ChartFactory.createBarChart(text("report.indicator.progress"), null, "%", data, PlotOrientation.HORIZONTAL,
                    false, false, false), 60 + 28 * f.indicators().size());
        }
    }

    private void hunts(ReportFacts f) {
        if (f.hunts().isEmpty()) {
            add(new Paragraph(text("report.hunts.none"), body));
            return;
        }
        table(new String[] {text("report.hunt"), text("report.hunts.availabilityBefore"), text("report.hunts.availabilityAfter"),
                        text("report.hunts.minutesBefore"), text("report.hunts.minutesAfter")},
                new float[] {3, 2, 2, 2, 2},
                f.hunts().stream().map(h -> new String[] {h.title(), percent(h.availabilityBefore()),
                        percent(h.availabilityAfter()), number(h.minutesBefore()), number(h.minutesAfter())}).toList());
        space();
        for (ReportFacts.HuntRow h : f.hunts()) {
            add(new Paragraph(h.title() + ": " + text("hunt.ease.count.EASIER", h.easier()) + ", "
                    + text("hunt.ease.count.SAME", h.same()) + ", " + text("hunt.ease.count.HARDER", h.harder()) + ".", body));
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int i = 1;
        for (ReportFacts.HuntRow h : f.hunts()) {
            String label = i++ + ". " + shortened(h.title());
            data.addValue(h.availabilityBefore() == null ? 0 : h.availabilityBefore(), text("report.hunts.before"), label);
            data.addValue(h.availabilityAfter() == null ? 0 : h.availabilityAfter(), text("report.hunts.after"), label);
        }
        JFreeChart chart = ChartFactory.createBarChart(text("report.hunts.availability"), null, "%", data,
                PlotOrientation.HORIZONTAL, true, false, false);
        chart.getCategoryPlot().getRenderer().setSeriesPaint(1, new Color(0xe0, 0x8a, 0x1e));
        image(chart, 80 + 40 * f.hunts().size());
    }

    private void agreements(ReportFacts f) {
        ReportFacts.Agreements a = f.agreements();
        keyValues(List.of(text("report.agreements.kept"), String.valueOf(a.kept()),
                text("report.agreements.open"), String.valueOf(a.open()),
                text("report.agreements.overdue"), String.valueOf(a.overdue())));
    }

    private void lessons(ReportFacts f) {
        if (f.lessons().isEmpty()) {
            add(new Paragraph(text("report.none"), body));
        }
        for (ReportFacts.LessonRow l : f.lessons()) {
            String sources = String.join(", ", l.sources().stream().map(this::text).toList())
                    + (l.otherContext() == null ? "" : " (" + l.otherContext() + ")");
            add(new Paragraph(text(l.phase()) + " · " + date(l.learnedOn()) + " · " + sources, bold));
            keyValues(List.of(text("lessons.field.tried"), l.tried(), text("lessons.field.happened"), l.happened(),
                    text("lessons.field.changed"), l.changed()));
            space();
        }
    }

    // drawing helpers

    private void counted(List<ReportFacts.Count> counts, String labelKey, String noneKey) {
        if (counts.isEmpty()) {
            add(new Paragraph(text(noneKey), body));
            return;
        }
        table(new String[] {text(labelKey), text("report.count")}, new float[] {4, 1},
                counts.stream().map(c -> new String[] {text(c.key()), String.valueOf(c.count())}).toList());
    }

    private void chart(String titleKey, List<ReportFacts.Count> counts) {
        if (counts.isEmpty()) {
            return;
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        counts.forEach(c -> data.addValue(c.count(), text(titleKey), text(c.key())));
        image(ChartFactory.createBarChart(text(titleKey), null, null, data, PlotOrientation.HORIZONTAL, false, false, false),
                60 + 32 * counts.size());
    }

    private void image(JFreeChart chart, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getCategoryPlot().getRenderer().setSeriesPaint(0, ACCENT);
        try {
            Image image = Image.getInstance(chart.createBufferedImage(960, height * 2), null);
            image.scaleToFit(document.getPageSize().getWidth() - 112, height);
            document.add(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void keyValues(List<String> pairs) {
        PdfPTable table = new PdfPTable(new float[] {1, 3});
        table.setWidthPercentage(100);
        for (int i = 0; i < pairs.size(); i += 2) {
            table.addCell(cell(pairs.get(i), bold));
            table.addCell(plain(pairs.get(i + 1)));
        }
        document.add(table);
    }

    private void table(String[] headers, float[] widths, List<String[]> rows) {
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

    /** Rich text the secretariat wrote (already sanitized), as plain paragraphs: its tags dropped, its paragraphs kept. */
    private void html(String heading, String sanitized) {
        if (sanitized == null || sanitized.isBlank()) {
            return;
        }
        space();
        add(new Paragraph(heading, bold));
        for (String paragraph : sanitized.split("(?i)</p>|<br\\s*/?>|</li>|</h\\d>")) {
            String plain = paragraph.replaceAll("<[^>]*>", "").replace("&amp;", "&").replace("&lt;", "<")
                    .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").strip();
            if (!plain.isEmpty()) {
                add(new Paragraph(plain, body));
            }
        }
    }

    private PdfPCell plain(String value) {
        return cell(value, body);
    }

    private PdfPCell cell(String value, Font font) {
        content.append(value).append('\n');
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setPadding(4);
        cell.setBorderColor(new Color(0xcc, 0xcc, 0xcc));
        return cell;
    }

    /** Adds a paragraph of the content (its text counts in the hash). */
    private void add(Paragraph paragraph) {
        content.append(paragraph.getContent()).append('\n');
        document.add(paragraph);
    }

    private void space() {
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

    private String date(LocalDate date) {
        return date == null ? "—" : DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(date);
    }

    private String range(LocalDate from, LocalDate to) {
        return from == null && to == null ? "—" : date(from) + " – " + date(to);
    }

    private String decimal(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private String number(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static String percent(Integer value) {
        return value == null ? "—" : value + " %";
    }

    private String money(BigDecimal value) {
        return value == null ? "—" : "$" + decimal(value);
    }

    private static String shortened(String title) {
        return title.length() > 40 ? title.substring(0, 39) + "…" : title;
    }

    private static Font font(float size, int style) {
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style);
    }

    private static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 in hex: of the report's content, and of a published edition's bytes. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
