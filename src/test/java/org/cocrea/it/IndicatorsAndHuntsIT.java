package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.audit.AuditEntry;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.file.Upload;
import org.cocrea.indicator.Direction;
import org.cocrea.indicator.Frequency;
import org.cocrea.indicator.Indicator;
import org.cocrea.indicator.IndicatorService;
import org.cocrea.indicator.Measurement;
import org.cocrea.indicator.TheoryItem;
import org.cocrea.indicator.TheoryLevel;
import org.cocrea.indicator.TheoryOfChangeService;
import org.cocrea.indicator.TrackedIndicator;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.support.Deployments;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.support.TestFiles;
import org.cocrea.treasurehunt.AnswerOutcome;
import org.cocrea.treasurehunt.DataFormat;
import org.cocrea.treasurehunt.Ease;
import org.cocrea.treasurehunt.HuntAnswer;
import org.cocrea.treasurehunt.HuntPurpose;
import org.cocrea.treasurehunt.HuntQuestion;
import org.cocrea.treasurehunt.HuntRecommendation;
import org.cocrea.treasurehunt.HuntService;
import org.cocrea.treasurehunt.HuntSheet;
import org.cocrea.treasurehunt.HuntTeam;
import org.cocrea.treasurehunt.RecommendationStatus;
import org.cocrea.treasurehunt.TreasureHunt;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Indicators, the theory of change and treasure hunts through the real services, and every
 * boundary tried from the wrong side: another state's secretariat, a responsible actor of another
 * commitment, the public on an unpublished plan.
 */
