package org.cocrea.shared.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateOutput;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway when the application starts; a failed migration
 * fails the deployment. Migrations only move forward: clean is disabled and checksums are
 * validated on migrate.
 *
 * <p>Startup beans that touch the database must declare {@code @DependsOn("DatabaseMigration")}.
 *
 * <p>Bean-managed transactions: Flyway handles its own transactions, and a container-managed
 * transaction around it fails with {@code XAER_RMFAIL}.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    /** Where the migrations are in the WAR (the build copies the top-level {@code sql/} there). */
    public static final String LOCATION = "classpath:db/migration";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/cocrea")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = flyway(dataSource).migrate();
        if (result.migrations.isEmpty()) {
            LOG.info(() -> "Database schema is up to date at version " + version(result.initialSchemaVersion)
                    + " (" + result.database + ")");
            return;
        }
        for (MigrateOutput m : result.migrations) {
            LOG.log(Level.INFO, "Applied migration {0} \"{1}\" ({2}, {3} ms)",
                    new Object[] {m.version, m.description, m.filepath, m.executionTime});
        }
        LOG.info(() -> "Database schema migrated from version " + version(result.initialSchemaVersion)
                + " to " + version(result.targetSchemaVersion) + ": " + result.migrationsExecuted
                + " migration(s) applied (" + result.database + ")");
    }

    /** The Flyway configuration the application uses (also used by tests to check the schema). */
    public static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .cleanDisabled(true)
                .validateOnMigrate(true)
                .outOfOrder(false)
                .load();
    }

    private static String version(String v) {
        return v == null ? "<empty>" : v;
    }
}
