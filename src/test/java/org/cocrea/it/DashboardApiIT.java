package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.cocrea.file.Upload;
import org.cocrea.milestone.ProgressReport;
import org.cocrea.milestone.ReportService;
import org.cocrea.support.Deployments;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.support.TestFiles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API additions of the public dashboard (issue 14) over real HTTP: reports and evidence metadata
 * of a public commitment, never of a draft one; the SVG progress badges with ETag/304, 404 for drafts;
 * and the rate limit: past the allowance a client gets 429 with Retry-After while another client is
 * still served (the suite's server trusts this machine's own addresses as a proxy, so each test client is an
 * {@code X-Forwarded-For} address of its own).
 */
@ExtendWith(ArquillianExtension.class)
class DashboardApiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private ReportService reports;

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    /**
     * A world whose milestone has a report with a PDF. Published, its CSO reports; a draft, its
     * secretariat does: a responsible actor may report only once the milestone is public
     * ({@code Milestone.mayReport}), the secretariat at any time.
     */
    private World reported(boolean publish) {
        World world = scenario.newState();
        if (publish) {
            scenario.publish(world);
        }
        actAs(publish ? world.csoMember() : world.secretariat());
        ProgressReport report = ProgressReport.draft(scenario.today(world));
        report.setNarrative("Avance con minuta " + world.code());
        report.setPercent(30);
        reports.submit(world.milestoneId(), report, List.of(new Upload("minuta.pdf", TestFiles.pdf("Minuta"))), List.of());
        return world;
    }

    @Test
    void reportsAndEvidenceOfPublicCommitmentsOnly() throws Exception {
        World world = reported(true);
        World draft = reported(false);

        JsonArray items = json(get("api/v1/reports?commitment=" + world.commitmentId())).getJsonArray("items");
        assertThat(items).hasSize(1);
        assertThat(items.getJsonObject(0).getString("narrative")).isEqualTo("Avance con minuta " + world.code());
        JsonObject evidence = json(get("api/v1/evidence?commitment=" + world.commitmentId())).getJsonArray("items").getJsonObject(0);
        assertThat(evidence.getString("name")).isEqualTo("minuta.pdf");
        assertThat(evidence.getString("mediaType")).isEqualTo("application/pdf");
        assertThat(evidence.getString("sha256")).hasSize(64);
        assertThat(evidence.getString("url")).endsWith("/evidence/" + evidence.getJsonNumber("evidenceId").longValue());
        assertThat(evidence.getJsonNumber("sizeBytes").longValue()).isPositive();

        assertThat(get("api/v1/reports?commitment=" + draft.commitmentId()).statusCode()).isEqualTo(404);
        assertThat(get("api/v1/evidence?commitment=" + draft.commitmentId()).statusCode()).isEqualTo(404);
        assertThat(json(get("api/v1/reports?state=" + draft.stateId())).getJsonArray("items")).isEmpty();
        assertThat(json(get("api/v1/evidence?state=" + draft.stateId())).getJsonArray("items")).isEmpty();
        assertThat(get("api/v1/reports?limit=0").statusCode()).isEqualTo(400);
    }

    @Test
    void badgesAreAccessibleSvgCachedWithAnEtagAndNeverOfDrafts() throws Exception {
        World world = reported(true);
        World draft = scenario.newState();

        HttpResponse<String> badge = get("api/v1/badges/commitment/" + world.commitmentId() + ".svg");
        assertThat(badge.statusCode()).isEqualTo(200);
        assertThat(badge.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(badge.body()).startsWith("<svg").contains("role=\"img\"", "aria-label=\"", "<title>", "30 %")
                .contains("Transparentar el gasto en medicamentos " + world.code());
        String tag = badge.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send(request("api/v1/badges/commitment/" + world.commitmentId() + ".svg")
                .header("If-None-Match", tag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(get("api/v1/badges/commitment/" + world.commitmentId() + ".svg?lang=en").body()).contains("progress");
        assertThat(get("api/v1/badges/plan/" + world.planId() + ".svg").body()).contains("30 %");

        assertThat(get("api/v1/badges/commitment/" + draft.commitmentId() + ".svg").statusCode()).isEqualTo(404);
        assertThat(get("api/v1/badges/plan/" + draft.planId() + ".svg").statusCode()).isEqualTo(404);
        assertThat(get("api/v1/badges/plan/abc.svg").statusCode()).isEqualTo(400);

        // the public commitment page shows the snippet to copy
        assertThat(get("commitment?id=" + world.commitmentId()).body())
                .contains("id=\"badgeHtml\"", "/api/v1/badges/commitment/" + world.commitmentId() + ".svg");
    }

    @Test
    void pastItsAllowanceAClientGets429WithRetryAfterAndOthersAreStillServed() throws Exception {
        String client = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
        String other = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        int served = 0;
        HttpResponse<String> refused = null;
        for (int i = 0; i < 1_000 && refused == null; i++) {
            HttpResponse<String> answer = http.send(request("api/v1/states/999999999").header("X-Forwarded-For", client).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 429) {
                refused = answer;
            } else {
                served++;
            }
        }
        assertThat(refused).as("refused within 1,000 requests").isNotNull();
        assertThat(served).as("the allowance of the suite's server").isGreaterThanOrEqualTo(100);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"status\":429", "\"error\":\"rate-limited\"");
        // downloads share the client's allowance
        assertThat(http.send(request("evidence/1").header("X-Forwarded-For", client).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(429);
        // another client is served
        assertThat(http.send(request("api/v1/states/999999999").header("X-Forwarded-For", other).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }

    private HttpRequest.Builder request(String path) {
        // without X-Forwarded-For: this machine's own address, which the suite's server never limits
        return HttpRequest.newBuilder(URI.create(base + path)).GET();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).header("X-Forwarded-For", "192.0.2." + ThreadLocalRandom.current().nextInt(1, 255)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.uri() + " " + answer.body()).isEqualTo(200);
        return Json.createReader(new StringReader(answer.body())).readObject();
    }
}