@ExtendWith(ArquillianExtension.class)
class IndicatorsAndHuntsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private IndicatorService indicators;
    @Inject private TheoryOfChangeService theory;
    @Inject private HuntService hunts;
    @Inject private CommitmentService commitments;

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    private World here;
    private World there;

    @BeforeEach
    void twoStates() {
        here = scenario.newState();
        there = scenario.newState();
    }

    private Indicator form(LocalDate baselineDate) {
        Indicator form = Indicator.blank();
        form.setName("Unidades médicas con abasto publicado");
        form.setUnit("%");
        form.setDirection(Direction.UP);
        form.setBaselineValue(new BigDecimal("10"));
        form.setBaselineDate(baselineDate);
        form.setTargetValue(new BigDecimal("90"));
        form.setTargetDate(baselineDate.plusYears(2));
        form.setFrequency(Frequency.QUARTERLY);
        form.setSourceUrl("https://datos.ejemplo.mx/abasto");
        return form;
    }

    private Measurement measurement(LocalDate on, String value) {
        Measurement form = Measurement.blank();
        form.setMeasuredOn(on);
        form.setValue(new BigDecimal(value));
        form.setSource("Corte mensual de la Secretaría de Salud");
        return form;
    }

    @Test
    void theSecretariatDefinesAndMeasuresAndTheTrailSaysSo() {
        LocalDate today = scenario.today(here);
        actAs(here.secretariat());
        long id = indicators.createOnCommitment(here.commitmentId(), form(today.minusMonths(6))).getId();
        indicators.measure(id, measurement(today.minusMonths(1), "50"),
                new Upload("corte.pdf", TestFiles.pdf("Corte de abasto")));

        TrackedIndicator tracked = indicators.ofPlanForSecretariat(here.planId()).get(0);
        assertEquals(50.0, tracked.progress().progress().percent(), 1e-9); // (50 − 10) / (90 − 10)
        assertThat(tracked.late()).isFalse();
        assertNotNull(tracked.latest().getEvidence());
        assertThat(commitments.auditTrail(here.commitmentId(), 0, 50)).extracting(AuditEntry::getAction)
                .contains("CREATE", "MEASURE");
    }

    @Test
    void aMeasurementInTheFutureIsRefusedAndNothingIsSaved() {
        LocalDate today = scenario.today(here);
        actAs(here.secretariat());
        long id = indicators.createOnCommitment(here.commitmentId(), form(today.minusMonths(6))).getId();
        DomainException refused = assertThrows(DomainException.class,
                () -> indicators.measure(id, measurement(today.plusDays(1), "40"), null));
        assertEquals("measuredOn", refused.field());
        assertThat(indicators.ofPlanForSecretariat(here.planId()).get(0).measurements()).isEmpty();
    }

    @Test
    void anotherStatesSecretariatNeitherDefinesNorMeasuresNorReads() {
        LocalDate today = scenario.today(here);
        actAs(here.secretariat());
        long id = indicators.createOnCommitment(here.commitmentId(), form(today.minusMonths(6))).getId();

        actAs(there.secretariat());
        assertThrows(AccessDeniedException.class, () -> indicators.createOnCommitment(here.commitmentId(), form(today)));
        assertThrows(NotFoundException.class, () -> indicators.measure(id, measurement(today, "20"), null));
        assertThrows(AccessDeniedException.class, () -> indicators.ofPlanForSecretariat(here.planId()));
        assertThrows(AccessDeniedException.class, () -> indicators.forSecretariat(id));
        assertThat(indicators.ofCommitment(here.commitmentId())).isEmpty();
    }

    @Test
    void theCommitmentsResponsibleActorsMeasureOnceItIsPublishedAndOthersNever() {
        LocalDate today = scenario.today(here);
        actAs(here.secretariat());
        long id = indicators.createOnCommitment(here.commitmentId(), form(today.minusMonths(6))).getId();

        actAs(here.csoMember()); // its organization is co-responsible of the commitment, still a draft
        assertThrows(NotFoundException.class, () -> indicators.measure(id, measurement(today, "20"), null));

        scenario.publish(here);
        actAs(here.csoMember());
        indicators.measure(id, measurement(today, "20"), null);

        actAs(there.csoMember()); // a responsible actor of another state's commitment
        assertThrows(AccessDeniedException.class, () -> indicators.measure(id, measurement(today, "30"), null));
        actAs(here.evaluator()); // same state, not responsible for this commitment
        assertThrows(AccessDeniedException.class, () -> indicators.measure(id, measurement(today, "30"), null));
        actAsPublic();
        assertThrows(AccessDeniedException.class, () -> indicators.measure(id, measurement(today, "30"), null));
        assertThat(indicators.ofCommitment(here.commitmentId())).hasSize(1);

        // the responsible actor's own page lists it; nobody else's does
        actAs(here.csoMember());
        assertThat(indicators.ofCallersCommitments()).extracting(t -> t.indicator().getId()).containsExactly(id);
        actAs(there.csoMember());
        assertThat(indicators.ofCallersCommitments()).isEmpty();
        actAs(here.evaluator());
        assertThat(indicators.ofCallersCommitments()).isEmpty();
    }

    @Test
    void thePublicReadsNothingOfAnUnpublishedPlan() {
        LocalDate today = scenario.today(here);
        actAs(here.secretariat());
        long id = indicators.createOnCommitment(here.commitmentId(), form(today.minusMonths(6))).getId();
        Measurement proved = indicators.measure(id, measurement(today, "20"), new Upload("corte.pdf", TestFiles.pdf("Corte")));
        TheoryItem result = theory.add(here.planId(), TheoryLevel.RESULT, "Más personas usan datos del gasto en salud");
        TreasureHunt baseline = hunt(here, HuntPurpose.BASELINE, null, today.minusMonths(3));

        actAsPublic();
        assertThat(indicators.publicOfPlan(here.planId())).isEmpty();
        assertThat(indicators.ofCommitment(here.commitmentId())).isEmpty();
        assertThrows(NotFoundException.class, () -> indicators.evidence(proved.getId()));
        assertThrows(NotFoundException.class, () -> theory.ofPublishedPlan(here.planId()));
        assertThrows(NotFoundException.class, () -> hunts.publicComparisons(here.planId()));
        assertThrows(AccessDeniedException.class, () -> hunts.sheet(baseline.getId()));
        assertThrows(AccessDeniedException.class, () -> theory.rewrite(result.getId(), "Otra cosa"));

        scenario.publish(here);
        actAsPublic();
        assertThat(indicators.publicOfPlan(here.planId())).hasSize(1);
        assertNotNull(indicators.evidence(proved.getId()));
        assertThat(theory.ofPublishedPlan(here.planId())).extracting(TheoryItem::getText)
                .containsExactly("Más personas usan datos del gasto en salud");
    }

    @Test
    void theTheoryOfChangeIsOrderedPerLevelAndLinksOnlyItsPlansCommitments() {
        actAs(here.secretariat());
        long first = theory.add(here.planId(), TheoryLevel.ACTIVITY, "Talleres de datos abiertos").getId();
        long second = theory.add(here.planId(), TheoryLevel.ACTIVITY, "Acompañamiento a dependencias").getId();
        TheoryItem result = theory.add(here.planId(), TheoryLevel.RESULT, "Presupuesto abierto");
        theory.move(second, true);
        assertThat(theory.ofPlanForSecretariat(here.planId())).extracting(TheoryItem::getId)
                .containsExactly(second, first, result.getId());
        theory.link(result.getId(), here.commitmentId());
        DomainException otherPlan = assertThrows(DomainException.class, () -> theory.link(result.getId(), there.commitmentId()));
        assertEquals("commitmentId", otherPlan.field());
        assertEquals("theory.text.required",
                assertThrows(DomainException.class, () -> theory.add(here.planId(), TheoryLevel.IMPACT, "  ")).messageKey());

        long indicator = indicators.createOnResult(result.getId(), form(scenario.today(here).minusMonths(2))).getId();
        assertThat(indicators.forSecretariat(indicator).getResult().getId()).isEqualTo(result.getId());
        assertEquals("resultId", assertThrows(DomainException.class,
                () -> indicators.createOnResult(first, form(scenario.today(here)))).field());

        actAs(there.secretariat());
        assertThrows(AccessDeniedException.class, () -> theory.add(here.planId(), TheoryLevel.IMPACT, "Intruso"));
        assertThrows(AccessDeniedException.class, () -> theory.link(result.getId(), here.commitmentId()));
    }

    private TreasureHunt hunt(World world, HuntPurpose purpose, Long baselineId, LocalDate on) {
        TreasureHunt form = TreasureHunt.blank();
        form.setTitle(purpose == HuntPurpose.BASELINE ? "Búsqueda inicial" : "Búsqueda final");
        form.setPurpose(purpose);
        form.setHeldOn(on);
        return hunts.create(world.planId(), form, baselineId);
    }

    private HuntAnswer answer(AnswerOutcome outcome, DataFormat format, Integer stars, int minutes) {
        HuntAnswer form = HuntAnswer.blank();
        form.setOutcome(outcome);
        form.setFormat(format);
        form.setStars(stars);
        form.setMinutes(minutes);
        form.setUrl("https://transparencia.ejemplo.mx/gasto");
        return form;
    }

    @Test
    void aFollowUpAsksTheBaselinesQuestionsAgainAndShowsWhatGotEasier() {
        LocalDate today = scenario.today(here);
        actAs(here.secretariat());
        TreasureHunt baseline = hunt(here, HuntPurpose.BASELINE, null, today.minusMonths(4));
        HuntTeam before = hunts.addTeam(baseline.getId(), "Equipo OSC", here.cso(), "Ana López, Luis Pérez");
        HuntQuestion spent = hunts.addQuestion(baseline.getId(), "¿Cuánto se gastó en medicamentos en 2025?", null,
                here.commitmentId(), "E045");
        hunts.answer(before.getId(), spent.getId(), answer(AnswerOutcome.PARTLY, DataFormat.PDF, 1, 90),
                "Portal estatal\nSolicitud a Salud | 260512300001");

        TreasureHunt followUp = hunt(here, HuntPurpose.FOLLOW_UP, baseline.getId(), today);
        HuntSheet sheet = hunts.sheet(followUp.getId());
        assertThat(sheet.questions()).extracting(HuntQuestion::getText).containsExactly(spent.getText());
        HuntTeam after = hunts.addTeam(followUp.getId(), "Equipo academia", here.academia(), null);
        hunts.answer(after.getId(), sheet.questions().get(0).getId(), answer(AnswerOutcome.FOUND, DataFormat.CSV, 3, 20), "");
        HuntRecommendation rec = hunts.recommend(followUp.getId(), here.government(), "Publicar el padrón en CSV");
        hunts.follow(rec.getId(), RecommendationStatus.IN_PROGRESS);

        HuntSheet done = hunts.sheet(followUp.getId());
        assertEquals(Ease.EASIER, done.comparison().rows().get(0).ease());
        assertEquals(50, done.comparison().overall().availabilityPoints()); // ½ → 1
        assertEquals(RecommendationStatus.IN_PROGRESS, done.recommendations().get(0).getStatus());
        assertEquals(today, done.recommendations().get(0).getStatusOn());
        assertNull(hunts.sheet(baseline.getId()).comparison());
        assertThat(hunts.sheet(baseline.getId()).answers().get(0).getRoute()).hasSize(2);

        List<AuditEntry> trail = em.createQuery("select a from AuditEntry a where a.stateId = :s and a.entityType in "
                        + "('TreasureHunt', 'HuntTeam', 'HuntQuestion', 'HuntAnswer', 'HuntRecommendation')", AuditEntry.class)
                .setParameter("s", here.stateId()).getResultList();
        assertThat(trail).extracting(AuditEntry::getAction).contains("CREATE", "ANSWER", "FOLLOW_UP");

        scenario.publish(here);
        actAsPublic();
        List<HuntService.Compared> compared = hunts.publicComparisons(here.planId());
        assertThat(compared).hasSize(1);
        assertEquals(Ease.EASIER, compared.get(0).comparison().overall().ease());
    }

    @Test
    void huntsRefuseOtherStatesAndBadInput() {
        LocalDate today = scenario.today(here);
        actAs(here.secretariat());
        TreasureHunt baseline = hunt(here, HuntPurpose.BASELINE, null, today.minusMonths(4));
        HuntQuestion question = hunts.addQuestion(baseline.getId(), "¿Dónde están los contratos?", null, null, "E045");
        assertEquals("baselineId", assertThrows(DomainException.class,
                () -> hunt(here, HuntPurpose.FOLLOW_UP, null, today)).field());
        assertEquals("teamActor", assertThrows(DomainException.class,
                () -> hunts.addTeam(baseline.getId(), "Equipo ajeno", there.cso(), null)).field());
        assertEquals("questionText", assertThrows(DomainException.class,
                () -> hunts.addQuestion(baseline.getId(), "¿Sin vínculo?", null, null, " ")).field());
        assertEquals("questionText", assertThrows(DomainException.class,
                () -> hunts.addQuestion(baseline.getId(), "¿De otro plan?", null, there.commitmentId(), null)).field());

        actAs(there.secretariat());
        assertThrows(AccessDeniedException.class, () -> hunts.sheet(baseline.getId()));
        assertThrows(AccessDeniedException.class, () -> hunts.addTeam(baseline.getId(), "Intrusos", null, null));
        assertThrows(AccessDeniedException.class, () -> hunts.ofPlanForSecretariat(here.planId()));
        TreasureHunt theirs = hunt(there, HuntPurpose.BASELINE, null, today.minusMonths(1));
        HuntTeam theirTeam = hunts.addTeam(theirs.getId(), "Equipo de allá", null, "Rosa");
        // a follow-up of their plan cannot take our exercise as its baseline
        assertEquals("baselineId", assertThrows(DomainException.class,
                () -> hunts.create(there.planId(), followUpOf(today), baseline.getId())).field());
        // their team answering our question: the question is of another exercise
        assertEquals("questionId", assertThrows(DomainException.class, () -> hunts.answer(theirTeam.getId(), question.getId(),
                answer(AnswerOutcome.FOUND, DataFormat.CSV, 3, 5), "")).field());
    }

    private static TreasureHunt followUpOf(LocalDate today) {
        TreasureHunt form = TreasureHunt.blank();
        form.setTitle("Seguimiento con base ajena");
        form.setPurpose(HuntPurpose.FOLLOW_UP);
        form.setHeldOn(today);
        return form;
    }
}
