package org.cocrea.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cocrea.actor.ActorType;
import org.cocrea.opendata.Format;
import org.cocrea.opendata.ImportPreview;
import org.cocrea.opendata.JsonSource;
import org.cocrea.opendata.OpenDataExport;
import org.cocrea.opendata.PlanFile;
import org.cocrea.opendata.PlanFileParser;
import org.cocrea.opendata.PlanImport;
import org.cocrea.opendata.Scope;
import org.cocrea.support.Deployments;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The import of a national plan's size (issue 14): 13 commitments, 91 milestones (7 each) and 1,001
 * activities (11 each), a third of the milestones in progress (an imported report each), generated
 * from a published plan's own export so that every row passes the rules. Reads the file, checks it
 * (the dry run) and imports it in one transaction through the real services, timed, three times
 * into new states (the first warms the JIT); asserts what was created, reports the times in
 * {@code target/benchmarks/import.md}. Not part of {@code mvn verify} (excluded in the pom): run it
 * by name, as docs/performance.md says.
 */
@ExtendWith(ArquillianExtension.class)
class ImportBenchmarkIT {

    static final int COMMITMENTS = 13;
    static final int MILESTONES_EACH = 7;
    static final int ACTIVITIES_EACH = 11;

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private OpenDataExport export;
    @Inject private PlanImport imports;

    @Test
    void aNationalPlansSizeImportsInAFewSeconds() throws Exception {
        World source = scenario.newState();
        scenario.publish(source);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(Format.JSON, Scope.plan(source.planId()), "https://cocrea.example.org", out);
        byte[] file = generated(Json.createReader(new StringReader(out.toString(StandardCharsets.UTF_8))).readObject());
        Map<String, ActorType> tick = Map.of("Secretaría de la Contraloría " + source.code(), ActorType.GOVERNMENT_AGENCY,
                "Observatorio Ciudadano " + source.code(), ActorType.CSO);

        StringBuilder report = new StringBuilder("| run | read (ms) | dry run (ms) | import (ms) |\n| ---: | ---: | ---: | ---: |\n");
        for (int run = 1; run <= 3; run++) {
            World target = scenario.newState();
            actAs(target.secretariat());
            long t0 = System.nanoTime();
            PlanFile plan = PlanFileParser.parse(JsonSource.read(new ByteArrayInputStream(file)));
            long t1 = System.nanoTime();
            ImportPreview preview = imports.preview(target.planId(), plan, tick);
            long t2 = System.nanoTime();
            assertThat(plan.problems()).isEmpty();
            assertThat(preview.problems()).isEmpty();
            PlanImport.ImportResult result = imports.run(target.planId(), plan, tick);
            long t3 = System.nanoTime();
            assertThat(result).isEqualTo(new PlanImport.ImportResult(COMMITMENTS, COMMITMENTS * MILESTONES_EACH, 2,
                    COMMITMENTS * MILESTONES_EACH * ACTIVITIES_EACH));
            report.append("| ").append(run).append(" | ").append(ms(t1 - t0)).append(" | ").append(ms(t2 - t1)).append(" | ")
                    .append(ms(t3 - t2)).append(" |\n");
        }
        String text = "Import of " + COMMITMENTS + " commitments, " + COMMITMENTS * MILESTONES_EACH + " milestones and "
                + COMMITMENTS * MILESTONES_EACH * ACTIVITIES_EACH + " activities (JSON, " + file.length / 1024 + " KB), "
                + "each into a new state:\n\n" + report;
        System.out.println(text);
        Path written = Path.of("target", "benchmarks", "import.md");
        Files.createDirectories(written.getParent());
        Files.writeString(written, text);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    /** The export's one commitment, milestone and activity shapes, repeated to a national plan's size. */
    private static byte[] generated(JsonObject exported) {
        JsonObject commitment = exported.getJsonArray("commitments").getJsonObject(0);
        JsonObject milestone = exported.getJsonArray("milestones").getJsonObject(0);
        JsonArrayBuilder commitments = Json.createArrayBuilder();
        JsonArrayBuilder milestones = Json.createArrayBuilder();
        JsonArrayBuilder activities = Json.createArrayBuilder();
        JsonArrayBuilder budget = Json.createArrayBuilder();
        int milestoneId = 0;
        int activityId = 0;
        for (int c = 1; c <= COMMITMENTS; c++) {
            commitments.add(Json.createObjectBuilder(commitment).add("commitmentId", c).add("title", "Compromiso nacional " + c));
            for (var line : exported.getJsonArray("budget")) {
                budget.add(Json.createObjectBuilder(line.asJsonObject()).add("commitmentId", c));
            }
            for (int m = 1; m <= MILESTONES_EACH; m++) {
                milestoneId++;
                JsonObjectBuilder row = Json.createObjectBuilder(milestone).add("commitmentId", c).add("milestoneId", milestoneId)
                        .add("title", "Hito " + m + " del compromiso " + c).remove("completionReason");
                if (milestoneId % 3 == 0) {
                    row.add("status", "IN_PROGRESS").add("progress", 40);
                } else {
                    row.add("status", "NOT_STARTED").add("progress", 0);
                }
                milestones.add(row);
                for (int a = 1; a <= ACTIVITIES_EACH; a++) {
                    activities.add(Json.createObjectBuilder().add("activityId", ++activityId).add("milestoneId", milestoneId)
                            .add("title", "Actividad " + a + " del hito " + milestoneId)
                            .add("startDate", milestone.getString("startDate")).add("endDate", milestone.getString("endDate"))
                            .add("responsible", milestone.getJsonArray("responsibles").getString(0))
                            .add("status", a % 4 == 0 ? "DONE" : "PENDING"));
                }
            }
        }
        return Json.createObjectBuilder().add("commitments", commitments).add("budget", budget)
                .add("milestones", milestones).add("activities", activities).build().toString().getBytes(StandardCharsets.UTF_8);
    }
}
