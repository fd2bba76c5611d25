package org.cocrea.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.cocrea.shared.persistence.DatabaseMigration;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs inside Payara Micro: the datasource, the database and Flyway's work at startup. */
@ExtendWith(ArquillianExtension.class)
class InfrastructureIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Resource(lookup = "java:app/jdbc/cocrea")
    DataSource dataSource;

    @Test
    void databaseIsMariaDb() throws SQLException {
        assertNotNull(dataSource, "java:app/jdbc/cocrea not injected");
        try (Connection c = dataSource.getConnection()) {
            String version = single(c, "SELECT VERSION()");
            assertTrue(version.contains("MariaDB"), "not MariaDB: " + version);
            assertEquals("cocrea", single(c, "SELECT DATABASE()"));
        }
    }

    @Test
    void flywayRanAtStartup() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            // The test database is created empty for every run: only DatabaseMigration creates this table.
            assertEquals("1", single(c, "SELECT COUNT(*) FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_name = 'flyway_schema_history'"),
                    "flyway_schema_history missing: Flyway did not run");
            assertEquals("0", single(c, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0"),
                    "a failed migration is recorded");
        }
        MigrationInfoService info = DatabaseMigration.flyway(dataSource).info();
        assertEquals(0, info.pending().length,
                "migrations not applied: " + Arrays.toString(Arrays.stream(info.pending()).map(MigrationInfo::getScript).toArray()));
        long shipped = Arrays.stream(info.all()).filter(m -> m.getVersion() != null).count();
        assertEquals(shipped, Arrays.stream(info.applied()).filter(m -> m.getVersion() != null
                && m.getState().isApplied() && !m.getState().isFailed()).count(),
                "not every shipped migration is applied");
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            assertTrue(r.next(), "no row: " + sql);
            return r.getString(1);
        }
    }
}
