package org.cocrea.shared.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * The version of what the public pages show (issue 12, {@code page_version}): one primary-key read
 * over plain JDBC, asked once per request by the page cache. It lives in the database, not in this
 * server's memory, so that every instance of a cluster sees a write the moment it is committed.
 * {@link PageVersionBump} moves it.
 */
@ApplicationScoped
public class PageVersion {

    @Resource(lookup = "java:app/jdbc/cocrea")
    private DataSource dataSource;

    /** The version now, and when it last moved (database time, millisecond precision). */
    public Current current() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT version, changed_at FROM page_version WHERE id = 1");
             ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("page_version has no row: the migration V19 did not run");
            }
            // written as UTC_TIMESTAMP: read as UTC whatever this JVM's zone
            return new Current(row.getLong(1), row.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC));
        } catch (SQLException e) {
            throw new IllegalStateException("the page version could not be read", e);
        }
    }

    /** A version of the public pages and the time it was reached. */
    public record Current(long number, Instant changedAt) {
    }
}
