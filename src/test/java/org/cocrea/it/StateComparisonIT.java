package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.milestone.ProgressReport;
import org.cocrea.milestone.ReportService;
import org.cocrea.social.AnswerKind;
import org.cocrea.social.ComplaintRoute;
import org.cocrea.social.ComplaintService;
import org.cocrea.social.ProgramRisk;
import org.cocrea.social.Recommendation;
import org.cocrea.social.RecommendationService;
import org.cocrea.social.RiskDimension;
import org.cocrea.social.RiskService;
import org.cocrea.social.SocialProgramService;
import org.cocrea.support.Deployments;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The comparison of states (/states, issue 14) over real HTTP: a state's row counts only its public
 * commitments and milestones under the GET filters (state, plan, status, open-government value, SDG
 * of the published text), links each figure to its commitments, and leaves drafts out; filters that
 * are not in the lists answer 400, never 500; no session. Beside them, each state's published social
 * programs counted (issue 15).
 */
@ExtendWith(ArquillianExtension.class)
class StateComparisonIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private CommitmentService commitments;
    @Inject private ReportService reports;
    @Inject private SocialProgramService programs;
    @Inject private RiskService risks;
    @Inject private RecommendationService recommendations;
    @Inject private ComplaintService complaints;

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aStatesRowCountsItsPublicCommitmentsUnderTheFilters() throws Exception {
        World world = scenario.newState();
        // a second public commitment, for participation (not transparency) and SDG 16; a draft that never counts
        long secondId = scenario.newCommitment(world, "Presupuesto participativo " + world.code(), t -> {
            t.setValueTransparency(false);
            t.setValueParticipation(true);
            t.setSdgAlignment("ODS 16, meta 16.7 de decisiones inclusivas; ODS 1 (fin de la pobreza)");
        });
        Commitment draft = Commitment.blank();
        draft.getTemplate().setTitle("Borrador " + world.code());
        draft.getTemplate().setValueParticipation(true);
        commitments.create(world.planId(), draft, world.government(), List.of(world.cso()));
        scenario.publishCommitment(secondId);
        scenario.publish(world);
        // the world's milestone is started (a report of its CSO), the second commitment's is not: the status filter tells them apart
        actAs(world.csoMember());
        ProgressReport started = ProgressReport.draft(scenario.today(world));
        started.setNarrative("Primer avance " + world.code());
        started.setPercent(10);
        reports.submit(world.milestoneId(), started, List.of(), List.of());
        World other = scenario.newState();
        scenario.publish(other);

        String all = page("states?state=" + world.stateId());
        assertThat(all).contains("Estado de prueba " + world.code()).doesNotContain("Estado de prueba " + other.code());
        assertThat(figure(all, "figure-commitments")).isEqualTo("2");
        assertThat(figure(all, "figure-verified")).as("verified of the public milestones: one per public commitment").isEqualTo("0 / 2");
        assertThat(figure(all, "value-TRANSPARENCY")).endsWith(": 1");
        assertThat(figure(all, "value-CITIZEN_PARTICIPATION")).endsWith(": 1");
        assertThat(all).contains("12,500,000.00");

        assertThat(figure(page("states?state=" + world.stateId() + "&value=CITIZEN_PARTICIPATION"), "figure-commitments")).isEqualTo("1");
        assertThat(figure(page("states?state=" + world.stateId() + "&sdg=16"), "figure-commitments")).isEqualTo("1");
        assertThat(figure(page("states?state=" + world.stateId() + "&sdg=1"), "figure-commitments")).isEqualTo("1");
        assertThat(figure(page("states?state=" + world.stateId() + "&sdg=6"), "figure-commitments")).isEqualTo("0");
        assertThat(figure(page("states?state=" + world.stateId() + "&status=NOT_STARTED"), "figure-commitments")).isEqualTo("1");
        assertThat(figure(page("states?state=" + world.stateId() + "&status=IN_PROGRESS"), "figure-commitments")).isEqualTo("1");
        assertThat(figure(page("states?state=" + world.stateId() + "&status=VERIFIED"), "figure-commitments")).isEqualTo("0");
        assertThat(figure(page("states?state=" + world.stateId() + "&plan=" + other.planId()), "figure-commitments")).isEqualTo("0");

        // without a state filter both states are rows, each linking to its own page; other tests' states
        // come first or between (20 a page), so the pages are read until both are seen or they run out
        StringBuilder both = new StringBuilder();
        for (int n = 1; n <= 500; n++) {
            String body = page("states?page=" + n);
            both.append(body);
            if (!body.contains("class=\"state-link\"") || both.indexOf("Estado de prueba " + world.code()) >= 0
                    && both.indexOf("Estado de prueba " + other.code()) >= 0) {
                break;
            }
        }
        assertThat(both.toString()).contains("Estado de prueba " + world.code(), "Estado de prueba " + other.code())
                .contains("state?id=" + world.stateId());
    }

    /**
     * The social-program side of a state's row: its published programs, their risks high or critical
     * now (after the latest review), their recommendations answered, pending and overdue, their
     * complaints open of all; a draft program's never count, nor does anything name a complainant.
     */
    @Test
    void aStatesRowCountsItsPublishedSocialProgramsRisksRecommendationsAndComplaints() throws Exception {
        World world = scenario.newState();
        scenario.publish(world);
        LocalDate today = scenario.today(world);
        long published = scenario.newProgram(world, "Apoyo a madres jefas de familia");
        long highNow = risk(published, 2, 2);
        risks.review(highNow, today, 4, 4, "Se detectaron beneficiarios duplicados en el padrón");
        long lowNow = risk(published, 5, 4);
        risks.review(lowNow, today, 1, 2, "Se publicaron las reglas de operación");
        risk(published, 5, 2);
        long answered = recommendation(world, published, highNow, today.plusDays(10));
        recommendations.answer(answered, AnswerKind.ACCEPTED, "Se depurará el padrón.", today);
        recommendation(world, published, highNow, today.minusDays(3));
        recommendation(world, published, lowNow, today.plusDays(30));
        long draft = scenario.newProgram(world, "Programa en borrador");
        recommendation(world, draft, risk(draft, 5, 5), today.minusDays(3));
        programs.publish(published, true);
        actAsPublic();
        long closedId = complaints.filePublic(published, "Cobraron una cuota por la inscripción", "Rosa Ñandú", "rosa@correo.example.mx").getId();
        complaints.filePublic(published, "El padrón no está publicado", null, null);
        actAs(world.secretariat());
        complaints.channel(closedId, ComplaintRoute.PROGRAM_MECHANISM, "Coordinación del programa");
        complaints.answer(closedId, "Se devolvió la cuota.");
        complaints.close(closedId);

        String row = page("states?state=" + world.stateId());
        assertThat(row).contains("id=\"programComparison\"").doesNotContain("Rosa", "cuota", "\tat ", "Caused by");
        assertThat(figure(row, "figure-programs")).isEqualTo("1");
        assertThat(figure(row, "figure-highRisks")).as("2×2 reviewed to 4×4 and 5×2 are high; 5×4 reviewed to 1×2 is not").isEqualTo("2");
        assertThat(figure(row, "figure-answered")).isEqualTo("1 / 3");
        assertThat(figure(row, "figure-overdue-recommendations")).isEqualTo("1");
        assertThat(figure(row, "figure-openComplaints")).isEqualTo("1 / 2");
        World empty = scenario.newState();
        scenario.publish(empty);
        assertThat(figure(page("states?state=" + empty.stateId()), "figure-programs")).isEqualTo("0");
    }

    private long risk(long programId, int likelihood, int impact) {
        ProgramRisk form = ProgramRisk.blank();
        form.setDimension(RiskDimension.BENEFICIARY_REGISTRY);
        form.setDescription("Padrón sin depurar");
        return risks.identify(programId, form, likelihood, impact).getId();
    }

    private long recommendation(World world, long programId, long riskId, LocalDate due) {
        Recommendation form = Recommendation.blank();
        form.setWhat("Publicar el padrón de beneficiarios cada trimestre");
        form.setAnswerDueOn(due);
        return recommendations.create(programId, form, world.government(), List.of(riskId)).getId();
    }

    @Test
    void filtersOutsideTheirListsAnswer400NeverA500() throws Exception {
        for (String bad : List.of("status=BOGUS", "value=HONESTY", "sdg=18", "sdg=0", "sdg=abc", "page=x",
                "status=%27%20OR%201%3D1")) {
            assertThat(get("states?" + bad).statusCode()).as(bad).isEqualTo(400);
        }
        assertThat(get("states?state=abc").statusCode()).as("an unreadable state id is no filter, never a 500").isIn(200, 404);
        HttpResponse<String> fine = get("states?page=-1&sdg=17&value=INCLUSION&status=VERIFIED");
        assertThat(fine.statusCode()).isEqualTo(200);
        assertThat(fine.headers().allValues("Set-Cookie")).isEmpty();
    }

    private String page(String path) throws Exception {
        HttpResponse<String> answer = get(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer.body();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "es-MX").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String figure(String body, String styleClass) {
        Matcher m = Pattern.compile("class=\"" + styleClass + "\">([^<]*)</a>").matcher(body);
        assertThat(m.find()).as(styleClass).isTrue();
        return m.group(1);
    }
}
