package org.cocrea.systematization;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.cocrea.shared.Steps;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws a plan's systematization report with OpenPDF (the drawing it shares with the commitment
 * sheet is {@link PdfDrawing}): a cover with the generation date and the
 * content hash, a table of contents with page numbers, then one section per entry of
 * {@link #sections}, each on its own page, charts drawn by JFreeChart; every page numbered. Texts
 * come from the web bundle in the report's language. It is drawn twice: the first pass learns on
 * which page each section starts and the hash of the content, the second prints them.
 */
public final class ReportPdf extends PdfDrawing {

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
    private List<Integer> startPages;

    public ReportPdf(Locale locale, Instant generatedAt) {
        super(locale, generatedAt, 10);
    }

    /** The PDF of these facts. */
    public byte[] render(ReportFacts facts) {
        return render(facts, new Steps());
    }

    /** The PDF of these facts, a step done for each section drawn ({@link #steps} in all). */
    public byte[] render(ReportFacts facts, Steps steps) {
        Pass first = pass(facts, null, null, steps);
        return pass(facts, first.startPages(), first.hash(), steps).bytes();
    }

    /** How many steps {@link #render} counts: each section, in each of its two passes. */
    public int steps() {
        return 2 * sections.size();
    }

    /** SHA-256 of the report's content: every text of its sections, none of the dates or numbers of its making. */
    public String contentHash(ReportFacts facts) {
        return pass(facts, null, null, new Steps()).hash();
    }

    private record Pass(byte[] bytes, List<Integer> startPages, String hash) {
    }

    private Pass pass(ReportFacts facts, List<Integer> knownPages, String knownHash, Steps steps) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        startPages = new ArrayList<>();
        open(new Document(PageSize.A4, 56, 56, 56, 64), out, facts.context().planTitle());
        cover(facts, knownHash);
        document.newPage();
        contents(knownPages);
        for (Section section : sections) {
            document.newPage();
            startPages.add(writer.getPageNumber());
            add(new Paragraph(text(section.titleKey()), heading));
            space();
            section.draw().accept(facts);
            steps.step();
        }
        document.close();
        return new Pass(out.toByteArray(), List.copyOf(startPages), contentHash());
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
        document.add(new Paragraph(generatedLine(), small));
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

    private static String shortened(String title) {
        return shortened(title, 40);
    }
}
