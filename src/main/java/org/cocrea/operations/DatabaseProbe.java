package org.cocrea.operations;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.cocrea.shared.persistence.DatabaseMigration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Asks the database, every {@code cocrea.health.probe} (default 2 s), from the server's managed
 * executor, which schema version it holds: one short query through the application's pool. The
 * readiness check ({@link DatabaseReadiness}) only reads the last answer, so a health probe never waits
 * for a database that does not answer: an answer older than {@link #STALE_AFTER} probes counts as
 * none. The version expected is the newest migration in the WAR.
 */
@ApplicationScoped
public class DatabaseProbe {

    /** After how many missed probes the last answer is too old. */
    static final int STALE_AFTER = 3;

    private static final String SCHEMA_VERSION = "select version from flyway_schema_history where success = 1 "
            + "and version is not null order by installed_rank desc limit 1";

    @Resource(lookup = "java:app/jdbc/cocrea")
    private DataSource dataSource;

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    @ConfigProperty(name = "cocrea.health.probe", defaultValue = "PT2S")
    private String period;

    private volatile String expectedVersion;

    private volatile Answer last = new Answer(0, null, "not asked yet");

    private ScheduledFuture<?> probing;

    /** The database's last answer: when (monotonic nanoseconds), the schema version, or what went wrong. */
    record Answer(long atNanos, String version, String error) {
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        long millis = period().toMillis();
        probing = executor.scheduleWithFixedDelay(this::probe, 0, millis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (probing != null) {
            probing.cancel(false);
        }
    }

    Duration period() {
        return Duration.parse(period);
    }

    Answer last() {
        return last;
    }

    /** The newest migration the WAR holds, once known (the first successful probe reads it). */
    String expectedVersion() {
        return expectedVersion;
    }

    /** Whether the last answer is recent enough to speak for the database now. */
    boolean isFresh(Answer answer, long nowNanos) {
        return answer.atNanos() != 0 && nowNanos - answer.atNanos() <= STALE_AFTER * period().toNanos() + 1_000_000_000L;
    }

    private void probe() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(SCHEMA_VERSION)) {
            statement.setQueryTimeout(2);
            try (ResultSet rows = statement.executeQuery()) {
                String version = rows.next() ? rows.getString(1) : null;
                if (expectedVersion == null) {
                    expectedVersion = newestMigration();
                }
                last = new Answer(System.nanoTime(), version, null);
            }
        } catch (SQLException | RuntimeException e) {
            last = new Answer(System.nanoTime(), null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private String newestMigration() {
        return Arrays.stream(DatabaseMigration.flyway(dataSource).info().all())
                .map(MigrationInfo::getVersion)
                .filter(Objects::nonNull)
                .max(Comparable::compareTo)
                .map(Object::toString)
                .orElse(null);
    }
}
