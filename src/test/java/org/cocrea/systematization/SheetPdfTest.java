package org.cocrea.systematization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The commitment sheet read back with PDFBox: one page whatever the size, its figures, accents, both languages, its hash. */
class SheetPdfTest {

    private static final Instant NOW = Instant.parse("2026-06-15T18:00:00Z");
    private static final Pattern HASH = Pattern.compile("\\(SHA-256\\): ([0-9a-f]{64})");

    static SheetFacts facts(int milestones, String problem) {
        List<SheetFacts.MilestoneRow> rows = IntStream.rangeClosed(1, milestones)
                .mapToObj(i -> new SheetFacts.MilestoneRow("Publicar el padrón de beneficiarios, corte " + i,
                        LocalDate.of(2026, 1, 1).plusMonths(i), i == 1 ? "milestone.status.VERIFIED" : "milestone.status.IN_PROGRESS",
                        i == 1 ? 100 : 40, i == 1))
                .toList();
        return new SheetFacts(7, "Transparentar el gasto en medicamentos", "Plan de Acción Local de Zacatecas 2025–2027",
                "Zacatecas", "Secretaría de Salud", List.of("Colectivo Ciudadano Zacatecano", "Instituto de Transparencia"),
                LocalDate.of(2025, 3, 1), LocalDate.of(2027, 6, 30), List.of("value.TRANSPARENCY", "value.CITIZEN_PARTICIPATION"),
                problem, "Que la población sepa cuánto se compra y dónde.", "E045", "Abasto de medicamentos",
                "Recursos estatales",
                List.of(new ReportFacts.MoneyRow(2025, new BigDecimal("12500000.00"), new BigDecimal("13000000.00"),
                                new BigDecimal("9750000.50")),
                        new ReportFacts.MoneyRow(2026, new BigDecimal("1000000.00"), null, new BigDecimal("250000.00"))),
                55, rows);
    }

    @Test
    void theSpanishSheetHoldsTheEssentialsMoneyAndMilestonesOnOnePage() throws IOException {
        byte[] pdf = new SheetPdf(Locale.forLanguageTag("es-MX"), NOW).render(facts(3, "Faltan medicamentos en las unidades rurales."));
        String text = ReportPdfTest.text(pdf).replaceAll("\\s+", " ");
        assertThat(ReportPdfTest.pages(pdf)).isEqualTo(1);
        assertThat(text).contains("Ficha del compromiso", "Transparentar el gasto en medicamentos", "Zacatecas",
                "Secretaría de Salud", "Colectivo Ciudadano Zacatecano, Instituto de Transparencia",
                "Transparencia, Participación ciudadana", "Faltan medicamentos en las unidades rurales.",
                "E045 · Abasto de medicamentos", "Avance del compromiso 55 %",
                "2025 $12,500,000.00 $13,000,000.00 $9,750,000.50",
                // totals computed here: 12,500,000.00 + 1,000,000.00; 13,000,000.00 (2026 not modified); 9,750,000.50 + 250,000.00
                "Total $13,500,000.00 $13,000,000.00 $10,000,000.50",
                "3 hitos, 1 verificado", "Publicar el padrón de beneficiarios, corte 1", "Verificado", "100 %", "Sí",
                "En proceso", "40 %", "Generado el 2026-06-15 18:00 UTC", "Página 1");
        assertThat(text).containsPattern(HASH);
    }

    @Test
    void aLargeCommitmentStaysOnOnePageItsRestCounted() throws IOException {
        byte[] pdf = new SheetPdf(Locale.forLanguageTag("es-MX"), NOW).render(facts(40, "Un problema largo. ".repeat(300)));
        String text = ReportPdfTest.text(pdf).replaceAll("\\s+", " ");
        assertThat(ReportPdfTest.pages(pdf)).isEqualTo(1);
        assertThat(text).contains("40 hitos, 1 verificado", "corte 12", "y 28 hitos más");
        assertThat(text).doesNotContain("corte 13 ");
    }

    @Test
    void theEnglishSheetSpeaksEnglishAndTheHashFollowsTheContentNotTheTime() throws IOException {
        SheetFacts facts = facts(2, "Medicines are missing.");
        String english = ReportPdfTest.text(new SheetPdf(Locale.ENGLISH, NOW).render(facts)).replaceAll("\\s+", " ");
        assertThat(english).contains("Commitment sheet", "Lead institution", "Transparency", "2 milestones, 1 verified",
                "Verified", "Yes", "Page 1");
        String later = ReportPdfTest.text(new SheetPdf(Locale.ENGLISH, NOW.plusSeconds(86_400)).render(facts));
        assertThat(hash(later)).isEqualTo(hash(english));
        assertThat(hash(ReportPdfTest.text(new SheetPdf(Locale.ENGLISH, NOW).render(facts(3, "Medicines are missing.")))))
                .isNotEqualTo(hash(english));
    }

    private static String hash(String text) {
        Matcher m = HASH.matcher(text.replaceAll("\\s+", " "));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
