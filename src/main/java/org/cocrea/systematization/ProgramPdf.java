package org.cocrea.systematization;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws the program report (landscape A4, OpenPDF): the states side by side, then the states grouped
 * by support mode with a chart of their progress and results, the date it was generated and the
 * content hash; pages numbered.
 */
public final class ProgramPdf extends PdfDrawing {

    public ProgramPdf(Locale locale, Instant generatedAt) {
        super(locale, generatedAt, 8.5f);
    }

    public byte[] render(ProgramFacts f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        open(new Document(PageSize.A4.rotate(), 36, 36, 36, 48), out, text("program.title"));
        add(new Paragraph(text("program.title"), heading));
        add(new Paragraph(text("program.lead"), body));
        space();
        table(new String[] {text("report.state"), text("program.supportMode"), text("report.plan"), text("program.commitments"),
                        text("report.progress.short"), text("program.attendance"), text("program.women"),
                        text("program.promising"), text("program.strong"), text("program.lessons")},
                new float[] {3, 2, 5, 2, 2, 2, 2, 2, 2, 2},
                f.states().stream().map(s -> new String[] {s.stateName(), text(s.supportMode()), s.planTitle(),
                        String.valueOf(s.commitments()), percent(s.progress()), String.valueOf(s.attendance()),
                        String.valueOf(s.women()), s.promising() + "/" + s.designAssessed(),
                        s.strongEarlyResults() + "/" + s.resultsAssessed(), String.valueOf(s.publicLessons())}).toList());
        space();
        add(new Paragraph(text("program.byMode"), bold));
        table(new String[] {text("program.supportMode"), text("program.states"), text("program.meanProgress"),
                        text("program.attendancePerState"), text("program.womenShare"), text("program.promisingShare"),
                        text("program.strongShare")},
                new float[] {3, 2, 2, 2, 2, 2, 2},
                f.modes().stream().map(m -> new String[] {text(m.supportMode()), String.valueOf(m.states()),
                        percent(m.meanProgress()), m.attendancePerState() == null ? "—" : String.valueOf(m.attendancePerState()),
                        percent(m.womenShare()), percent(m.promisingShare()), percent(m.strongShare())}).toList());
        if (!f.modes().isEmpty()) {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            for (ProgramFacts.ModeRow m : f.modes()) {
                data.addValue(zero(m.meanProgress()), text("program.meanProgress"), text(m.supportMode()));
                data.addValue(zero(m.womenShare()), text("program.womenShare"), text(m.supportMode()));
                data.addValue(zero(m.promisingShare()), text("program.promisingShare"), text(m.supportMode()));
                data.addValue(zero(m.strongShare()), text("program.strongShare"), text(m.supportMode()));
            }
            JFreeChart chart = ChartFactory.createBarChart(text("program.byMode"), null, "%", data, PlotOrientation.VERTICAL,
                    true, false, false);
            image(chart, 200);
        }
        space();
        document.add(new Paragraph(generatedLine() + " · " + text("report.contentHash", contentHash()), small));
        document.close();
        return out.toByteArray();
    }

    private static int zero(Integer value) {
        return value == null ? 0 : value;
    }
}
