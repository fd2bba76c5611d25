package org.cocrea.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.shared.persistence.DatabaseMigration;
import org.cocrea.support.EmbeddedMariaDb;
import org.cocrea.support.TestDatabaseSession;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

/**
 * V10 moves the bytes of evidence and attachments into file_content on a database that holds
 * them (the other tests start from an empty one): every id, fact and hash stays, every file finds
 * exactly its bytes, and a file without bytes stops the migration before the old tables go.
 * Databases of its own in the suite's MariaDB ({@link TestDatabaseSession}), no application server.
 */
class FilesMigrationIT {

    /** Evidence 1 and 7 are links; 2, 3 and 6 files (ids with a gap, as rolled-back inserts leave). */
    private static final Map<Long, byte[]> EVIDENCE_FILES = Map.of(
            2L, bytes("%PDF-1.4 evidencia dos", 0, 1, 2, 0xFF),
            3L, repeat(new byte[] {0, (byte) 0xFF, 0x7F, (byte) 0x80}, 800_000),
            6L, "partida,aprobado\n1,2\n".getBytes(StandardCharsets.UTF_8));
    /** Attachment 2 is a link; 1, 3 and 5 files, their ids the same numbers as evidence ids. */
    private static final Map<Long, byte[]> ATTACHMENT_FILES = Map.of(
            1L, bytes("%PDF-1.4 anexo uno", 0),
            3L, "texto del anexo tres".getBytes(StandardCharsets.UTF_8),
            5L, repeat(new byte[] {'z'}, 5_000_000));

    @Test
    void filesKeepTheirIdsFactsAndBytes() throws SQLException {
        String url = atVersion8WithOwners("files_migrated");
        try (Connection c = connect(url)) {
            for (long id : new long[] {1, 7}) {
                execute(c, "insert into evidence (id, report_id, kind, url, account_id, created_at)"
                        + " values (" + id + ", 1, 'LINK', 'https://datos.gob.mx/" + id + "', 1, now(6))");
            }
            for (var file : EVIDENCE_FILES.entrySet()) {
                insertFile(c, "insert into evidence (id, report_id, kind, file_name, media_type, size_bytes, sha256,"
                        + " account_id, created_at) values (?, 1, 'FILE', ?, 'application/pdf', ?, ?, 1, now(6))",
                        "insert into evidence_content (evidence_id, content) values (?, ?)", file.getKey(), file.getValue());
            }
            execute(c, "insert into attachment (id, owner_type, owner_id, state_id, kind, url, account_id, created_at)"
                    + " values (2, 'SESSION', 1, 1, 'LINK', 'https://reunion.example.mx/1', 1, now(6))");
            for (var file : ATTACHMENT_FILES.entrySet()) {
                insertFile(c, "insert into attachment (id, owner_type, owner_id, state_id, kind, file_name, media_type,"
                        + " size_bytes, sha256, account_id, created_at) values (?, 'PRIORITY', 1, 1, 'FILE', ?, 'application/pdf',"
                        + " ?, ?, 1, now(6))",
                        "insert into attachment_content (attachment_id, content) values (?, ?)", file.getKey(), file.getValue());
            }
        }

        flyway(url, "latest").migrate();

        try (Connection c = connect(url)) {
            assertEquals(0, count(c, "select count(*) from information_schema.tables where table_schema = database()"
                    + " and table_name in ('evidence_content', 'attachment_content')"));
            assertEquals(EVIDENCE_FILES.size() + ATTACHMENT_FILES.size(), count(c, "select count(*) from file_content"));
            assertThat(links(c, "evidence")).containsExactly(1L, 7L);
            assertThat(links(c, "attachment")).containsExactly(2L);
            assertThat(files(c, "evidence")).containsOnlyKeys(EVIDENCE_FILES.keySet());
            files(c, "evidence").forEach((id, stored) -> assertThat(stored).as("evidence " + id).isEqualTo(EVIDENCE_FILES.get(id)));
            assertThat(files(c, "attachment")).containsOnlyKeys(ATTACHMENT_FILES.keySet());
            files(c, "attachment").forEach((id, stored) -> assertThat(stored).as("attachment " + id).isEqualTo(ATTACHMENT_FILES.get(id)));
            // the hash and size a page or an export showed are still those of the bytes served
            assertEquals(0, count(c, "select count(*) from evidence e join file_content f on f.id = e.content_id"
                    + " where e.sha256 <> sha2(f.content, 256) or e.size_bytes <> length(f.content)"));
            assertEquals(0, count(c, "select count(*) from attachment a join file_content f on f.id = a.content_id"
                    + " where a.sha256 <> sha2(f.content, 256) or a.size_bytes <> length(f.content)"));
            // a file needs its bytes from now on; new bytes get an id none of the copied ones has
            assertThrows(SQLException.class, () -> execute(c, "insert into evidence (report_id, kind, file_name,"
                    + " account_id, created_at) values (1, 'FILE', 'sin-bytes.pdf', 1, now(6))"));
            execute(c, "insert into file_content (content) values ('nuevo')");
            assertEquals(EVIDENCE_FILES.size() + ATTACHMENT_FILES.size() + 1, count(c, "select count(*) from file_content"));
        }
    }

