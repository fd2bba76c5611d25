package org.cocrea.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.bench.VolumeSeeder.Seeded;
import org.cocrea.bench.VolumeSeeder.Volume;
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
 * Issue 12's comparison, run by {@code bench/static-compare.sh} (profile {@code -Pbench}, never in
 * {@code mvn verify}): seeds a volume ({@code -Dbench.volume}, SMALL by default), saves the public
 * home, plan and richest commitment as Cocrea renders them into the docroot of the same Payara
 * (served at {@code /}, Cocrea being at {@code /cocrea}), and loads with wrk ({@code -t2}, {@code bench.connections},
 * {@code bench.seconds}) each page three ways: rendered on every request ({@code Cache-Control:
 * no-cache}, what a view costs), as a visitor gets it (from the page cache), and the static copy.
 * Writes the table to {@code target/benchmarks/static-comparison.md}. Asserts only that every
 * request answered (no wrk errors) and that a public page leaves no session cookie.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaticComparisonIT {

    private static final Pattern RESULT = Pattern.compile("RESULT requests=(\\d+) seconds=([\\d.]+) rps=([\\d.]+) "
            + "p50ms=([\\d.]+) p95ms=([\\d.]+) p99ms=([\\d.]+) errors=(\\d+)");

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterAll
    static void removeTheVolume() throws SQLException {
        VolumeSeeder.delete(volume());
    }

    static Volume volume() {
        return switch (System.getProperty("bench.volume", "SMALL").toUpperCase()) {
            case "LARGE" -> VolumeSeeder.LARGE;
            case "BENCHMARK" -> VolumeSeeder.BENCHMARK;
            default -> VolumeSeeder.SMALL;
        };
    }

    /** One wrk run's figures. */
    record Run(long requests, double rps, double p50, double p95, double p99, long errors) {
    }

    @Test
    @Timeout(1800)
    void comparesThePublicPagesWithTheirStaticCopies() throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 15);
        int connections = Integer.getInteger("bench.connections", 32);
        Path staticDir = Path.of(System.getProperty("bench.staticDir"));
        URI app = base.toURI();
        String load = loadAverage();
        Seeded seeded = VolumeSeeder.seed(volume());
        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, String> page : publicPages(seeded).entrySet()) {
            Copy saved = saveStaticCopy(http, app, staticDir, page.getKey(), page.getValue());
            URI cocrea = saved.cocrea();
            URI copy = saved.copy();
            byte[] html = saved.html();

            wrk(cocrea, 3, connections, true);
            Run everyTime = wrk(cocrea, seconds, connections, true);
            wrk(cocrea, 3, connections, false);
            Run cached = wrk(cocrea, seconds, connections, false);
            wrk(copy, 3, connections, false);
            Run stat = wrk(copy, seconds, connections, false);
            for (Run run : List.of(everyTime, cached, stat)) {
                assertThat(run.errors()).as("wrk errors on " + page.getKey()).isZero();
                assertThat(run.requests()).isPositive();
            }
            rows.add(String.format("| %s (%,d KB) | %,.0f req/s, p95 %.1f ms | %,.0f req/s, p50 %.1f, p95 %.1f, p99 %.1f ms | "
                            + "%,.0f req/s, p95 %.1f ms | %.2f | %.3f |",
                    page.getKey(), html.length / 1024, everyTime.rps(), everyTime.p95(), cached.rps(), cached.p50(), cached.p95(),
                    cached.p99(), stat.rps(), stat.p95(), cached.rps() / stat.rps(), everyTime.rps() / stat.rps()));
        }
        String report = "Volume " + volume().codePrefix() + " (" + seeded.rows() + "), wrk -t2 -c" + connections + " -d" + seconds
                + "s per run after a 3 s warm-up, " + Instant.now().truncatedTo(ChronoUnit.MINUTES) + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, load average before " + load + ", after " + loadAverage()
                + "\n\n| page | rendered every time | Cocrea (page cache) | same Payara, static copy | ratio cached / static | ratio rendered / static |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: |\n" + String.join("\n", rows) + "\n";
        System.out.println(report);
        Path file = Path.of(System.getProperty("cocrea.build.dir", "target"), "benchmarks", "static-comparison.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }

    /** The public pages compared: the home, the first state's plan and the richest commitment (addresses under Cocrea's). */
    static Map<String, String> publicPages(Seeded seeded) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "");
        pages.put("plan", "plan?id=" + seeded.first().planId());
        pages.put("commitment", "commitment?id=" + seeded.richest().id());
        return pages;
    }

    /** A public page of Cocrea, its copy as a static file served by the same Payara, and the HTML saved. */
    record Copy(URI cocrea, URI copy, byte[] html) {
    }

    /**
     * Renders the public page {@code path} as a visitor gets it (a 200 that sets no cookie), saves it as
     * {@code name.html} in the docroot of the Payara that serves Cocrea at {@code app} and waits until that
     * Payara serves it (at {@code /name.html}).
     */
    static Copy saveStaticCopy(HttpClient http, URI app, Path staticDir, String name, String path) throws Exception {
        URI cocrea = app.resolve(path);
        HttpResponse<String> rendered = http.send(HttpRequest.newBuilder(cocrea).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(rendered.statusCode()).as(name).isEqualTo(200);
        assertThat(rendered.headers().allValues("Set-Cookie")).as("cookies of " + name).isEmpty();
        byte[] html = rendered.body().getBytes(StandardCharsets.UTF_8);
        Files.write(staticDir.resolve(name + ".html"), html);
        URI copy = app.resolve("/" + name + ".html");
        for (int i = 0; i < 50; i++) {
            if (http.send(HttpRequest.newBuilder(copy).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                return new Copy(cocrea, copy, html);
            }
            Thread.sleep(200);
        }
        throw new AssertionError(copy + " is not served: run bench/static-compare.sh (it gives Payara the root directory whose docroot this is)");
    }

    static Run wrk(URI address, int seconds, int connections, boolean renderEveryTime) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--timeout", "10s",
                "-s", System.getProperty("bench.wrkScript", "bench/p95.lua")));
        if (renderEveryTime) {
            command.addAll(List.of("-H", "Cache-Control: no-cache"));
        }
        command.add(address.toString());
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        Matcher result = RESULT.matcher(output);
        if (!result.find()) {
            throw new AssertionError("wrk said:\n" + output);
        }
        return new Run(Long.parseLong(result.group(1)), Double.parseDouble(result.group(3)), Double.parseDouble(result.group(4)),
                Double.parseDouble(result.group(5)), Double.parseDouble(result.group(6)), Long.parseLong(result.group(7)));
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
