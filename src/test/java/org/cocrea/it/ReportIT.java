package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cocrea.indicator.Direction;
import org.cocrea.indicator.Frequency;
import org.cocrea.indicator.Indicator;
import org.cocrea.indicator.IndicatorService;
import org.cocrea.indicator.Measurement;
import org.cocrea.plan.Phase;
import org.cocrea.treasurehunt.AnswerOutcome;
import org.cocrea.treasurehunt.DataFormat;
import org.cocrea.treasurehunt.HuntAnswer;
import org.cocrea.treasurehunt.HuntPurpose;
import org.cocrea.treasurehunt.HuntQuestion;
import org.cocrea.treasurehunt.HuntService;
import org.cocrea.treasurehunt.TreasureHunt;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.support.Deployments;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.systematization.LearningSource;
import org.cocrea.systematization.Lesson;
import org.cocrea.systematization.LessonService;
import org.cocrea.systematization.ReportFacts;
import org.cocrea.systematization.ReportGenerations;
import org.cocrea.systematization.ReportService;
import org.cocrea.shared.BackgroundJobs;
import org.cocrea.shared.JobStatus;
import org.cocrea.support.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The report's facts gathered from a real plan, through the real services: the figures the test
 * put in come out (the PDF drawing of them is ReportPdfTest's), only public lessons, only for the
 * plan's own secretariat.
 */
@ExtendWith(ArquillianExtension.class)
class ReportIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private ReportService reports;
    @Inject private LessonService lessons;
    @Inject private IndicatorService indicators;
    @Inject private HuntService hunts;
    @Inject private org.cocrea.plan.PlanService plans;
    @Inject private org.cocrea.transparency.TransparencyLog transparency;
    @Inject private org.cocrea.state.StateService states;
    @Inject private org.cocrea.systematization.ProgramReportService program;
    @Inject private org.cocrea.milestone.ReportService progressReports;
    @Inject private ReportGenerations generations;
    @Inject private BackgroundJobs jobs;

    @org.jboss.arquillian.test.api.ArquillianResource
    private java.net.URL base;

    private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
            .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();

    private World here;
    private World there;

    @BeforeEach
    void twoStates() {
        here = scenario.newState();
        there = scenario.newState();
    }

    private Lesson lesson(String tried, boolean visible) {
        Lesson form = Lesson.blank();
        form.setPhase(Phase.IDENTIFICATION);
        form.setTried(tried);
        form.setHappened("Pasó algo.");
        form.setChanged("Cambiamos algo.");
        form.setLearnedOn(scenario.today(here).minusDays(1));
        form.setSourceArray(new LearningSource[] {LearningSource.LOCAL_POLITICS});
        form.setVisibleToPublic(visible);
        return form;
    }

    @Test
    void theFactsAreThePlansAndOnlyPublicLessonsEnterTheReport() {
        actAs(here.secretariat());
        lessons.create(here.planId(), lesson("Mesas por colonia", true), List.of());
        lessons.create(here.planId(), lesson("Nota interna del secretariado", false), List.of());

        ReportFacts facts = reports.facts(here.planId());
        assertThat(facts.context().stateName()).isEqualTo("Estado de prueba " + here.code());
        // the scenario's state has two government agencies (contraloría, institute), one CSO and one university
        assertThat(facts.actorsBySector()).extracting(ReportFacts.Count::key, ReportFacts.Count::count)
                .contains(org.assertj.core.groups.Tuple.tuple("sector.CIVIL_SOCIETY", 1L),
                        org.assertj.core.groups.Tuple.tuple("sector.ACADEMIA", 1L));
        assertThat(facts.phases()).hasSize(6);
        // the report is made to be published: a commitment enters it only once it is public
        assertThat(facts.commitments()).isEmpty();
        assertThat(facts.lessons()).isEmpty();
        scenario.publish(here);
        actAs(here.secretariat());
        facts = reports.facts(here.planId());
        assertThat(facts.commitments()).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Transparentar el gasto en medicamentos " + here.code());
            assertThat(c.milestones()).isEqualTo(1);
            assertThat(c.verified()).isZero();
            assertThat(c.money()).singleElement().satisfies(m -> {
                assertThat(m.fiscalYear()).isEqualTo(2025);
                assertThat(m.approved()).isEqualByComparingTo(new BigDecimal("12500000.00"));
                assertThat(m.spent()).isEqualByComparingTo(new BigDecimal("9750000.50"));
            });
        });
        // lessons reach the report only public (and the plan published, as the public reads them)
        assertThat(reports.facts(here.planId()).lessons()).extracting(ReportFacts.LessonRow::tried)
                .containsExactly("Mesas por colonia");

        byte[] pdf = reports.generate(here.planId(), Locale.forLanguageTag("es-MX"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void anotherStateAndThePublicGetNoReport() {
        actAs(there.secretariat());
        assertThrows(AccessDeniedException.class, () -> reports.facts(here.planId()));
        assertThrows(AccessDeniedException.class, () -> reports.generate(here.planId(), Locale.ENGLISH));
        actAs(here.csoMember());
        assertThrows(AccessDeniedException.class, () -> reports.facts(here.planId()));
        actAsPublic();
        assertThrows(AccessDeniedException.class, () -> reports.generate(here.planId(), Locale.ENGLISH));
    }

    @Test
    void aPublishedEditionIsFrozenHashedNumberedAndPublic() throws Exception {
        actAs(here.secretariat());
        org.cocrea.shared.DomainException draft = assertThrows(org.cocrea.shared.DomainException.class,
                () -> reports.publish(here.planId(), Locale.ENGLISH, null));
        assertEquals("report.publish.planDraft", draft.messageKey());
        reports.writeTexts(here.planId(), "<p>Un año <b>intenso</b><script>alert(1)</script></p>", "<p>Seguimos.</p>");
        assertThat(reports.texts(here.planId()).getForeword()).isEqualTo("<p>Un año <b>intenso</b></p>");
        actAs(there.secretariat());
        assertThrows(AccessDeniedException.class, () -> reports.writeTexts(here.planId(), "<p>x</p>", null));

        scenario.publish(here);
        actAs(here.secretariat());
        var first = publishGenerated(Locale.forLanguageTag("es-MX"));
        var second = publishGenerated(Locale.ENGLISH);
        assertThat(List.of(first.getNumber(), second.getNumber())).containsExactly(1, 2);
        JobStatus theirs = generations.start(here.planId(), Locale.ENGLISH);
        untilFinished(theirs);
        actAs(there.secretariat());
        assertThrows(AccessDeniedException.class, () -> reports.publish(here.planId(), Locale.ENGLISH, theirs.id()));

        actAsPublic();
        assertThat(reports.editions(here.planId())).extracting(e -> e.getNumber()).containsExactly(2, 1);
        byte[] pdf = reports.editionPdf(first.getId());
        assertEquals(first.getSha256(), java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(reports.editions(there.planId())).isEmpty();

        // each edition entered the transparency log with the hash of its frozen bytes
        var logged = transparency.about(org.cocrea.transparency.EntryKind.REPORT_EDITION, List.of(first.getId(), second.getId()));
        assertThat(logged).hasSize(2);
        var entry = logged.stream().filter(e -> e.getSubjectId() == first.getId().longValue()).findFirst().orElseThrow();
        assertThat(entry.getContent()).contains("\"kind\":\"report-edition\"", "\"sha256\":\"" + first.getSha256() + "\"",
                "\"plan\":" + here.planId(), "\"number\":1", "\"language\":\"es\"");
    }

    @Test
    void indicatorsHuntsResultsAndSessionModesComeFromTheRecords() throws Exception {
        java.time.LocalDate today = scenario.today(here);
        actAs(here.secretariat());
        Indicator form = Indicator.blank();
        form.setName("Unidades médicas con abasto publicado");
        form.setUnit("%");
        form.setDirection(Direction.UP);
        form.setBaselineValue(new BigDecimal("10"));
        form.setBaselineDate(today.minusMonths(6));
        form.setTargetValue(new BigDecimal("90"));
        form.setTargetDate(today.plusYears(1));
        form.setFrequency(Frequency.QUARTERLY);
        long indicatorId = indicators.createOnCommitment(here.commitmentId(), form).getId();
        TreasureHunt baseline = hunt("Búsqueda inicial", HuntPurpose.BASELINE, null, today.minusMonths(4));
        long before = hunts.addTeam(baseline.getId(), "Equipo OSC", here.cso(), null).getId();
        HuntQuestion question = hunts.addQuestion(baseline.getId(), "¿Cuánto se gastó en medicamentos?", null, here.commitmentId(), "E045");
        hunts.answer(before, question.getId(), answer(AnswerOutcome.PARTLY, DataFormat.PDF, 90), "");
        TreasureHunt followUp = hunt("Búsqueda final", HuntPurpose.FOLLOW_UP, baseline.getId(), today);
        long after = hunts.addTeam(followUp.getId(), "Equipo academia", here.academia(), null).getId();
        hunts.answer(after, hunts.sheet(followUp.getId()).questions().get(0).getId(),
                answer(AnswerOutcome.FOUND, DataFormat.CSV, 20), "");

        // a draft plan's report holds none of them: it is made to be published
        ReportFacts draft = reports.facts(here.planId());
        assertThat(draft.indicators()).isEmpty();
        assertThat(draft.hunts()).isEmpty();
        assertThat(draft.results()).isEqualTo(ReportFacts.Results.NONE);

        scenario.publish(here);
        actAs(here.csoMember());
        Measurement measured = Measurement.blank();
        measured.setMeasuredOn(today);
        measured.setValue(new BigDecimal("50"));
        measured.setSource("Corte de la Secretaría de Salud");
        indicators.measure(indicatorId, measured, null);

        actAs(here.secretariat());
        ReportFacts facts = reports.facts(here.planId());
        // 10 → 50 of the way to 90: (50 − 10) / (90 − 10) = 50 %
        assertThat(facts.indicators()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("Unidades médicas con abasto publicado");
            assertThat(i.current()).isEqualByComparingTo("50");
            assertThat(i.progress()).isEqualTo(50);
        });
        // partly found (½) before, found (1) after; 90 → 20 minutes
        assertThat(facts.hunts()).singleElement().satisfies(h -> {
            assertThat(h.title()).isEqualTo("Búsqueda final");
            assertThat(List.of(h.availabilityBefore(), h.availabilityAfter())).containsExactly(50, 100);
            assertThat(h.minutesBefore()).isEqualByComparingTo("90");
            assertThat(h.minutesAfter()).isEqualByComparingTo("20");
            assertThat(List.of(h.easier(), h.same(), h.harder())).containsExactly(1L, 0L, 0L);
        });
        // nothing published by evaluators yet: every level at zero
        assertThat(facts.results().designAssessed()).isZero();
        assertThat(facts.results().completion()).allSatisfy(c -> assertThat(c.count()).isZero());

        String text;
        try (PDDocument pdf = Loader.loadPDF(reports.generate(here.planId(), Locale.forLanguageTag("es-MX")))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Indicadores hacia la meta", "Unidades médicas con abasto publicado (%) 10 90 50 50 %",
                "Búsqueda final 50 % 100 % 90 20", "Búsqueda final: 1 pregunta más fácil",
                "Aún no hay resultados de valoración publicados.", "Modalidad del acompañamiento");
    }

    private TreasureHunt hunt(String title, HuntPurpose purpose, Long baselineId, java.time.LocalDate on) {
        TreasureHunt form = TreasureHunt.blank();
        form.setTitle(title);
        form.setPurpose(purpose);
        form.setHeldOn(on);
        return hunts.create(here.planId(), form, baselineId);
    }

    private static HuntAnswer answer(AnswerOutcome outcome, DataFormat format, int minutes) {
        HuntAnswer form = HuntAnswer.blank();
        form.setOutcome(outcome);
        form.setFormat(format);
        form.setMinutes(minutes);
        form.setUrl("https://transparencia.ejemplo.mx/gasto");
        return form;
    }

    /** The phase-6 checklist as the records leave it: item → ticked by the records (null: not done). */
    private java.util.Map<String, Boolean> phaseSix() {
        var six = plans.phasesOf(here.planId()).stream().filter(p -> p.getPhase() == Phase.SYSTEMATIZATION).findFirst().orElseThrow();
        java.util.Map<String, Boolean> ticks = new java.util.HashMap<>();
        six.getChecklist().forEach(item -> ticks.put(item, six.checkOf(item).map(c -> c.isByRecords()).orElse(null)));
        return ticks;
    }

    /** Generated in the background as the page asks, waited for, then published: the secretariat acting. */
    private org.cocrea.systematization.ReportEdition publishGenerated(Locale locale) throws InterruptedException {
        JobStatus started = generations.start(here.planId(), locale);
        assertThat(untilFinished(started)).last().matches(JobStatus::isReady);
        return reports.publish(here.planId(), locale, started.id());
    }

    @Test
    void publishingFreezesTheVeryBytesGeneratedWithTheirForewordAndRefusesAGenerationTheRecordsChangedSince() throws Exception {
        scenario.publish(here);
        actAs(here.secretariat());
        reports.writeTexts(here.planId(), "<p>Un año de mesas abiertas</p>", "<p>Seguiremos midiendo.</p>");
        Locale es = Locale.forLanguageTag("es-MX");
        JobStatus generated = generations.start(here.planId(), es);
        assertThat(untilFinished(generated)).last().matches(JobStatus::isReady);
        byte[] read = generations.pdf(generated.id());

        // not ready, none asked for, another language: refused beside the button; another state: refused
        org.cocrea.shared.DomainException none = assertThrows(org.cocrea.shared.DomainException.class,
                () -> reports.publish(here.planId(), es, null));
        assertThat(List.of(none.messageKey(), none.field())).containsExactly("report.publish.generateFirst", "publish");
        assertThat(assertThrows(org.cocrea.shared.DomainException.class, () -> reports.publish(here.planId(), es, "not-a-job"))
                .messageKey()).isEqualTo("report.publish.generateFirst");
        assertThat(assertThrows(org.cocrea.shared.DomainException.class,
                () -> reports.publish(here.planId(), Locale.ENGLISH, generated.id())).messageKey()).isEqualTo("report.publish.stale");
        for (String outsider : java.util.Arrays.asList(there.secretariat(), here.csoMember(), null)) {
            actAs(outsider);
            assertThrows(AccessDeniedException.class, () -> reports.publish(here.planId(), es, generated.id()), outsider);
        }
        actAs(here.secretariat());
        assertThat(reports.editions(here.planId())).isEmpty();

        var edition = reports.publish(here.planId(), es, generated.id());
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(read));
        assertThat(edition.getSha256()).isEqualTo(sha);
        actAsPublic();
        assertThat(reports.editionPdf(edition.getId())).isEqualTo(read);
        assertThat(allText(read)).contains("Un año de mesas abiertas", "Seguiremos midiendo.");

        // publishing is a change: the same generation published again is stale, and so is one the records changed after
        actAs(here.secretariat());
        org.cocrea.shared.DomainException again = assertThrows(org.cocrea.shared.DomainException.class,
                () -> reports.publish(here.planId(), es, generated.id()));
        assertThat(List.of(again.messageKey(), again.field())).containsExactly("report.publish.stale", "publish");
        JobStatus next = generations.start(here.planId(), es);
        untilFinished(next);
        reports.writeTexts(here.planId(), "<p>Prólogo corregido</p>", "<p>Seguiremos midiendo.</p>");
        assertThat(assertThrows(org.cocrea.shared.DomainException.class, () -> reports.publish(here.planId(), es, next.id()))
                .messageKey()).isEqualTo("report.publish.stale");
        assertThat(reports.editions(here.planId())).hasSize(1);
        var second = publishGenerated(es);
        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(allText(reports.editionPdf(second.getId()))).contains("Prólogo corregido").doesNotContain("Un año de mesas abiertas");
    }

    private static String allText(byte[] pdf) throws java.io.IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private List<JobStatus> untilFinished(JobStatus started) throws InterruptedException {
        return org.cocrea.support.Jobs.untilFinished(started, generations::status);
    }

    @Test
    void theReportIsGeneratedInTheBackgroundStepByStepKeptForTheSameContentAndOnlyForItsSecretariat() throws Exception {
        scenario.publish(here);
        actAs(here.secretariat());
        lessons.create(here.planId(), lesson("Mesas por colonia", true), List.of());
        reports.generate(here.planId(), Locale.forLanguageTag("es-MX")); // the checklist's tick (a change) done once before
        long launched = jobs.launched();
        JobStatus started = generations.start(here.planId(), Locale.forLanguageTag("es-MX"));
        assertThat(started.isFailed()).isFalse();
        List<JobStatus> seen = untilFinished(started);
        JobStatus ready = seen.get(seen.size() - 1);
        assertThat(ready.isReady()).as(String.valueOf(ready)).isTrue();
        assertThat(ready.percent()).isEqualTo(100);
        assertThat(ready.done()).isEqualTo(ready.total()).isEqualTo(1 + 2 * 11); // the facts, then 11 sections drawn twice
        assertThat(seen).extracting(JobStatus::done).isSorted();
        try (PDDocument pdf = Loader.loadPDF(generations.pdf(started.id()))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(10);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Mesas por colonia");
        }
        // the same report asked again while nothing changed: the same generation, kept; nothing drawn again
        assertThat(generations.start(here.planId(), Locale.forLanguageTag("es-MX")).id()).isEqualTo(started.id());
        assertThat(jobs.launched() - launched).isEqualTo(1);
        // another language, or a change to what the report says, is another generation
        assertThat(generations.start(here.planId(), Locale.ENGLISH).id()).isNotEqualTo(started.id());
        reports.writeTexts(here.planId(), "<p>Prólogo nuevo</p>", null);
        JobStatus changed = generations.start(here.planId(), Locale.forLanguageTag("es-MX"));
        assertThat(changed.id()).isNotEqualTo(started.id());
        assertThat(jobs.launched() - launched).isEqualTo(3);
        untilFinished(changed);

        // another state's secretariat, a responsible actor and the public neither see nor fetch it, nor start one
        for (String outsider : java.util.Arrays.asList(there.secretariat(), here.csoMember(), here.evaluator(), null)) {
            actAs(outsider);
            assertThrows(AccessDeniedException.class, () -> generations.status(started.id()), outsider);
            assertThrows(AccessDeniedException.class, () -> generations.pdf(started.id()), outsider);
            assertThrows(AccessDeniedException.class, () -> generations.start(here.planId(), Locale.ENGLISH), outsider);
        }
        actAs(here.secretariat());
        assertThrows(org.cocrea.shared.NotFoundException.class, () -> generations.pdf("not-a-job"));
    }

    @Test
    void twoMembersAskingForTheSameReportAtOnceShareOneGenerationAndThePageOffersTheFileWhenReady() throws Exception {
        scenario.publish(here);
        actAs(here.secretariat());
        reports.generate(here.planId(), Locale.forLanguageTag("es-MX")); // the checklist's tick (a change) done once before
        String path = "stl/report?plan=" + here.planId();
        PageClient secretariat = new PageClient(base);
        PageClient institute = new PageClient(base);
        assertThat(secretariat.signIn(here.secretariat(), Scenario.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(institute.signIn(here.institute(), Scenario.PASSWORD).statusCode()).isEqualTo(302);
        String shown = secretariat.page(path).body();
        assertThat(shown).contains("id=\"generate:generate\"").doesNotContain("id=\"generate:download\"", "ui-progressbar");
        Map<String, String> mine = PageClient.fieldsOf(path, shown, "generate", Map.of("language_input", "es"));
        Map<String, String> theirs = PageClient.fieldsOf(path, institute.page(path).body(), "generate", Map.of("language_input", "es"));

        long launched = jobs.launched();
        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> generate(secretariat, path, mine));
        var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> generate(institute, path, theirs));
        String answer = first.get();
        String theirAnswer = second.get();
        assertThat(jobs.launched() - launched).as("one generation for both").isEqualTo(1);
        for (String asked : List.of(answer, theirAnswer)) {
            assertThat(asked).contains("ui-progressbar").doesNotContain("\tat ", "Caused by", "java.lang.");
        }

        String ready = secretariat.pollUntil(path, mine, "generate", answer, "id=\"generate:download\"");
        assertThat(ready).contains("El PDF está listo.", "ui-progressbar");
        assertThat(institute.pollUntil(path, theirs, "generate", theirAnswer, "id=\"generate:download\"")).contains("El PDF está listo.");
        var download = new java.util.LinkedHashMap<>(mine);
        download.put("generate:download", "");
        var pdf = secretariat.post(path, download);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(jobs.launched() - launched).isEqualTo(1);

        // Publish is offered only beside a ready file; the records changed since (the foreword saved) refuse it beside the button
        assertThat(shown).contains("id=\"generate:generateFirst\"", "genere primero el PDF").doesNotContain("id=\"generate:publish\"");
        assertThat(ready).contains("id=\"generate:publish\"");
        actAs(here.secretariat());
        reports.writeTexts(here.planId(), "<p>Prólogo escrito después de generar</p>", null);
        var publish = new java.util.LinkedHashMap<>(mine);
        publish.put("generate:publish", "");
        var refused = secretariat.post(path, publish);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Los registros cambiaron después de generar este PDF")
                .doesNotContain("\tat ", "Caused by", "java.lang.");
        assertThat(reports.editions(here.planId())).isEmpty();
        // generated again (the foreword in it now) and published: the page goes to its editions
        Map<String, String> again = PageClient.fieldsOf(path, refused.body(), "generate", Map.of("language_input", "es"));
        String regenerating = generate(secretariat, path, again);
        secretariat.pollUntil(path, again, "generate", regenerating, "id=\"generate:publish\"");
        var publishAgain = new java.util.LinkedHashMap<>(again);
        publishAgain.put("generate:publish", "");
        assertThat(secretariat.post(path, publishAgain).statusCode()).isEqualTo(302);
        assertThat(reports.editions(here.planId())).singleElement()
                .satisfies(e -> assertThat(allText(reports.editionPdf(e.getId()))).contains("Prólogo escrito después de generar"));
    }

    private static String generate(PageClient client, String path, Map<String, String> fields) {
        try {
            var answer = client.ajax(path, fields, "generate:generate", "generate", "generate");
            assertThat(answer.statusCode()).isEqualTo(200);
            return answer.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void thePhaseSixChecklistTicksItselfFromLessonsAndTheReport() throws Exception {
        actAs(here.secretariat());
        assertThat(phaseSix()).containsEntry("LESSONS_RECORDED", null).containsEntry("REPORT_GENERATED", null)
                .containsEntry("FINAL_REPORT_PUBLISHED", null);
        // another state's secretariat records nothing here, and ticks nothing
        actAs(there.secretariat());
        assertThrows(AccessDeniedException.class, () -> lessons.create(here.planId(), lesson("Ajeno", true), List.of()));
        assertThrows(AccessDeniedException.class, () -> reports.generate(here.planId(), Locale.ENGLISH));
        actAs(here.secretariat());
        assertThat(phaseSix()).containsEntry("LESSONS_RECORDED", null).containsEntry("REPORT_GENERATED", null);

        lessons.create(here.planId(), lesson("Mesas por colonia", false), List.of());
        assertThat(phaseSix()).containsEntry("LESSONS_RECORDED", true).containsEntry("REPORT_GENERATED", null);
        reports.generate(here.planId(), Locale.forLanguageTag("es-MX"));
        assertThat(phaseSix()).containsEntry("REPORT_GENERATED", true).containsEntry("FINAL_REPORT_PUBLISHED", null);
        scenario.publish(here);
        actAs(here.secretariat());
        publishGenerated(Locale.ENGLISH);
        assertThat(phaseSix()).containsEntry("LESSONS_RECORDED", true).containsEntry("REPORT_GENERATED", true)
                .containsEntry("FINAL_REPORT_PUBLISHED", true);
    }

    private java.net.http.HttpResponse<byte[]> get(String path, String etag) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(base.toURI().resolve(path)).GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String pdfText(byte[] pdf) throws java.io.IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theCommitmentSheetIsAStatelessOnePagePdfRevalidatedByItsETag() throws Exception {
        String sheet = "sheet/" + here.commitmentId() + "/es";
        assertEquals(404, get(sheet, null).statusCode()); // a draft has no sheet
        scenario.publish(here);

        var first = get(sheet, null);
        assertEquals(200, first.statusCode());
        assertThat(first.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(first.headers().allValues("Set-Cookie")).isEmpty(); // no session for an anonymous download
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(pdfText(first.body())).contains("Ficha del compromiso", "Transparentar el gasto en medicamentos " + here.code(),
                "Estado de prueba " + here.code(), "$12,500,000.00", "$9,750,000.50", "1 hito, ninguno verificado", "Por iniciar")
                .containsPattern("Huella del contenido \\(SHA-256\\): [0-9a-f]{64}");
        var revalidated = get(sheet, etag);
        assertEquals(304, revalidated.statusCode());
        assertThat(revalidated.body()).isEmpty();

        // a progress report moves the data: the sheet is drawn again, with the progress
        actAs(here.csoMember());
        org.cocrea.milestone.ProgressReport report = org.cocrea.milestone.ProgressReport.draft(scenario.today(here));
        report.setNarrative("Primer corte publicado.");
        report.setPercent(40);
        progressReports.submit(here.milestoneId(), report, List.of(), List.of());
        var after = get(sheet, etag);
        assertEquals(200, after.statusCode());
        assertThat(after.headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));
        assertThat(pdfText(after.body())).contains("Avance del compromiso 40 %", "En proceso");

        var english = get("sheet/" + here.commitmentId() + "/en", null);
        assertThat(pdfText(english.body())).contains("Commitment sheet", "1 milestone, none verified");
        assertThat(english.headers().firstValue("ETag")).isNotEqualTo(after.headers().firstValue("ETag"));

        for (String hostile : List.of("sheet/" + here.commitmentId() + "/fr", "sheet/abc/es", "sheet/", "sheet/"
                + there.commitmentId() + "/es", "sheet/99999999999/en", "sheet/1x/es")) {
            assertThat(get(hostile, null).statusCode()).as(hostile).isEqualTo(404);
        }
        String page = new String(get("commitment?id=" + here.commitmentId(), null).body(), StandardCharsets.UTF_8);
        assertThat(page).contains("/sheet/" + here.commitmentId() + "/es\"", "/sheet/" + here.commitmentId() + "/en\"");
    }

    @Test
    void theProgramReportComparesTheStatesBySupportModeForTheAdministratorOnly() throws Exception {
        actAs(org.cocrea.support.TestDatabaseSession.ADMIN_USERNAME);
        states.changeSupportMode(here.stateId(), org.cocrea.state.SupportMode.IN_PERSON);
        states.changeSupportMode(there.stateId(), org.cocrea.state.SupportMode.REMOTE);
        actAs(here.secretariat());
        assertThrows(AccessDeniedException.class, () -> states.changeSupportMode(here.stateId(), null));
        scenario.publish(here);
        scenario.publish(there);

        actAs(org.cocrea.support.TestDatabaseSession.ADMIN_USERNAME);
        org.cocrea.systematization.ProgramFacts facts = program.facts();
        assertThat(facts.states()).filteredOn(s -> s.stateName().equals("Estado de prueba " + here.code())).singleElement()
                .satisfies(s -> {
                    assertThat(s.supportMode()).isEqualTo("supportMode.IN_PERSON");
                    assertThat(s.commitments()).isEqualTo(1);
                    assertThat(s.publicLessons()).isZero();
                });
        assertThat(facts.states()).filteredOn(s -> s.stateName().equals("Estado de prueba " + there.code()))
                .extracting(s -> s.supportMode()).containsExactly("supportMode.REMOTE");
        assertThat(facts.modes()).extracting(m -> m.supportMode()).contains("supportMode.IN_PERSON", "supportMode.REMOTE");
        String text;
        try (PDDocument pdf = Loader.loadPDF(program.pdf(Locale.ENGLISH))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Program report", "Estado de prueba " + here.code() + " In person", "In person versus remote");

        actAs(here.secretariat());
        assertThrows(AccessDeniedException.class, () -> program.facts());
        actAsPublic();
        assertThrows(AccessDeniedException.class, () -> program.pdf(Locale.ENGLISH));

        // the administrator's page, over HTTP
        org.cocrea.support.PageClient admin = new org.cocrea.support.PageClient(base);
        admin.signIn(org.cocrea.support.TestDatabaseSession.ADMIN_USERNAME, org.cocrea.support.TestDatabaseSession.ADMIN_PASSWORD);
        var page = admin.page("admin/program");
        assertEquals(200, page.statusCode());
        assertThat(page.body()).contains("Estado de prueba " + here.code(), "Presencial frente a distancia");
        org.cocrea.support.PageClient secretariat = new org.cocrea.support.PageClient(base);
        secretariat.signIn(here.secretariat(), Scenario.PASSWORD);
        assertThat(secretariat.page("admin/program").statusCode()).isEqualTo(403);
    }
}
