package org.cocrea.systematization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The report read back with PDFBox: its figures, its numbered pages and contents, accents, both languages. */
class ReportPdfTest {

    private static final Instant NOW = Instant.parse("2026-06-15T18:00:00Z");

    static ReportFacts facts(int commitments, int lessons) {
        List<ReportFacts.CommitmentRow> rows = new ArrayList<>();
        for (int i = 1; i <= commitments; i++) {
            rows.add(new ReportFacts.CommitmentRow("Transparentar el gasto en medicamentos " + i, "commitment.status.PUBLISHED",
                    i % 3 == 0 ? null : 40 + i % 50, 4, 1, i % 2,
                    List.of(new ReportFacts.MoneyRow(2025, new BigDecimal("12500000.00"), new BigDecimal("13000000.00"),
                            new BigDecimal("9750000.50")))));
        }
        List<ReportFacts.LessonRow> lessonRows = IntStream.rangeClosed(1, lessons)
                .mapToObj(i -> new ReportFacts.LessonRow("phase.FOLLOW_UP", LocalDate.of(2026, 3, 1),
                        List.of("lessons.source.OTHER_CONTEXTS"), "Sonora",
                        "Publicar los datos de compras cada mes " + i, "La dependencia publicó dos cortes.",
                        "Acordamos una fecha fija de corte."))
                .toList();
        return new ReportFacts(
                new ReportFacts.Context("Plan de Acción Local de Zacatecas 2025–2027", "Zacatecas", "Secretariado Técnico Local",
                        LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), "phase.SYSTEMATIZATION", "plan.status.PUBLISHED"),
                List.of(new ReportFacts.Count("sector.GOVERNMENT", 7), new ReportFacts.Count("sector.CIVIL_SOCIETY", 5)),
                List.of(new ReportFacts.PhaseRow("phase.IDENTIFICATION", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31),
                        LocalDate.of(2025, 1, 6), LocalDate.of(2025, 4, 2), 3, 3)),
                List.of(new ReportFacts.PriorityRow(1, "Abasto de medicamentos en unidades rurales", new BigDecimal("4.50"), 2)),
                List.of(new ReportFacts.Count("sessionKind.TRAINING", 3)),
                List.of(new ReportFacts.Count("sector.CIVIL_SOCIETY", 41)),
                List.of(new ReportFacts.Count("gender.WOMAN", 23), new ReportFacts.Count("gender.MAN", 18)),
                rows, new ReportFacts.Agreements(6, 2, 1), lessonRows,
                "<p>Presentación del secretariado: <b>año de aprendizaje</b>.</p>", "<p>Conclusión: seguir el dinero funcionó.</p>",
                List.of(new ReportFacts.Count("sessionMode.IN_PERSON", 3), new ReportFacts.Count("sessionMode.REMOTE", 1)),
                new ReportFacts.Results(4, 3, 2, 1,
                        List.of(new ReportFacts.Count("evaluation.level.Completion.SUBSTANTIAL", 1),
                                new ReportFacts.Count("evaluation.level.Completion.COMPLETE", 1)),
                        List.of(new ReportFacts.Count("evaluation.level.OpenedGovernment.MAJOR", 1))),
                List.of(new ReportFacts.IndicatorRow("Recetas surtidas completas", "%", new BigDecimal("62"),
                                new BigDecimal("90"), new BigDecimal("83.5"), 77, false),
                        new ReportFacts.IndicatorRow("Unidades con inventario publicado", null, BigDecimal.ZERO,
                                new BigDecimal("40"), null, null, false)),
                List.of(new ReportFacts.HuntRow("Búsqueda de cierre 2026", 25, 75, new BigDecimal("42"),
                        new BigDecimal("12.5"), 3, 1, 0)));
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void theSpanishReportHoldsTheFiguresNumberedPagesAndAccents() throws IOException {
        byte[] pdf = new ReportPdf(Locale.forLanguageTag("es-MX"), NOW).render(facts(3, 2));
        String text = text(pdf);
        assertThat(text).contains("Informe de sistematización", "Plan de Acción Local de Zacatecas 2025–2027",
                "Contenido", "Las seis fases", "Prioridades y su clasificación", "Aprendizajes",
                "Abasto de medicamentos en unidades rurales", "4.50", "Sociedad civil", "Mujer", "23",
                "$12,500,000.00", "$9,750,000.50", "avance: 41 %", "avance: no calculable", "Cumplidos", "Vencidos",
                "Experiencias de otros contextos (Sonora)", "Presentación del secretariado: año de aprendizaje.",
                "Generado el 2026-06-15 18:00 UTC");
        int pages = pages(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(13); // cover, contents, eleven sections
        assertThat(text).contains("Página 1", "Página " + pages);
        // the contents give the page on which each section starts: the sections follow cover and contents
        assertThat(text).containsPattern("1\\. Contexto del plan\\s+3");
        assertThat(text).containsPattern("Huella del contenido \\(SHA-256\\): [0-9a-f]{64}");
    }

    @Test
    void resultsIndicatorsHuntsAndTheSupportModeHaveTheirSections() throws IOException {
        String text = text(new ReportPdf(Locale.forLanguageTag("es-MX"), NOW).render(facts(1, 1))).replaceAll("\\s+", " ");
        assertThat(text).contains("Modalidad del acompañamiento", "Presencial: 3 sesiones · A distancia: 1 sesión",
                "Resultados de las valoraciones", "3 compromisos prometedores de 4 valorados",
                "1 con resultados tempranos sólidos de 2 valorados", "Sustancial", "Mayor",
                "Indicadores hacia la meta", "Recetas surtidas completas (%)", "83.5", "77 %", "sin medición",
                "Búsquedas del tesoro: antes y después", "Búsqueda de cierre 2026", "Búsqueda de cierre 2026 25 % 75 % 42 12.5",
                "Búsqueda de cierre 2026: 3 preguntas más fáciles, 1 pregunta igual, ninguna más difícil.");
        assertThat(text).containsPattern("7\\. Resultados de las valoraciones\\s+\\d+");
        String english = text(new ReportPdf(Locale.ENGLISH, NOW).render(facts(1, 1))).replaceAll("\\s+", " ");
        assertThat(english).contains("Support mode", "In person: 3 sessions · Remote: 1 session", "Assessment results",
                "3 promising commitments of 4 assessed", "Indicators toward target", "not measured",
                "Treasure hunts: before and after", "3 questions easier");
    }

    @Test
    void aPlanWithoutResultsIndicatorsOrHuntsSaysSo() throws IOException {
        ReportFacts f = facts(1, 0);
        ReportFacts empty = new ReportFacts(f.context(), f.actorsBySector(), f.phases(), f.priorities(), f.sessionsByKind(),
                f.attendanceBySector(), f.attendanceByGender(), f.commitments(), f.agreements(), f.lessons(), null, null,
                List.of(), ReportFacts.Results.NONE, List.of(), List.of());
        String text = text(new ReportPdf(Locale.forLanguageTag("es-MX"), NOW).render(empty));
        assertThat(text).contains("Aún no hay resultados de valoración publicados.",
                "Aún no hay búsquedas del tesoro de seguimiento comparadas con su línea base.");
    }

    @Test
    void theEnglishReportSpeaksEnglishAndTheHashFollowsTheContentNotTheDate() throws IOException {
        ReportFacts facts = facts(2, 1);
        String english = text(new ReportPdf(Locale.ENGLISH, NOW).render(facts));
        assertThat(english).contains("Systematization report", "Commitments, money and progress", "Page 2", "Kept");
        String hash = new ReportPdf(Locale.ENGLISH, NOW).contentHash(facts);
        assertThat(english).contains(hash);
        assertThat(new ReportPdf(Locale.ENGLISH, NOW.plusSeconds(86_400)).contentHash(facts)).isEqualTo(hash);
        assertThat(new ReportPdf(Locale.ENGLISH, NOW).contentHash(facts(3, 1))).isNotEqualTo(hash);
    }

    /** A benchmark, not a timed test: the largest volume's report (docs/performance.md numbers come from here). */
    @Test
    void aLargePlansReportIsDrawnAndItsTimeIsPrinted() throws IOException {
        ReportFacts large = facts(500, 300);
        long t0 = System.nanoTime();
        byte[] pdf = new ReportPdf(Locale.forLanguageTag("es-MX"), NOW).render(large);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        int pages = pages(pdf);
        System.out.println("report benchmark: 500 commitments, 300 lessons -> " + pages + " pages, " + pdf.length
                + " bytes in " + ms + " ms");
        assertThat(text(pdf)).contains("Transparentar el gasto en medicamentos 500", "Publicar los datos de compras cada mes 300");
    }
}
