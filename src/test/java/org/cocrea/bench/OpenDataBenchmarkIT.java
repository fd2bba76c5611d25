package org.cocrea.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.cocrea.bench.VolumeSeeder.Seeded;
import org.cocrea.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The open-data downloads at the benchmark volume (issue 14): one state, then the whole
 * installation, in each format, timed, while {@code jstat} samples the Payara JVM's heap every 100 ms
 * (after a full GC before each download). Streaming shows as a peak that does not grow with the size
 * of the download. The whole installation's JSON is also counted row by row against the database's
 * public records. Writes {@code target/benchmarks/opendata.md}; asserts the counts, reports the rest.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenDataBenchmarkIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterAll
    static void removeTheVolume() throws SQLException {
        VolumeSeeder.delete(VolumeSeeder.BENCHMARK);
    }

    @Test
    @Timeout(1800)
    void exportsTheBenchmarkVolumeWithAFlatHeap() throws Exception {
        Seeded seeded = VolumeSeeder.seed(VolumeSeeder.BENCHMARK);
        long server = payaraPid();
        StringBuilder report = new StringBuilder("# Open data benchmark\n\nRun ")
                .append(OffsetDateTime.now(ZoneOffset.UTC).toString(), 0, 16).append(" UTC by `OpenDataBenchmarkIT`; ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, server JVM options `")
                .append(System.getProperty("payara.cmdOptions", "")).append("`. Volume: ").append(seeded.rows().get("commitment"))
                .append(" commitments, ").append(seeded.rows().get("milestone")).append(" milestones, ")
                .append(seeded.rows().get("progress_report")).append(" reports, ").append(seeded.rows().get("evidence"))
                .append(" pieces of evidence (plus the demo data).\n\n")
                .append("| download | size | time | heap used after GC before | peak heap used during | peak old generation during |\n")
                .append("| --- | --- | --- | --- | --- | --- |\n");
        for (String scope : List.of("state=" + seeded.first().stateId(), "all")) {
            for (String format : List.of("csv", "xlsx", "json")) {
                String query = "format=" + format + (scope.equals("all") ? "" : "&" + scope);
                jcmd(server, "GC.run");
                long[] before = heap(server);
                long[] peak = before.clone();
                Thread sampler = new Thread(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        long[] now = heap(server);
                        peak[0] = Math.max(peak[0], now[0]);
                        peak[1] = Math.max(peak[1], now[1]);
                        try {
                            Thread.sleep(100);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                sampler.setDaemon(true);
                sampler.start();
                long start = System.nanoTime();
                HttpResponse<InputStream> answer = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/opendata/download?" + query))
                        .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
                long bytes;
                Map<String, Long> rows = new LinkedHashMap<>();
                try (InputStream body = answer.body()) {
                    bytes = format.equals("json") && scope.equals("all") ? countRows(body, rows) : body.transferTo(java.io.OutputStream.nullOutputStream());
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                sampler.interrupt();
                sampler.join();
                assertThat(answer.statusCode()).as(query).isEqualTo(200);
                report.append("| ").append(scope.equals("all") ? "whole installation" : "one state").append(", ").append(format)
                        .append(" | ").append(mib(bytes)).append(" | ").append(String.format("%.1f s", seconds)).append(" | ")
                        .append(mib(before[0])).append(" | ").append(mib(peak[0])).append(" | ").append(mib(peak[1])).append(" |\n");
                if (!rows.isEmpty()) {
                    assertThat(rows).as("rows of the whole installation against the database").isEqualTo(publicRows());
                    report.append("\nRows of the whole installation's JSON, equal to the public records in the database: ")
                            .append(rows).append("\n\n");
                }
            }
        }
        System.out.println(report);
        Path file = Path.of(System.getProperty("cocrea.build.dir", "target"), "benchmarks", "opendata.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }

    /** Counts the objects of each top-level array of a JSON download, streaming; returns the bytes read. */
    private static long countRows(InputStream body, Map<String, Long> rows) {
        AtomicLong bytes = new AtomicLong();
        InputStream counted = new java.io.FilterInputStream(body) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    bytes.addAndGet(n);
                }
                return n;
            }
        };
        try (JsonParser parser = Json.createParser(counted)) {
            int depth = 0;
            String key = null;
            String table = null;
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case KEY_NAME -> key = parser.getString();
                    case START_ARRAY -> {
                        if (depth == 1) {
                            table = key;
                            rows.put(table, 0L);
                        }
                        depth++;
                    }
                    case START_OBJECT -> {
                        if (depth == 2 && table != null) {
                            rows.merge(table, 1L, Long::sum);
                        }
                        depth++;
                    }
                    case END_ARRAY, END_OBJECT -> depth--;
                    default -> { }
                }
            }
        }
        return bytes.get();
    }

    /** What the public may see, counted in SQL with the rule of Commitment.publicWhere. */
    private static Map<String, Long> publicRows() throws SQLException {
        String publicCommitment = "c.published_version is not null and p.status <> 'DRAFT'";
        String publicMilestone = "from milestone m join commitment c on c.id = m.commitment_id join action_plan p on p.id = c.plan_id "
                + "where m.published = true and " + publicCommitment;
        Map<String, String> sql = new LinkedHashMap<>();
        sql.put("plans", "select count(*) from action_plan p where p.status <> 'DRAFT'");
        sql.put("commitments", "select count(*) from commitment c join action_plan p on p.id = c.plan_id where " + publicCommitment);
        sql.put("budget", "select count(*) from budget_line b join commitment c on c.id = b.commitment_id "
                + "join action_plan p on p.id = c.plan_id where b.published = true and " + publicCommitment);
        sql.put("milestones", "select count(*) " + publicMilestone);
        sql.put("activities", "select count(*) from milestone_activity a join (select m.id " + publicMilestone + ") pm on pm.id = a.milestone_id");
        sql.put("reports", "select count(*) from progress_report r join (select m.id " + publicMilestone + ") pm on pm.id = r.milestone_id");
        sql.put("evidence", "select count(*) from evidence e join progress_report r on r.id = e.report_id "
                + "join (select m.id " + publicMilestone + ") pm on pm.id = r.milestone_id");
        sql.put("signOffs", "select count(*) from sign_off s join (select m.id " + publicMilestone + ") pm on pm.id = s.milestone_id");
        // the current published version of each public commitment and moment (issue 14, the table results)
        sql.put("results", "select count(*) from result_version v join commitment c on c.id = v.commitment_id "
                + "join action_plan p on p.id = c.plan_id where v.publication_id is not null and " + publicCommitment
                + " and v.number = (select max(w.number) from result_version w where w.commitment_id = v.commitment_id "
                + "and w.moment = v.moment and w.publication_id is not null)");
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection db = VolumeSeeder.connect(); Statement statement = db.createStatement()) {
            for (var entry : sql.entrySet()) {
                try (ResultSet r = statement.executeQuery(entry.getValue())) {
                    r.next();
                    counts.put(entry.getKey(), r.getLong(1));
                }
            }
        }
        return counts;
    }

    /** The Payara Micro JVM the connector started: a child of this JVM. */
    private static long payaraPid() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("payara-micro"))
                .mapToLong(ProcessHandle::pid).findFirst().orElseThrow();
    }

    /** Heap used (survivors + eden + old) and old generation used, in bytes, from {@code jstat -gc}. */
    private static long[] heap(long pid) {
        String[] lines = run("jstat", "-gc", String.valueOf(pid)).split("\n");
        List<String> names = List.of(lines[0].trim().split("\\s+"));
        String[] values = lines[1].trim().split("\\s+");
        double s0 = Double.parseDouble(values[names.indexOf("S0U")]);
        double s1 = Double.parseDouble(values[names.indexOf("S1U")]);
        double eden = Double.parseDouble(values[names.indexOf("EU")]);
        double old = Double.parseDouble(values[names.indexOf("OU")]);
        return new long[] {(long) ((s0 + s1 + eden + old) * 1024), (long) (old * 1024)};
    }

    private static void jcmd(long pid, String command) {
        run("jcmd", String.valueOf(pid), command);
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes());
            process.waitFor();
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / 1048576.0);
    }
}
