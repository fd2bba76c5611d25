package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.cocrea.account.SignInAttempts;
import org.cocrea.account.Usernames;
import org.cocrea.shared.SecretTokens;
import org.cocrea.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sign-in throttle lives in the database (issue 13), inside the server: the failures are read
 * back over plain JDBC, a row written by "another instance" blocks here and deleting it frees the
 * name (no memory in between), two bursts at once count every failure, a success and the clean-up
 * delete rows; the row is found under the SHA-256 of the folded name, never the name. Every test uses names of its own.
 */
@ExtendWith(ArquillianExtension.class)
class SignInThrottleIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private SignInAttempts attempts;
    @Inject private Clock clock;

    @Resource private ManagedExecutorService executor;

    @Resource(lookup = "java:app/jdbc/cocrea")
    private DataSource dataSource;

    private static String newName() {
        return "intruso." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String hashOf(String name) {
        return SecretTokens.hash(Usernames.folded(name));
    }

    @Test
    void fiveFailuresAreInTheDatabaseUnderAHashAndBlockEveryWayOfWritingTheName() throws Exception {
        String name = newName();
        for (int i = 0; i < 4; i++) {
            attempts.failed(name);
        }
        assertEquals(0, attempts.minutesBlocked(name));
        assertEquals(4, row(hashOf(name)).failures);
        attempts.failed(name.toUpperCase() + "\u00A0");

        Row row = row(hashOf(name));
        assertEquals(5, row.failures);
        assertThat(row.blockedUntil).isAfter(clock.instant().plus(Duration.ofMinutes(14)));
        assertEquals(15, attempts.minutesBlocked(name));
        assertEquals(15, attempts.minutesBlocked(" " + name.toUpperCase()));
        assertEquals(0, attempts.minutesBlocked(newName()), "another name may still try");
    }

    @Test
    void aBlockWrittenByAnotherInstanceHoldsHereAndEndsWhenItsRowGoes() throws Exception {
        String name = newName();
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO sign_in_attempt "
                        + "(name_hash, failures, window_start, blocked_until) VALUES (?, 5, ?, ?)")) {
            s.setString(1, hashOf(name));
            s.setTimestamp(2, Timestamp.from(now.minus(Duration.ofMinutes(8))));
            s.setTimestamp(3, Timestamp.from(now.plus(Duration.ofMinutes(7)).minusSeconds(30)));
            s.executeUpdate();
        }
        assertEquals(7, attempts.minutesBlocked(name));
        delete(hashOf(name));
        assertEquals(0, attempts.minutesBlocked(name));
    }

    @Test
    void twoBurstsAtOnceCountEveryFailure() throws Exception {
        String name = newName();
        int perBurst = 15;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> bursts = new ArrayList<>();
        for (int b = 0; b < 2; b++) {
            bursts.add(executor.submit(() -> {
                start.await();
                for (int i = 0; i < perBurst; i++) {
                    attempts.failed(name);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> burst : bursts) {
            burst.get(60, TimeUnit.SECONDS);
        }
        assertEquals(2 * perBurst, row(hashOf(name)).failures);
        assertTrue(attempts.minutesBlocked(name) > 0);
    }

    @Test
    void aSuccessDeletesTheRowAndTheNextFailureDeletesRowsThatAreOver() throws Exception {
        String name = newName();
        attempts.failed(name);
        attempts.failed(name);
        assertTrue(exists(hashOf(name)));
        attempts.succeeded(name);
        assertFalse(exists(hashOf(name)));

        String old = newName();
        String stillBlocked = newName();
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO sign_in_attempt "
                        + "(name_hash, failures, window_start, blocked_until) VALUES (?, ?, ?, ?)")) {
            s.setString(1, hashOf(old));
            s.setInt(2, 5);
            s.setTimestamp(3, Timestamp.from(now.minus(Duration.ofHours(2))));
            s.setTimestamp(4, Timestamp.from(now.minus(Duration.ofMinutes(105))));
            s.executeUpdate();
            s.setString(1, hashOf(stillBlocked));
            s.setInt(2, 5);
            s.setTimestamp(3, Timestamp.from(now.minus(Duration.ofMinutes(14))));
            s.setTimestamp(4, Timestamp.from(now.plus(Duration.ofMinutes(1))));
            s.executeUpdate();
        }
        attempts.failed(newName());
        assertFalse(exists(hashOf(old)), "a row whose window and block are over is deleted");
        assertTrue(exists(hashOf(stillBlocked)), "a block still running is kept");
        delete(hashOf(stillBlocked));
    }

    private record Row(int failures, Instant windowStart, Instant blockedUntil) {
    }

    private Row row(String hash) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT failures, window_start, blocked_until FROM sign_in_attempt WHERE name_hash = ?")) {
            s.setString(1, hash);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "a row for the name");
                Timestamp blocked = r.getTimestamp(3);
                return new Row(r.getInt(1), r.getTimestamp(2).toInstant(), blocked == null ? null : blocked.toInstant());
            }
        }
    }

    private boolean exists(String hash) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT 1 FROM sign_in_attempt WHERE name_hash = ?")) {
            s.setString(1, hash);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private void delete(String hash) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("DELETE FROM sign_in_attempt WHERE name_hash = ?")) {
            s.setString(1, hash);
            s.executeUpdate();
        }
    }
}
