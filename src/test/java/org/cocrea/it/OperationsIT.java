package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12, operations: MicroProfile Health (liveness; readiness with the database and its schema)
 * and the application's metrics (request times per page, page-cache answers, outbox backlog, log
 * size), read over HTTP as an operator's probe and scraper would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

    private static final Pattern PLAN_LINK = Pattern.compile("href=\"[^\"]*/plan(?:\\.xhtml)?\\?id=(\\d+)\"");

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void livenessAndReadinessSayUpWithTheDatabaseAtTheNewestMigration() throws Exception {
        JsonObject live = health("live", 200);
        assertThat(live.getString("status")).isEqualTo("UP");
        // Payara Micro writes every value of a check's data as a JSON string (its HealthCheckService
        // adds value.toString()), a number too: "deadlockedThreads": "0"
        JsonObject application = check(live, "application").getJsonObject("data");
        assertThat(application.getString("deadlockedThreads")).isEqualTo("0");
        assertThat(Long.parseLong(application.getString("heapUsedMiB"))).isPositive();

        JsonObject ready = health("ready", 200);
        assertThat(ready.getString("status")).isEqualTo("UP");
        JsonObject database = check(ready, "database");
        assertThat(database.getString("status")).isEqualTo("UP");
        assertThat(database.getJsonObject("data").getString("schema"))
                .isEqualTo(database.getJsonObject("data").getString("schemaExpected"))
                .matches("\\d+");
    }

    @Test
    void metricsCountRequestsPerPageCacheAnswersTheOutboxAndTheLog() throws Exception {
        Matcher plan = PLAN_LINK.matcher(get(base + "", null).body());
        assertThat(plan.find()).isTrue();
        String planPage = base + "plan?id=" + plan.group(1);
        assertThat(get(planPage, "no-cache").statusCode()).isEqualTo(200);
        assertThat(get(planPage, null).statusCode()).isEqualTo(200);
        assertThat(get(base + "no-such-page-" + System.nanoTime(), null).statusCode()).isEqualTo(404);

        String metrics = get(origin() + "metrics?scope=application", null).body();
        assertThat(value(metrics, "cocrea_requests_seconds_count", "page=\"/plan\"")).isGreaterThanOrEqualTo(2);
        assertThat(value(metrics, "cocrea_requests_seconds_count", "page=\"not-found\"")).isGreaterThanOrEqualTo(1);
        assertThat(metrics).as("no timer per unknown address").doesNotContain("no-such-page");
        assertThat(value(metrics, "cocrea_pageCache_answers_total", "answer=\"cached\"")).isGreaterThanOrEqualTo(1);
        assertThat(value(metrics, "cocrea_pageCache_answers_total", "answer=\"rendered\"")).isGreaterThanOrEqualTo(1);
        assertThat(value(metrics, "cocrea_outbox_pending", "")).isGreaterThanOrEqualTo(0);
        assertThat(value(metrics, "cocrea_outbox_failed", "")).isGreaterThanOrEqualTo(0);
        assertThat(value(metrics, "cocrea_transparency_log_size", "")).as("the demo's log").isGreaterThan(0);
    }

    /** The value of the first sample of {@code name} whose labels contain {@code label}. */
    static double value(String metrics, String name, String label) {
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? ([-0-9.Ee+]+)$").matcher(metrics);
        while (sample.find()) {
            if (sample.group(1) == null ? label.isEmpty() : sample.group(1).contains(label)) {
                return Double.parseDouble(sample.group(2));
            }
        }
        throw new AssertionError("no " + name + " {" + label + "} in\n" + metrics);
    }

    private JsonObject health(String which, int status) throws Exception {
        HttpResponse<String> response = get(origin() + "health/" + which, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
    }

    /** Payara Micro serves health and metrics at the server's root, beside the application. */
    private String origin() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/";
    }

    private HttpResponse<String> get(String address, String cacheControl) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address));
        if (cacheControl != null) {
            request.header("Cache-Control", cacheControl);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
