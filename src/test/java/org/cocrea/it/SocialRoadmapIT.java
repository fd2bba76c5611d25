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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The roadmap of a state: its three parts summarize the programs, risks and recommendations the
 * reader may see (all for the secretariat, the published programs for the public); its pages, and
 * every boundary tried from the wrong side.
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
}
