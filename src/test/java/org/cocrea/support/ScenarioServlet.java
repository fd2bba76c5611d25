package org.cocrea.support;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Properties;
import org.cocrea.support.Scenario.World;

/**
 * {@link Scenario} for the walks in a real browser, which run in the test JVM ({@code @RunAsClient}) and cannot
 * inject it: a POST to {@code /it/scenario} builds a new world inside the server through the real services
 * (published when {@code publish=true}) and answers its fields; {@link #newState(URL, boolean)} is the browser
 * test's end of that wire. Shipped in the suite's test deployment only ({@link Deployments}), never in the WAR.
 */
@WebServlet("/it/scenario")
public class ScenarioServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Scenario scenario;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        World world = scenario.newState();
        if (Boolean.parseBoolean(request.getParameter("publish"))) {
            scenario.publish(world);
        }
        Properties fields = new Properties();
        fields.setProperty("stateId", String.valueOf(world.stateId()));
        fields.setProperty("code", world.code());
        fields.setProperty("zone", world.zone().getId());
        fields.setProperty("government", String.valueOf(world.government()));
        fields.setProperty("cso", String.valueOf(world.cso()));
        fields.setProperty("academia", String.valueOf(world.academia()));
        fields.setProperty("secretariat", world.secretariat());
        fields.setProperty("institute", world.institute());
        fields.setProperty("csoMember", world.csoMember());
        fields.setProperty("agencyMember", world.agencyMember());
        fields.setProperty("evaluator", world.evaluator());
        fields.setProperty("planId", String.valueOf(world.planId()));
        fields.setProperty("commitmentId", String.valueOf(world.commitmentId()));
        fields.setProperty("milestoneId", String.valueOf(world.milestoneId()));
        response.setContentType("text/plain;charset=UTF-8");
        fields.store(response.getWriter(), null);
    }

    /** A new world built by {@link Scenario} in the server at {@code base}, its plan and commitment published if asked. */
    public static World newState(URL base, boolean published) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "it/scenario?publish=" + published))
                            .POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("the scenario was not built: " + answer.statusCode() + " " + answer.body());
            }
            Properties fields = new Properties();
            fields.load(new StringReader(answer.body()));
            return new World(number(fields, "stateId"), fields.getProperty("code"), ZoneId.of(fields.getProperty("zone")),
                    number(fields, "government"), number(fields, "cso"), number(fields, "academia"),
                    fields.getProperty("secretariat"), fields.getProperty("institute"), fields.getProperty("csoMember"),
                    fields.getProperty("agencyMember"), fields.getProperty("evaluator"), number(fields, "planId"),
                    number(fields, "commitmentId"), number(fields, "milestoneId"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long number(Properties fields, String name) {
        return Long.parseLong(fields.getProperty(name));
    }
}
