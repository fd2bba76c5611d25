package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.social.ProgramRisk;
import org.cocrea.social.Recommendation;
import org.cocrea.social.RecommendationService;
import org.cocrea.social.RiskDimension;
import org.cocrea.social.RiskService;
import org.cocrea.social.SocialProgramService;
import org.cocrea.support.Deployments;
import org.cocrea.support.PageClient;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The social program pages over HTTP: the secretariat registers a program through its form and
 * opens every page; another state's secretariat gets 404 on each, as for a missing record; the
 * public gets 404 for a draft program and, once published, the levels without the reserved
 * descriptions.
 */
@ExtendWith(ArquillianExtension.class)
class SocialPagesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private SocialProgramService programs;
    @Inject private RiskService risks;
    @Inject private RecommendationService recommendations;

    @ArquillianResource
    private URL base;

    private World here;
    private World there;

    @BeforeEach
    void twoStates() {
        here = scenario.newState();
        there = scenario.newState();
    }

    @Test
    void theSecretariatRegistersAProgramAndOpensEveryPage() throws Exception {
        PageClient member = new PageClient(base);
        assertEquals(302, member.signIn(here.secretariat(), Scenario.PASSWORD).statusCode());
        HttpResponse<String> list = member.page("stl/programs");
        assertEquals(200, list.statusCode());

        HttpResponse<String> refused = member.submit("stl/programs", "newProgram",
                Map.of("name", "Programa con dependencia ajena", "agency_input", String.valueOf(there.government()), "create", ""));
        assertEquals(200, refused.statusCode(), "a tampered select is a message beside the field, never a 500");
        assertThat(refused.body()).contains("ui-message-error", "Dependencia responsable");

        HttpResponse<String> created = member.submit("stl/programs", "newProgram",
                Map.of("name", "Bienestar para jefas de familia", "agency_input", String.valueOf(here.government()), "create", ""));
        assertEquals(302, created.statusCode(), created.body());
        Matcher id = Pattern.compile("program\\?id=(\\d+)").matcher(created.headers().firstValue("Location").orElseThrow());
        assertThat(id.find()).isTrue();
        long programId = Long.parseLong(id.group(1));

        actAs(here.secretariat());
        ProgramRisk riskForm = ProgramRisk.blank();
        riskForm.setDimension(RiskDimension.CITIZEN_PARTICIPATION);
        riskForm.setDescription("Comités de contraloría social sin capacitación");
        long riskId = risks.identify(programId, riskForm, 4, 3).getId();
        Recommendation recForm = Recommendation.blank();
        recForm.setWhat("Capacitar a los comités antes de cada entrega.");
        recForm.setAnswerDueOn(scenario.today(here).minusDays(3));
        long recId = recommendations.create(programId, recForm, here.government(), List.of(riskId)).getId();

        List<String> stlPages = List.of("stl/program?id=" + programId, "stl/risks?program=" + programId, "stl/risk?id=" + riskId,
                "stl/recommendations?program=" + programId, "stl/recommendation?id=" + recId);
        for (String path : stlPages) {
            assertEquals(200, member.page(path).statusCode(), path);
        }
        assertThat(member.page("stl/risks?program=" + programId).body()).contains("heatMap", "heat-HIGH", "Comités de contraloría social");
        assertThat(member.page("stl/recommendations?program=" + programId).body()).contains("Respuesta vencida");

        HttpResponse<String> review = member.submit("stl/risk?id=" + riskId, "reviewForm", Map.of(
                "reviewedOn_input", scenario.today(here).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                "likelihood_input", "2", "impact_input", "3", "whatChanged", "Se capacitó a 40 comités.", "review", ""));
        assertEquals(302, review.statusCode(), review.body());
        assertThat(member.page("stl/risk?id=" + riskId).body()).contains("Se capacitó a 40 comités.", "↓ baja");

        PageClient outsider = new PageClient(base);
        assertEquals(302, outsider.signIn(there.secretariat(), Scenario.PASSWORD).statusCode());
        for (String path : stlPages) {
            assertEquals(404, outsider.page(path).statusCode(), "another state's record is answered as a missing one: " + path);
        }
        assertEquals(404, outsider.page("stl/program?id=" + Long.MAX_VALUE).statusCode());

        PageClient visitor = new PageClient(base);
        assertEquals(404, visitor.page("program?id=" + programId).statusCode(), "a draft program is not there");
        assertThat(visitor.page("programs?state=" + here.stateId()).body()).doesNotContain("Bienestar para jefas de familia");

        actAs(here.secretariat());
        programs.publish(programId, true);
        HttpResponse<String> publicPage = visitor.page("program?id=" + programId);
        assertEquals(200, publicPage.statusCode());
        assertThat(publicPage.body()).contains("Bienestar para jefas de familia", "heat-MEDIUM", "Capacitar a los comités",
                "Respuesta vencida", "descripción reservada").doesNotContain("Comités de contraloría social sin capacitación");
        assertThat(visitor.page("programs?state=" + here.stateId()).body()).contains("Bienestar para jefas de familia", "heatMap");
        assertEquals(404, visitor.page("programs?state=" + Long.MAX_VALUE).statusCode());
    }

    @Test
    void peopleOfOtherRolesAreKeptOutOfTheSecretariatPages() throws Exception {
        long programId = scenario.newProgram(here, "Becas de transporte");
        PageClient cso = new PageClient(base);
        assertEquals(302, cso.signIn(here.csoMember(), Scenario.PASSWORD).statusCode());
        assertEquals(403, cso.page("stl/program?id=" + programId).statusCode(), "the /stl area is the secretariat's");
        assertEquals(404, cso.page("program?id=" + programId).statusCode());
    }
}
