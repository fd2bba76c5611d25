package org.cocrea.shared.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one datasource, {@code java:app/jdbc/cocrea}.
 *
 * <p>No URL or credentials live in the WAR: Payara resolves {@code ${MPCONFIG=...}} from
 * MicroProfile Config at deploy time, i.e. from the system properties {@code db.url},
 * {@code db.user}, {@code db.password} or the environment variables {@code DB_URL},
 * {@code DB_USER}, {@code DB_PASSWORD}.
 *
 * <p>{@code className} must be the {@code DataSource} class: the plain {@code Driver} class
 * name fails when the driver is packed in the WAR.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/cocrea",
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 20,
        maxIdleTime = 300,
        properties = {
            // Drop broken connections (e.g. after a database restart) instead of handing them out.
            // Checked with JDBC's isValid (a ping), not by toggling auto-commit, which cost two
            // statements on every query (docs/performance.md).
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class CocreaDataSource {
}
