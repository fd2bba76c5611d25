package org.cocrea.shared.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/**
 * Issue 12: scheduled work that must not run on two instances at once (the daily reminders and
 * digests, the transparency self-audit). MariaDB's named lock {@code GET_LOCK(name, 0)} on a connection
 * of its own, held while the work runs: an instance that finds it taken skips its turn instead of
 * waiting, and a killed instance's lock goes with its connection. The lock lives in the one database
 * all instances share, so nothing depends on the Hazelcast cluster. The work itself runs in its own
 * transactions on other connections.
 */
@ApplicationScoped
public class ClusterLock {

    @Resource(lookup = "java:app/jdbc/cocrea")
    private DataSource dataSource;

    /**
     * Runs {@code work} unless another instance holds the lock {@code name} ({@code cocrea.…}); true when
     * it ran. {@code due} is asked once the lock is held, so that a run another instance finished a
     * moment ago is not repeated: false skips the work.
     */
    public boolean runAlone(String name, BooleanSupplier due, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!acquired(connection, name)) {
                return false;
            }
            try {
                if (!due.getAsBoolean()) {
                    return false;
                }
                work.run();
                return true;
            } finally {
                release(connection, name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the cluster lock " + name + " could not be used", e);
        }
    }

    private static boolean acquired(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && rows.getInt(1) == 1;
            }
        }
    }

    private static void release(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            statement.setString(1, name);
            statement.executeQuery().close();
        }
    }
}
