package org.cocrea.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cocrea.bench.StaticComparisonIT.Run;
import org.cocrea.bench.VolumeSeeder.Seeded;
import org.cocrea.bench.VolumeSeeder.SeededState;
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
 * Issue 12's load test and issue 16's bench, run by {@code bench/load.sh} (profile {@code -Pload}, never in
 * {@code mvn verify}). Seeds a volume ({@code -Dload.volume}, BENCHMARK by default), writes Gatling's feeders
 * from it, then runs {@link MixedLoad} with Gatling in this JVM:
 * <ol>
 * <li>the mixed load (80 % public, 10 % reporting with a file, 10 % secretariat) at each number of
 * concurrent users of {@code load.users} (default 8,16,32) for {@code load.seconds} each (default 60);</li>
 * <li>issue 16: responsible actors submitting reports with a file ({@code load.reportUsers}, default 8),
 * with the transparency log appending, without ({@link BenchTransparencyLog}), and both again;</li>
 * <li>the public pages beside their static copy served by the same Payara (wrk, as
 * {@link StaticComparisonIT}).</li>
 * </ol>
 * Meanwhile the Payara JVM's resident memory (VmRSS) is read every second. Writes the tables to
 * {@code target/benchmarks/load.md}, Gatling's reports to {@code target/gatling}. Fails if a run has more
 * than 5 % errors or no report was taken.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoadTestIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern ROW = Pattern.compile("<tr id=\"[^\"]+\"[^>]*>\\s*<td class=\"total col-1\">.*?"
            + "class=\"ellipsed-name\">([^<]*)</span>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"value [^\"]*col-(\\d+)\">([^<]*)</td>");

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite().addClasses(BenchTransparencyLog.class, TransparencySwitchServlet.class);
    }

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Path out = Path.of(System.getProperty("cocrea.build.dir", "target"));

    @AfterAll
    static void removeTheVolume() throws SQLException {
        VolumeSeeder.delete(volume());
    }

    static VolumeSeeder.Volume volume() {
        return switch (System.getProperty("load.volume", "BENCHMARK").toUpperCase()) {
            case "SMALL" -> VolumeSeeder.SMALL;
            case "LARGE" -> VolumeSeeder.LARGE;
            default -> VolumeSeeder.BENCHMARK;
        };
    }

    /** One page's figures in one Gatling run (times in ms; percentiles of all its requests). */
    record PageStats(String page, long total, long ko, double rps, double p50, double p95, double p99) {
    }

    /** One Gatling run: its pages, the load average before and after, the server's resident memory. */
    record GatlingRun(String title, List<PageStats> pages, String loadBefore, String loadAfter, long rssMaxMiB, long rssEndMiB) {

        PageStats page(String name) {
            return pages.stream().filter(p -> p.page().equals(name)).findFirst().orElse(new PageStats(name, 0, 0, 0, 0, 0, 0));
        }
    }

    @Test
    @Timeout(7200)
    void mixedLoadAtIncreasingUsers() throws Exception {
        int seconds = Integer.getInteger("load.seconds", 60);
        List<Integer> steps = Arrays.stream(System.getProperty("load.users", "8,16,32").split(",")).map(String::trim)
                .map(Integer::valueOf).toList();
        int reportUsers = Integer.getInteger("load.reportUsers", 8);
        String loadAtStart = StaticComparisonIT.loadAverage();
        Seeded seeded = VolumeSeeder.seed(volume());
        Path feeders = Files.createDirectories(out.resolve("load/feeders"));
        int reporters = writeFeeders(seeded, feeders);
        long pid = payaraPid();

        // Gatling joins the base and a page's address as text: the base must end with a slash (Arquillian's may not)
        System.setProperty("load.baseUrl", base.toString().endsWith("/") ? base.toString() : base + "/");
        System.setProperty("load.feeders", feeders.toString());
        gatlingSettings();

        List<GatlingRun> mixed = new ArrayList<>();
        run("warm-up", "mixed", Math.min(4, steps.get(0)), Math.min(20, seconds), pid); // JIT and pools, not reported
        for (int users : steps) {
            mixed.add(run(users + " users", "mixed", users, seconds, pid));
        }
        List<GatlingRun> transparency = new ArrayList<>();
        for (boolean appending : List.of(true, false, true, false)) {
            switchTransparencyLog(appending);
            transparency.add(run(appending ? "log appending" : "log off (bench only)", "reports", reportUsers, seconds, pid));
        }
        switchTransparencyLog(true);
        List<String> staticRows = staticComparison(seeded);

        String report = report(seeded, reporters, seconds, reportUsers, loadAtStart, mixed, transparency, staticRows);
        System.out.println(report);
        Path file = out.resolve("benchmarks/load.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        for (GatlingRun run : Stream.concat(mixed.stream(), transparency.stream()).toList()) {
            long requests = run.pages().stream().mapToLong(PageStats::total).sum();
            long errors = run.pages().stream().mapToLong(PageStats::ko).sum();
            assertThat(errors).as("errors in " + run.title()).isLessThanOrEqualTo(requests / 20);
        }
        assertThat(transparency).allSatisfy(run -> assertThat(run.page("report: submit with a file").total()
                - run.page("report: submit with a file").ko()).as("reports taken in " + run.title()).isPositive());

    }

    /** Gatling's settings for every run: the percentiles the table shows. */
    private static void gatlingSettings() {
        System.setProperty("gatling.charting.indicators.percentile1", "50");
        System.setProperty("gatling.charting.indicators.percentile2", "95");
        System.setProperty("gatling.charting.indicators.percentile3", "99");
        System.setProperty("gatling.charting.indicators.percentile4", "99.9");
    }

    /**
     * Feeders from the seeded volume: public (a state, its plan, one of its published commitments),
     * reporters (an account of a responsible actor and a milestone of a published commitment in progress,
     * not overdue, with today's date in the state's zone) and the secretariat (an account, its plan, a
     * commitment). How many reporter rows there are.
     */
    private int writeFeeders(Seeded seeded, Path folder) throws IOException, SQLException {
        List<String> publicRows = new ArrayList<>(List.of("stateId,planId,commitmentId"));
        List<String> secretariat = new ArrayList<>(List.of("username,planId,commitmentId"));
        for (SeededState state : seeded.states()) {
            for (long commitment : state.publishedCommitments()) {
                publicRows.add(state.stateId() + "," + state.planId() + "," + commitment);
            }
            secretariat.add(state.secretariatUsername() + "," + state.planId() + "," + state.publishedCommitments().get(0));
        }
        List<String> reporters = new ArrayList<>(List.of("username,milestoneId,day,percent"));
        try (Connection db = VolumeSeeder.connect(); PreparedStatement query = db.prepareStatement(
                "select a.username, m.id, s.time_zone, m.end_date from milestone m"
                        + " join commitment c on c.id = m.commitment_id join state s on s.id = c.state_id"
                        + " join milestone_responsible r on r.milestone_id = m.id join account a on a.actor_id = r.actor_id"
                        + " where s.code like ? and m.status = 'IN_PROGRESS' and m.published and c.status = 'PUBLISHED'"
                        + " and a.active order by m.id, a.id")) {
            query.setString(1, volume().codePrefix() + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    // the server runs on the system clock in this profile: today in the state's zone, as it computes it
                    LocalDate today = Instant.now().atZone(ZoneId.of(rows.getString(3))).toLocalDate();
                    if (!rows.getDate(4).toLocalDate().isBefore(today.plusDays(1))) { // overdue ones need an explanation
                        reporters.add(rows.getString(1) + "," + rows.getLong(2) + "," + today.format(DAY) + "," + (40 + reporters.size() % 50));
                    }
                }
            }
        }
        assertThat(reporters).as("milestones in progress with their reporters").hasSizeGreaterThan(10);
        Files.write(folder.resolve("public.csv"), publicRows);
        Files.write(folder.resolve("secretariat.csv"), secretariat);
        Files.write(folder.resolve("reporters.csv"), reporters);
        return reporters.size() - 1;
    }

    /** Runs {@link MixedLoad} once in this JVM, reading the server's RSS every second meanwhile. */
    private GatlingRun run(String title, String mode, int users, int seconds, long pid) throws Exception {
        System.setProperty("load.mode", mode);
        System.setProperty("load.users", String.valueOf(users));
        System.setProperty("load.seconds", String.valueOf(seconds));
        Path results = Files.createDirectories(out.resolve("gatling"));
        String loadBefore = StaticComparisonIT.loadAverage();
        AtomicLong rssMax = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> rssMax.accumulateAndGet(rssKiB(pid), Math::max), 0, 1, TimeUnit.SECONDS);
        String description = mode + ", " + title;
        int status;
        try {
            status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {"-s", MixedLoad.class.getName(),
                "-rf", results.toString(), "-rd", description});
        } finally {
            sampler.shutdownNow();
        }
        assertThat(status).as("Gatling's status for " + description).isZero();
        Path latest;
        try (Stream<Path> runs = Files.list(results)) {
            latest = runs.filter(Files::isDirectory).max((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .orElseThrow();
        }
        return new GatlingRun(title, pages(Files.readString(latest.resolve("index.html"))), loadBefore,
                StaticComparisonIT.loadAverage(), rssMax.get() / 1024, rssKiB(pid) / 1024);
    }

    /** The per-request rows of Gatling's statistics table (index.html of a run). */
    static List<PageStats> pages(String html) {
        List<PageStats> pages = new ArrayList<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            Map<Integer, String> cells = new LinkedHashMap<>();
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                cells.put(Integer.parseInt(cell.group(1)), cell.group(2).trim().replace(",", ""));
            }
            if (row.group(1).trim().equals("All Requests")) {
                continue;
            }
            // columns: 2 total, 4 KO, 6 count per second, 8 p50, 9 p95, 10 p99 (percentiles as gatlingSettings)
            pages.add(new PageStats(row.group(1).trim(), Long.parseLong(cells.get(2)), Long.parseLong(cells.get(4)),
                    number(cells.get(6)), number(cells.get(8)), number(cells.get(9)), number(cells.get(10))));
        }
        assertThat(pages).as("Gatling's statistics table").isNotEmpty();
        return pages;
    }

    private static double number(String text) {
        return text == null || text.equals("-") ? 0 : Double.parseDouble(text);
    }

    /** The Payara Micro JVM that Arquillian started from this JVM. */
    private static long payaraPid() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("payara-micro"))
                .findFirst().orElseThrow(() -> new AssertionError("no Payara Micro process under this JVM")).pid();
    }

    /** Resident memory of a process (VmRSS of /proc/PID/status), in KiB; 0 when unreadable. */
    static long rssKiB(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }

    private void switchTransparencyLog(boolean appending) throws Exception {
        String root = System.getProperty("load.baseUrl");
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(root + "bench/transparency-log?append=" + appending))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.body()).as("the bench's transparency switch").isEqualTo("append=" + appending);
    }

    /** The home, first plan and richest commitment (page cache, as visitors get them) beside their static copy, with wrk. */
    private List<String> staticComparison(Seeded seeded) throws Exception {
        Path staticDir = Path.of(System.getProperty("bench.staticDir"));
        URI app = base.toURI();
        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, String> page : StaticComparisonIT.publicPages(seeded).entrySet()) {
            StaticComparisonIT.Copy saved = StaticComparisonIT.saveStaticCopy(http, app, staticDir, page.getKey(), page.getValue());
            URI cocrea = saved.cocrea();
            URI copy = saved.copy();
            byte[] html = saved.html();
            StaticComparisonIT.wrk(cocrea, 3, 32, false);
            Run cached = StaticComparisonIT.wrk(cocrea, 15, 32, false);
            StaticComparisonIT.wrk(copy, 3, 32, false);
            Run copied = StaticComparisonIT.wrk(copy, 15, 32, false);
            rows.add(String.format("| %s (%,d KB) | %,.0f req/s, p50 %.1f, p95 %.1f, p99 %.1f ms, %d errors | %,.0f req/s, p95 %.1f ms | %.2f |",
                    page.getKey(), html.length / 1024, cached.rps(), cached.p50(), cached.p95(), cached.p99(), cached.errors(),
                    copied.rps(), copied.p95(), cached.rps() / copied.rps()));
        }
        return rows;
    }

    private static String report(Seeded seeded, int reporters, int seconds, int reportUsers, String loadAtStart,
                                 List<GatlingRun> mixed, List<GatlingRun> transparency, List<String> staticRows) {
        StringBuilder md = new StringBuilder();
        md.append("Volume ").append(volume().codePrefix()).append(" (").append(seeded.rows()).append("; ").append(reporters)
                .append(" reporter rows), ").append(Instant.now().truncatedTo(ChronoUnit.MINUTES)).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, load average at the start ").append(loadAtStart)
                .append(", server JVM `").append(System.getProperty("load.jvm", "?")).append("`, ").append(seconds)
                .append(" s per run.\n\n### Mixed load (closed model, no pauses)\n\n")
                .append("| users | page | requests | errors | req/s | p50 ms | p95 ms | p99 ms |\n| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (GatlingRun run : mixed) {
            for (PageStats page : run.pages()) {
                md.append(String.format("| %s | %s | %,d | %,d | %.1f | %.0f | %.0f | %.0f |%n", run.title(), page.page(), page.total(),
                        page.ko(), page.rps(), page.p50(), page.p95(), page.p99()));
            }
        }
        md.append("\n| users | requests/s (all) | errors | resident memory max / end (MiB) | load average before → after |\n")
                .append("| ---: | ---: | ---: | ---: | --- |\n");
        for (GatlingRun run : mixed) {
            md.append(String.format("| %s | %.1f | %,d | %,d / %,d | %s → %s |%n", run.title(),
                    run.pages().stream().mapToDouble(PageStats::rps).sum(), run.pages().stream().mapToLong(PageStats::ko).sum(),
                    run.rssMaxMiB(), run.rssEndMiB(), run.loadBefore(), run.loadAfter()));
        }
        md.append("\n### Issue 16: report submission with and without the transparency log (").append(reportUsers)
                .append(" responsible actors submitting without pause)\n\n")
                .append("| run | reports taken/s | errors | p50 ms | p95 ms | p99 ms | resident memory max (MiB) | load average before → after |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (GatlingRun run : transparency) {
            PageStats submit = run.page("report: submit with a file");
            md.append(String.format("| %s | %.2f | %,d | %.0f | %.0f | %.0f | %,d | %s → %s |%n", run.title(),
                    submit.rps() * (submit.total() - submit.ko()) / Math.max(1, submit.total()), submit.ko(), submit.p50(),
                    submit.p95(), submit.p99(), run.rssMaxMiB(), run.loadBefore(), run.loadAfter()));
        }
        md.append("\n### Public pages beside their static copy (after the load; wrk -t2 -c32 -d15s, page cache)\n\n")
                .append("| page | Cocrea (page cache) | same Payara, static copy | ratio |\n| --- | ---: | ---: | ---: |\n");
        staticRows.forEach(row -> md.append(row).append('\n'));
        return md.toString();
    }
}
