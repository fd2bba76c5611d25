package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.actor.Gender;
import org.cocrea.audit.AuditQuery;
import org.cocrea.audit.AuditTrail;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.social.ProgramRisk;
import org.cocrea.social.Recommendation;
import org.cocrea.social.RecommendationService;
import org.cocrea.social.RiskBand;
import org.cocrea.social.RiskDimension;
import org.cocrea.social.RiskService;
import org.cocrea.social.Roadmap;
import org.cocrea.social.RoadmapService;
import org.cocrea.social.RoadmapStatus;
import org.cocrea.social.RoadmapSummary;
import org.cocrea.social.SocialProgramService;
import org.cocrea.support.Deployments;
import org.cocrea.support.PageClient;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.worksession.Dialogues;
import org.cocrea.worksession.Dialogues.Dialogue;
import org.cocrea.worksession.WorkSession;
import org.cocrea.worksession.WorkSessionKind;
import org.cocrea.worksession.WorkSessionMode;
import org.cocrea.worksession.WorkSessionService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The roadmap of a state: its three parts summarize the programs, risks and recommendations the
 * reader may see (all for the secretariat, the published programs for the public); the dialogue with
 * decision makers (a session kind whose agreements are tied to recommendations); its pages, and every
 * boundary tried from the wrong side.
 */
