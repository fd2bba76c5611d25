package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.social.AnswerKind;
import org.cocrea.social.FollowUpStatus;
import org.cocrea.social.ProgramRisk;
import org.cocrea.social.Recommendation;
import org.cocrea.social.RecommendationService;
import org.cocrea.social.RiskDimension;
import org.cocrea.social.RiskService;
import org.cocrea.social.RiskSummary;
import org.cocrea.social.RiskTrend;
import org.cocrea.social.SocialProgram;
import org.cocrea.social.SocialProgramService;
import org.cocrea.support.Deployments;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Risks of social programs with their monitoring history, and recommendations with the decision
 * maker's answer and follow-up, through the real services; "today" in the state's zone; every
 * boundary tried from the wrong side.
 */
@ExtendWith(ArquillianExtension.class)
class SocialRisksIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private SocialProgramService programs;
    @Inject private RiskService risks;
    @Inject private RecommendationService recommendations;

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    private World here;
    private World there;
    private long programId;

    @BeforeEach
    void aProgram() {
        here = scenario.newState();
        there = scenario.newState();
        programId = scenario.newProgram(here, "Apoyo a personas con discapacidad");
    }

    private ProgramRisk risk(RiskDimension dimension, String description, int likelihood, int impact, LocalDate on) {
        actAs(here.secretariat());
        ProgramRisk form = ProgramRisk.blank();
        form.setDimension(dimension);
        form.setDescription(description);
        form.setControls("Supervisión trimestral de la contraloría interna");
        form.setIdentifiedOn(on);
        return risks.identify(programId, form, likelihood, impact);
    }

    @Test
    void aRiskIsReviewedAndItsLevelAndTrendFollowTheLatestReview() {
        LocalDate today = scenario.today(here);
        long id = risk(RiskDimension.BENEFICIARY_REGISTRY, "Padrón sin cruce con otros programas", 4, 4, today.minusMonths(4)).getId();
        risks.review(id, today.minusMonths(2), 5, 4, "Se duplicaron registros al ampliar el padrón.");
        risks.review(id, today, 2, 3, "La dependencia publicó el padrón y lo cruzó con el federal.");

        ProgramRisk read = risks.forSecretariat(id);
        assertEquals(6, read.current().score());
        assertEquals(RiskTrend.DOWN, read.trend());
        assertThat(read.scoreHistory()).containsExactly(16, 20, 6);
        assertThat(read.getReviews()).extracting(r -> r.getReviewedBy()).containsOnly(here.secretariat());

        DomainException future = assertThrows(DomainException.class,
                () -> risks.review(id, today.plusDays(1), 1, 1, "Mañana"));
        assertEquals("reviewedOn", future.field(), "tomorrow in the state's own zone is refused");
        assertEquals(2, risks.forSecretariat(id).getReviews().size());

        assertThat(em.createQuery("select e.action from AuditEntry e where e.entityType = 'ProgramRisk' and e.entityId = :id order by e.id",
                String.class).setParameter("id", id).getResultList()).containsExactly("CREATE", "REVIEW", "REVIEW");
    }

    @Test
    void thePublicReadsLevelsAndTrendsOfAPublishedProgramAndOnlyPublicDescriptions() {
        LocalDate today = scenario.today(here);
        ProgramRisk hidden = risk(RiskDimension.BUDGET, "Subejercicio que se reasigna sin reglas", 3, 4, today);
        ProgramRisk open = risk(RiskDimension.OVERSIGHT, "Sin auditorías al programa desde 2021", 2, 5, today);
        open.setDescriptionPublic(true);
        risks.update(open);

        actAsPublic();
        assertThrows(NotFoundException.class, () -> risks.publicOfProgram(programId), "a draft program's risks are not there");
        assertThat(risks.ofState(here.stateId())).isEmpty();

        actAs(here.secretariat());
        assertThat(risks.ofState(here.stateId())).hasSize(2);
        programs.publish(programId, true);
        actAsPublic();
        List<RiskSummary> read = risks.publicOfProgram(programId);
        assertThat(read).extracting(RiskSummary::dimension).containsExactly(RiskDimension.BUDGET, RiskDimension.OVERSIGHT);
        assertNull(read.get(0).description());
        assertEquals("Sin auditorías al programa desde 2021", read.get(1).description());
        assertEquals(12, read.get(0).current().score());
        assertThat(risks.ofState(here.stateId())).hasSize(2);
        assertThat(risks.ofState(there.stateId())).isEmpty();
        assertThat(hidden.getId()).isNotNull();
    }

    @Test
    void aRecommendationIsAnsweredAndFollowedUpAndAnOverdueAnswerIsFlagged() {
        LocalDate today = scenario.today(here);
        ProgramRisk registry = risk(RiskDimension.BENEFICIARY_REGISTRY, "Padrón no publicado", 4, 4, today);
        actAs(here.secretariat());
        Recommendation form = Recommendation.blank();
        form.setWhat("Publicar el padrón de beneficiarios en datos abiertos cada trimestre.");
        form.setAnswerDueOn(today.minusDays(1));
        long id = recommendations.create(programId, form, here.government(), List.of(registry.getId())).getId();

        Recommendation read = recommendations.forSecretariat(id);
        assertTrue(read.isAnswerOverdue(today), "due yesterday in the state's zone and not answered");
        assertThat(read.getRisks()).extracting(ProgramRisk::getId).containsExactly(registry.getId());

        assertEquals("followUpStatus", assertThrows(DomainException.class,
                () -> recommendations.followUp(id, FollowUpStatus.IN_PROGRESS, null, today)).field(), "no follow-up before an answer");
        assertEquals("answeredOn", assertThrows(DomainException.class,
                () -> recommendations.answer(id, AnswerKind.ACCEPTED, "Sí", today.plusDays(1))).field());
        recommendations.answer(id, AnswerKind.PARTLY_ACCEPTED, "Se publicará cada semestre.", today);
        recommendations.followUp(id, FollowUpStatus.IN_PROGRESS, "Primer corte publicado en el portal estatal.", today);

        read = recommendations.forSecretariat(id);
        assertFalse(read.isAnswerOverdue(today));
        assertEquals(AnswerKind.PARTLY_ACCEPTED, read.getAnswer());
        assertEquals(FollowUpStatus.IN_PROGRESS, read.getFollowUpStatus());
        assertThat(em.createQuery("select e.action from AuditEntry e where e.entityType = 'Recommendation' and e.entityId = :id order by e.id",
                String.class).setParameter("id", id).getResultList()).containsExactly("CREATE", "ANSWER", "FOLLOW_UP");

        actAsPublic();
        assertThrows(NotFoundException.class, () -> recommendations.publicOfProgram(programId));
        actAs(here.secretariat());
        programs.publish(programId, true);
        actAsPublic();
        assertThat(recommendations.publicOfProgram(programId)).extracting(Recommendation::getId).containsExactly(id);
    }

    @Test
    void aRecommendationNamesAnAuthorityAndRisksOfItsOwnStateAndProgram() {
        ProgramRisk mine = risk(RiskDimension.OPERATION, "Entregas sin acuse", 3, 3, scenario.today(here));
        actAs(there.secretariat());
        SocialProgram otherForm = SocialProgram.blank();
        otherForm.setName("Otro programa");
        long other = programs.create(there.stateId(), otherForm, there.government()).getId();
        ProgramRisk foreignForm = ProgramRisk.blank();
        foreignForm.setDimension(RiskDimension.BUDGET);
        foreignForm.setDescription("Riesgo de otro estado");
        long foreignRisk = risks.identify(other, foreignForm, 2, 2).getId();

        actAs(here.secretariat());
        Recommendation form = Recommendation.blank();
        form.setWhat("Entregar con acuse firmado.");
        form.setAnswerDueOn(scenario.today(here).plusMonths(1));
        assertEquals("authority", assertThrows(DomainException.class,
                () -> recommendations.create(programId, form, there.government(), List.of(mine.getId()))).field());
        assertEquals("risks", assertThrows(DomainException.class,
                () -> recommendations.create(programId, form, here.government(), List.of(foreignRisk))).field());
        assertEquals("risks", assertThrows(DomainException.class,
                () -> recommendations.create(programId, form, here.government(), List.of(Long.MAX_VALUE))).field());
    }

    @Test
    void nobodyButTheStatesSecretariatTouchesRisksOrRecommendations() {
        LocalDate today = scenario.today(here);
        long riskId = risk(RiskDimension.EVALUATION, "Sin evaluación externa", 3, 3, today).getId();
        Recommendation form = Recommendation.blank();
        form.setWhat("Contratar una evaluación externa.");
        form.setAnswerDueOn(today.plusMonths(2));
        long recId = recommendations.create(programId, form, here.government(), List.of(riskId)).getId();
        programs.publish(programId, true);

        for (String outsider : List.of(there.secretariat(), there.institute(), here.csoMember(), here.agencyMember(), here.evaluator())) {
            actAs(outsider);
            assertThrows(AccessDeniedException.class, () -> risks.forSecretariat(riskId), outsider);
            assertThrows(AccessDeniedException.class, () -> risks.ofProgram(programId), outsider);
            assertThrows(AccessDeniedException.class, () -> risks.review(riskId, today, 1, 1, "x"), outsider);
            assertThrows(AccessDeniedException.class, () -> risks.identify(programId, ProgramRisk.blank(), 1, 1), outsider);
            assertThrows(AccessDeniedException.class, () -> recommendations.forSecretariat(recId), outsider);
            assertThrows(AccessDeniedException.class, () -> recommendations.answer(recId, AnswerKind.ACCEPTED, "x", today), outsider);
            assertThrows(AccessDeniedException.class,
                    () -> recommendations.followUp(recId, FollowUpStatus.IMPLEMENTED, "x", today), outsider);
        }
        actAsPublic();
        assertThrows(AccessDeniedException.class, () -> risks.review(riskId, today, 1, 1, "x"));
        assertThrows(NotFoundException.class, () -> risks.forSecretariat(Long.MAX_VALUE));
        actAs(here.secretariat());
        assertThat(risks.forSecretariat(riskId).getReviews()).isEmpty();
        assertThat(recommendations.forSecretariat(recId).isAnswered()).isFalse();
    }
}