    @Test
    void aFileWithoutItsBytesStopsTheMigrationBeforeAnythingIsDropped() throws SQLException {
        String url = atVersion8WithOwners("files_broken");
        try (Connection c = connect(url)) {
            execute(c, "insert into evidence (id, report_id, kind, file_name, media_type, size_bytes, sha256, account_id,"
                    + " created_at) values (1, 1, 'FILE', 'perdido.pdf', 'application/pdf', 3, '" + "a".repeat(64) + "', 1, now(6))");
        }
        assertThrows(FlywayException.class, () -> flyway(url, "latest").migrate());
        try (Connection c = connect(url)) {
            assertEquals(2, count(c, "select count(*) from information_schema.tables where table_schema = database()"
                    + " and table_name in ('evidence_content', 'attachment_content')"));
        }
    }

    /** A new database at version 8 with the records evidence and attachments hang from; its JDBC URL. */
    private static String atVersion8WithOwners(String name) throws SQLException {
        String suiteDatabase = TestDatabaseSession.jdbcUrl();
        try (Connection c = connect(suiteDatabase)) {
            execute(c, "DROP DATABASE IF EXISTS " + name);
            execute(c, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        String url = suiteDatabase.replaceAll("/" + EmbeddedMariaDb.DATABASE + "$", "/" + name);
        flyway(url, "8").migrate();
        try (Connection c = connect(url)) {
            owners(c);
        }
        return url;
    }

    private static void owners(Connection c) throws SQLException {
        execute(c, "insert into state (id, code, name, secretariat_name, created_at) values (1, 'SON', 'Sonora', 'STL', now(6))");
        execute(c, "insert into account (id, username, full_name, email, password_hash, role, created_at)"
                + " values (1, 'stl', 'STL', 'stl@example.mx', 'x', 'SECRETARIAT', now(6))");
        execute(c, "insert into action_plan (id, state_id, title, cycle_start, cycle_end, phase, status, created_at)"
                + " values (1, 1, 'Plan', '2025-01-01', '2026-12-31', 'FOLLOW_UP', 'IN_PROGRESS', now(6))");
        execute(c, "insert into commitment (id, plan_id, state_id, title, status, created_at) values (1, 1, 1, 'C', 'DRAFT', now(6))");
        execute(c, "insert into milestone (id, commitment_id, title, start_date, end_date, status, created_at)"
                + " values (1, 1, 'M', '2025-01-01', '2026-01-01', 'IN_PROGRESS', now(6))");
        execute(c, "insert into progress_report (id, milestone_id, account_id, reported_on, narrative, percent, created_at)"
                + " values (1, 1, 1, '2025-03-01', 'avance', 50, now(6))");
        execute(c, "insert into priority (id, plan_id, state_id, title, description, created_at) values (1, 1, 1, 'P', 'd', now(6))");
    }

    private static void insertFile(Connection c, String row, String content, long id, byte[] bytes) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(row)) {
            insert.setLong(1, id);
            insert.setString(2, "archivo-" + id + ".pdf");
            insert.setLong(3, bytes.length);
            insert.setString(4, UploadPolicy.sha256(bytes));
            insert.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement(content)) {
            insert.setLong(1, id);
            insert.setBytes(2, bytes);
            insert.executeUpdate();
        }
    }

    private static List<Long> links(Connection c, String table) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id from " + table + " where kind = 'LINK' and content_id is null order by id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** The bytes each file of the table points at, by the file's id. */
    private static Map<Long, byte[]> files(Connection c, String table) throws SQLException {
        Map<Long, byte[]> files = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select t.id, f.content from " + table + " t join file_content f on f.id = t.content_id"
                     + " where t.kind = 'FILE'")) {
            while (rs.next()) {
                files.put(rs.getLong(1), rs.getBytes(2));
            }
        }
        return files;
    }

    private static Flyway flyway(String url, String target) {
        return Flyway.configure(FilesMigrationIT.class.getClassLoader())
                .dataSource(url, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD)
                .locations(DatabaseMigration.LOCATION)
                .target(target)
                .load();
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static byte[] bytes(String text, int... more) {
        byte[] start = text.getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(start, start.length + more.length);
        for (int i = 0; i < more.length; i++) {
            all[start.length + i] = (byte) more[i];
        }
        return all;
    }

    private static byte[] repeat(byte[] unit, int times) {
        byte[] all = new byte[unit.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(unit, 0, all, i * unit.length, unit.length);
        }
        return all;
    }
}
