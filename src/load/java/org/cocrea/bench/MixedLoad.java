package org.cocrea.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Issue 12's mixed load (Gatling, Java DSL), started by {@link LoadTestIT} once per step with these
 * system properties: {@code load.baseUrl} (Cocrea, ending in /), {@code load.feeders} (the folder of
 * the CSV files {@code LoadTestIT} wrote from the seeded volume), {@code load.users},
 * {@code load.seconds} and {@code load.mode}:
 * <ul>
 * <li>{@code mixed}: a closed model of {@code load.users} concurrent visits, each replaced by a new
 * one when it ends, for {@code load.seconds}; a visit is, by chance, the public's (80 %: home, a
 * state, its plan, one of its commitments), a responsible actor's (10 %: signs in, lands on its
 * milestones, opens the report form of one in progress and submits a report with a CSV file as
 * evidence) or the secretariat's (10 %: signs in, its plan's page, a commitment's page, its pending
 * list). No pause between requests: the figures are what the server sustains.</li>
 * <li>{@code reports}: {@code load.users} responsible actors sign in once and submit reports with a
 * file, one after another, for {@code load.seconds} (issue 16's comparison with and without the
 * transparency log).</li>
 * </ul>
 * Every answer must be a 200 whose body shows the page asked for; a refused report (a message beside
 * a field) counts as an error, since the report page comes back instead of the milestones list.
 */
public class MixedLoad extends Simulation {

    /** A small CSV file, the evidence every report carries (about 2 KB). */
    private static final byte[] EVIDENCE = ("fecha,actividad,asistentes\n"
            + "2026-11-30,Mesa de trabajo con la sociedad civil,23\n".repeat(40)).getBytes(StandardCharsets.UTF_8);
    private static final String VIEW_STATE = "jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"";
    private static final String TOKEN = "name=\"co\\.submit\" value=\"([^\"]+)\"";

    private final Path feeders = Path.of(System.getProperty("load.feeders"));
    private final int users = Integer.getInteger("load.users", 8);
    private final Duration length = Duration.ofSeconds(Integer.getInteger("load.seconds", 60));

    /** Cocrea's address, ending in a slash; requests use absolute addresses (Gatling's base URL drops a context path). */
    private static final String ROOT = System.getProperty("load.baseUrl").endsWith("/") ? System.getProperty("load.baseUrl")
            : System.getProperty("load.baseUrl") + "/";

    private final HttpProtocolBuilder protocol = http
            .acceptHeader("text/html,application/xhtml+xml")
            .acceptLanguageHeader("es-MX,es;q=0.9")
            .acceptEncodingHeader("gzip")
            .userAgentHeader("Cocrea load test (Gatling)")
            .disableCaching() // every view is a request, as for a first visitor
            .shareConnections();

    private FeederBuilder<String> feeder(String name) {
        return csv(feeders.resolve(name + ".csv").toString()).random();
    }

    private final ChainBuilder publicVisit = feed(feeder("public")).exec(
            http("home").get(ROOT + "").check(status().is(200), substring("</html>")),
            http("state").get(ROOT + "state?id=#{stateId}").check(status().is(200), substring("</html>")),
            http("plan").get(ROOT + "plan?id=#{planId}").check(status().is(200), substring("</html>")),
            http("commitment").get(ROOT + "commitment?id=#{commitmentId}").check(status().is(200), substring("</html>")));

    /** Opens the sign-in page and signs in as {@code #{username}}; lands where the role's home is. */
    private static ChainBuilder signIn() {
        return exec(
                http("sign-in page").get(ROOT + "login").check(status().is(200), regex(VIEW_STATE).saveAs("viewState"),
                        regex(TOKEN).optional().saveAs("token")),
                http("sign in").post(ROOT + "login").formParamMap(session -> formOf(session, "login", Map.of(
                                "login:username", session.getString("username"), "login:password", VolumeSeeder.PASSWORD,
                                "login:submit", "")))
                        .check(status().is(200), currentLocationRegex("/login(\\?|$)").notExists()));
    }

    /** The hidden fields of a Faces form as the browser posts them: its name, view state and one-time token. */
    private static Map<String, Object> formOf(Session session, String form, Map<String, String> inputs) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(form, form);
        fields.put("jakarta.faces.ViewState", session.getString("viewState"));
        if (session.contains("token")) {
            fields.put("co.submit", session.getString("token"));
        }
        fields.putAll(inputs);
        return fields;
    }

    private static ChainBuilder report() {
        return exec(
                http("report page").get(ROOT + "actor/report?milestone=#{milestoneId}")
                        .check(status().is(200), regex(VIEW_STATE).saveAs("viewState"), regex(TOKEN).optional().saveAs("token")),
                http("report: submit with a file").post(ROOT + "actor/report?milestone=#{milestoneId}")
                        .formParamMap(session -> formOf(session, "report", Map.of(
                                "report:reportedOn_input", session.getString("day"),
                                "report:percent_input", session.getString("percent"),
                                "report:percent_hinput", session.getString("percent"),
                                "report:narrative", "Avance de la semana: mesas de trabajo y minutas publicadas.",
                                "report:link", "",
                                "report:submit", "")))
                        .bodyPart(ByteArrayBodyPart("report:file", EVIDENCE).fileName("minutas.csv").contentType("text/csv"))
                        .asMultipartForm()
                        // a report taken redirects to the milestones list; a refused one shows the form again
                        .check(status().is(200), substring("id=\"mine\""), substring("id=\"report\"").notExists()));
    }

    private final ChainBuilder reporting = feed(feeder("reporters")).exec(signIn(),
            exec(session -> session.remove("token")), report());

    private final ChainBuilder secretariat = feed(feeder("secretariat")).exec(signIn(),
            http("stl plan").get(ROOT + "stl/plan?id=#{planId}").check(status().is(200), substring("</html>")),
            http("stl commitment").get(ROOT + "stl/commitment?id=#{commitmentId}").check(status().is(200), substring("</html>")),
            http("pending").get(ROOT + "account/pending").check(status().is(200), substring("</html>")));

    private final ScenarioBuilder mixed = scenario("mixed")
            .randomSwitch().on(percent(80.0).then(publicVisit), percent(10.0).then(reporting), percent(10.0).then(secretariat));

    private final ScenarioBuilder reports = scenario("reports")
            .feed(feeder("reporters")).exec(signIn())
            .during(length).on(exec(session -> session.remove("token")), report());

    {
        if ("reports".equals(System.getProperty("load.mode", "mixed"))) {
            setUp(reports.injectOpen(atOnceUsers(users))).protocols(protocol).maxDuration(length.plusSeconds(30));
        } else {
            setUp(mixed.injectClosed(constantConcurrentUsers(users).during(length))).protocols(protocol);
        }
    }
}
