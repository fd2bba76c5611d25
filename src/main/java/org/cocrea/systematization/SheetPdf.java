package org.cocrea.systematization;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Draws the one-page commitment sheet (ficha) with OpenPDF: the commitment's essentials, its money
 * per year with totals, its milestones with progress and verification, the date it was generated
 * and the SHA-256 of its content. Long texts are cut ({@link #TEXT_MAX}) and at most
 * {@link #MILESTONES_MAX} milestones are listed (the rest counted), so that it stays one page.
 */
public final class SheetPdf extends PdfDrawing {

    static final int TEXT_MAX = 420;
    static final int MILESTONES_MAX = 12;

    public SheetPdf(Locale locale, Instant generatedAt) {
        super(locale, generatedAt, 8.5f);
    }

    /** The sheet of these facts. */
    public byte[] render(SheetFacts f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        open(new Document(PageSize.A4, 40, 40, 32, 48), out, f.title());
        add(new Paragraph(text("sheet.kind") + " · " + f.stateName() + " · " + f.planTitle(), small));
        add(new Paragraph(shortened(f.title(), 160), heading));
        space();
        keyValues(List.of(
                text("commitment.leadInstitution"), orDash(f.leadInstitution()),
                text("commitment.coResponsibles"), f.coResponsibles().isEmpty() ? "—" : String.join(", ", f.coResponsibles()),
                text("sheet.period"), range(f.startDate(), f.endDate()),
                text("sheet.values"), f.valueKeys().isEmpty() ? "—"
                        : String.join(", ", f.valueKeys().stream().map(this::text).toList()),
                text("commitment.problem"), orDash(shortened(f.problem(), TEXT_MAX)),
                text("commitment.objective"), orDash(shortened(f.objective(), TEXT_MAX)),
                text("sheet.budgetProgram"), orDash(String.join(" · ", java.util.stream.Stream.of(f.budgetProgramKey(),
                        f.budgetProgramName()).filter(Objects::nonNull).toList())),
                text("commitment.fundingSource"), orDash(f.fundingSource()),
                text("sheet.progress"), f.progress() == null ? text("report.notComputable") : f.progress() + " %"));
        space();
        add(new Paragraph(text("sheet.money"), bold));
        List<String[]> money = new ArrayList<>(f.money().stream().map(m -> new String[] {String.valueOf(m.fiscalYear()),
                money(m.approved()), money(m.modified()), money(m.spent())}).toList());
        if (!money.isEmpty()) {
            money.add(new String[] {text("sheet.total"), money(total(f, ReportFacts.MoneyRow::approved)),
                    money(total(f, ReportFacts.MoneyRow::modified)), money(total(f, ReportFacts.MoneyRow::spent))});
        }
        table(new String[] {text("report.year"), text("report.approved"), text("report.modified"), text("report.spent")},
                new float[] {1, 3, 3, 3}, money);
        space();
        add(new Paragraph(text("sheet.milestones", f.milestones().size(),
                f.milestones().stream().filter(SheetFacts.MilestoneRow::verified).count()), bold));
        table(new String[] {text("sheet.milestone"), text("sheet.endDate"), text("sheet.status"), text("report.progress.short"),
                        text("sheet.verified")},
                new float[] {7, 2, 2, 1.4f, 1.4f},
                f.milestones().stream().limit(MILESTONES_MAX).map(m -> new String[] {shortened(m.title(), 90), date(m.endDate()),
                        text(m.statusKey()), percent(m.progress()), text(m.verified() ? "sheet.yes" : "sheet.no")}).toList());
        if (f.milestones().size() > MILESTONES_MAX) {
            add(new Paragraph(text("sheet.milestones.more", f.milestones().size() - MILESTONES_MAX), small));
        }
        space();
        document.add(new Paragraph(generatedLine() + " · " + text("report.contentHash", contentHash()), small));
        document.close();
        return out.toByteArray();
    }

    private static BigDecimal total(SheetFacts f, Function<ReportFacts.MoneyRow, BigDecimal> amount) {
        List<BigDecimal> amounts = f.money().stream().map(amount).filter(Objects::nonNull).toList();
        return amounts.isEmpty() ? null : amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