@ExtendWith(ArquillianExtension.class)
class SocialRoadmapIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private SocialProgramService programs;
    @Inject private RiskService risks;
    @Inject private RecommendationService recommendations;
    @Inject private RoadmapService roadmaps;
    @Inject private WorkSessionService sessions;
    @Inject private Dialogues dialogues;
    @Inject private AuditTrail trail;

    @ArquillianResource
    private URL base;

    private long program(World world, String name, boolean published, int likelihood, int impact, LocalDate due) {
        long id = scenario.newProgram(world, name);
        ProgramRisk risk = ProgramRisk.blank();
        risk.setDimension(RiskDimension.BUDGET);
        risk.setDescription("Riesgo de " + name);
        long riskId = risks.identify(id, risk, likelihood, impact).getId();
        Recommendation rec = Recommendation.blank();
        rec.setWhat("Recomendación para " + name);
        rec.setAnswerDueOn(due);
        recommendations.create(id, rec, world.government(), List.of(riskId));
        programs.publish(id, published);
        return id;
    }

    @Test
    void theThreePartsSummarizeWhatTheReaderMaySee() throws Exception {
        World here = scenario.newState();
        World there = scenario.newState();
        LocalDate today = scenario.today(here);
        program(here, "Programa publicado", true, 5, 4, today.minusDays(2));
        program(here, "Programa en borrador", false, 1, 2, today.plusMonths(1));

        actAs(here.secretariat());
        Roadmap form = Roadmap.blank();
        form.setTitle("Hoja de ruta " + today.getYear());
        form.setPeriodStart(today.minusMonths(6));
        form.setPeriodEnd(today.plusMonths(6));
        long id = roadmaps.create(here.stateId(), form).getId();

        RoadmapSummary all = roadmaps.summary(roadmaps.forSecretariat(id));
        assertEquals(2, all.programs());
        assertEquals(2, all.risks());
        assertEquals(1, all.risksByBand().get(RiskBand.CRITICAL));
        assertEquals(1, all.risksByBand().get(RiskBand.LOW));
        assertEquals(2, all.recommendations());
        assertEquals(1, all.overdue(), "due two days ago in the state's zone, not answered");

        Roadmap edited = roadmaps.forSecretariat(id);
        edited.setRisksStatus(RoadmapStatus.DONE);
        edited.setDialogueNote("Reunión con la Secretaría de Bienestar: acuerdos sobre el padrón.");
        roadmaps.update(edited);
        Roadmap badPeriod = roadmaps.forSecretariat(id);
        badPeriod.setPeriodEnd(badPeriod.getPeriodStart().minusDays(1));
        assertEquals("periodEnd", assertThrows(DomainException.class, () -> roadmaps.update(badPeriod)).field());

        actAsPublic();
        assertThrows(NotFoundException.class, () -> roadmaps.publicRoadmap(id), "a draft roadmap is not there");
        assertThat(roadmaps.ofState(here.stateId())).isEmpty();
        for (String outsider : List.of(there.secretariat(), here.csoMember(), here.evaluator())) {
            actAs(outsider);
            assertThrows(AccessDeniedException.class, () -> roadmaps.forSecretariat(id), outsider);
            assertThrows(AccessDeniedException.class, () -> roadmaps.publish(id, true), outsider);
            assertThrows(NotFoundException.class, () -> roadmaps.publicRoadmap(id), outsider);
        }

        actAs(here.secretariat());
        roadmaps.publish(id, true);
        actAsPublic();
        RoadmapSummary open = roadmaps.summary(roadmaps.publicRoadmap(id));
        assertEquals(1, open.programs(), "the public counts published programs only");
        assertEquals(1, open.risks());
        assertEquals(1, open.recommendations());
        assertEquals(RoadmapStatus.DONE, roadmaps.publicRoadmap(id).getRisksStatus());

        PageClient visitor = new PageClient(base);
        assertThat(visitor.page("roadmap?id=" + id).body()).contains("Hoja de ruta", "Identificar riesgos de corrupción",
                "Concluida", "acuerdos sobre el padrón").doesNotContain("Programa en borrador");
        assertThat(visitor.page("programs?state=" + here.stateId()).body()).contains("roadmap?id=" + id);
        PageClient member = new PageClient(base);
        assertEquals(302, member.signIn(here.secretariat(), Scenario.PASSWORD).statusCode());
        assertEquals(200, member.page("stl/roadmaps").statusCode());
        assertEquals(200, member.page("stl/roadmap?id=" + id).statusCode());
        PageClient outsider = new PageClient(base);
        assertEquals(302, outsider.signIn(there.secretariat(), Scenario.PASSWORD).statusCode());
        assertEquals(404, outsider.page("stl/roadmap?id=" + id).statusCode());
    }

    private WorkSession session(World world, WorkSessionKind kind, String title, LocalDate heldOn) {
        WorkSession form = WorkSession.blank();
        form.setKind(kind);
        form.setMode(WorkSessionMode.IN_PERSON);
        form.setTitle(title);
        form.setHeldOn(heldOn);
        form.setPlace("Salón Juárez de Palacio de Gobierno");
        form.setMinutes("Marta Ruiz (marta.ruiz@example.mx) pidió tiempo para revisar el padrón.");
        return sessions.create(world.planId(), form);
    }

    @Test
    void aDialogueTiesAgreementsToRecommendationsAndThePublicReadsThoseOfPublishedPrograms() throws Exception {
        World here = scenario.newState();
        World there = scenario.newState();
        LocalDate today = scenario.today(here);
        long open = program(here, "Programa Bienestar en Casa", true, 4, 4, today.plusDays(10));
        long draft = program(here, "Programa en revisión", false, 2, 2, today.plusDays(10));
        long elsewhere = program(there, "Programa de otro estado", true, 3, 3, today.plusDays(10));
        actAs(there.secretariat());
        long elsewhereRec = recommendations.ofProgram(elsewhere).get(0).getId();
        actAs(here.secretariat());
        long openRec = recommendations.ofProgram(open).get(0).getId();
        long draftRec = recommendations.ofProgram(draft).get(0).getId();

        long dialogue = session(here, WorkSessionKind.DIALOGUE, "Diálogo con la Secretaría de Bienestar", today).getId();
        sessions.addAttendance(dialogue, here.government(), "Marta Ruiz", Gender.WOMAN);
        sessions.addAttendance(dialogue, here.cso(), null, null);
        long tied = sessions.addAgreement(dialogue, "Publicar el padrón de beneficiarios cada trimestre", here.government(),
                today.plusMonths(2), null, openRec).getId();
        sessions.addAgreement(dialogue, "Revisar las reglas de operación en borrador", here.government(), today.plusMonths(2), null, draftRec);
        assertEquals("agreement.recommendation.otherState", assertThrows(DomainException.class, () -> sessions.addAgreement(
                dialogue, "Con una recomendación ajena", here.government(), today, null, elsewhereRec)).messageKey());
        long training = session(here, WorkSessionKind.TRAINING, "Taller de contraloría social", today).getId();
        DomainException notDialogue = assertThrows(DomainException.class, () -> sessions.addAgreement(
                training, "Un acuerdo de taller", here.government(), today, null, openRec));
        assertEquals("agreementRecommendation", notDialogue.field());
        assertEquals("agreement.recommendation.notDialogue", notDialogue.messageKey());
        WorkSession renamed = sessions.sessionForSecretariat(dialogue);
        renamed.setKind(WorkSessionKind.CO_CREATION);
        assertEquals("kind", assertThrows(DomainException.class, () -> sessions.update(renamed)).field(),
                "a session with agreements tied to recommendations stays a dialogue");
        assertThat(trail.search(AuditQuery.ofRecord("Agreement", tied), 0, 5)).singleElement()
                .satisfies(e -> assertThat(e.getAfterJson()).contains("Programa Bienestar en Casa"));

        List<Dialogue> forSecretariat = dialogues.ofRecommendation(openRec);
        assertThat(forSecretariat).singleElement().satisfies(d -> {
            assertEquals(dialogue, d.session().getId());
            assertThat(d.authorities()).hasSize(2);
            assertThat(d.agreements()).extracting(Dialogues.Item::agreementId).containsExactly(tied);
        });
        for (String outsider : List.of(there.secretariat(), here.csoMember(), here.evaluator(), here.agencyMember())) {
            actAs(outsider);
            assertThrows(AccessDeniedException.class, () -> dialogues.ofRecommendation(openRec), outsider);
            assertThrows(AccessDeniedException.class, () -> sessions.addAgreement(dialogue, "Desde fuera", here.government(),
                    today, null, openRec), outsider);
            assertThrows(NotFoundException.class, () -> dialogues.publicOfProgram(draft), outsider);
        }

        actAsPublic();
        assertThrows(AccessDeniedException.class, () -> dialogues.ofRecommendation(openRec));
        assertThrows(NotFoundException.class, () -> dialogues.publicOfProgram(draft), "an unpublished program's dialogues are not there");
        Dialogue seen = dialogues.publicOfProgram(open).get(0);
        assertThat(seen.agreements()).extracting(Dialogues.Item::text).containsExactly("Publicar el padrón de beneficiarios cada trimestre");
        assertEquals(null, seen.session().getPlace(), "the public reads the session's public facts only");
        assertEquals(null, seen.session().getMinutes());

        actAs(here.secretariat());
        Roadmap form = Roadmap.blank();
        form.setTitle("Hoja de ruta con diálogo");
        form.setPeriodStart(today.minusMonths(3));
        form.setPeriodEnd(today.plusMonths(9));
        long roadmap = roadmaps.create(here.stateId(), form).getId();
        assertThat(dialogues.ofRoadmap(roadmap).get(0).agreements()).hasSize(2);
        roadmaps.publish(roadmap, true);
        actAsPublic();
        assertThat(dialogues.ofRoadmap(roadmap).get(0).agreements()).extracting(Dialogues.Item::agreementId).containsExactly(tied);

        PageClient visitor = new PageClient(base);
        for (String page : List.of("program?id=" + open, "roadmap?id=" + roadmap)) {
            assertThat(visitor.page(page).body()).contains("Diálogo con tomadores de decisión", "Diálogo con la Secretaría de Bienestar",
                    "Publicar el padrón de beneficiarios cada trimestre", "Observatorio Ciudadano " + here.code())
                    .doesNotContain("Revisar las reglas de operación", "Marta Ruiz", "Salón Juárez", "Programa en revisión");
        }
        PageClient member = new PageClient(base);
        assertEquals(302, member.signIn(here.secretariat(), Scenario.PASSWORD).statusCode());
        assertThat(member.page("stl/recommendation?id=" + openRec).body()).contains("Diálogo con la Secretaría de Bienestar",
                "stl/session?id=" + dialogue).doesNotContain("\tat ", "Caused by", "java.lang.");
        assertThat(member.page("stl/session?id=" + dialogue).body()).contains("agreementRecommendation", "Programa Bienestar en Casa")
                .doesNotContain("\tat ", "Caused by", "java.lang.");
        assertThat(member.page("stl/session?id=" + training).body()).doesNotContain("agreementRecommendation");
        PageClient outsider = new PageClient(base);
        assertEquals(302, outsider.signIn(there.secretariat(), Scenario.PASSWORD).statusCode());
        assertEquals(404, outsider.page("stl/recommendation?id=" + openRec).statusCode());
    }
}
