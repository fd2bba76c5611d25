package org.cocrea.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.cocrea.shared.Dates;
import org.cocrea.support.TestDatabaseSession;

/**
 * Writes a realistic volume of data straight into the test database over JDBC, for query-count
 * tests and benchmarks: states with their actors and accounts, one published plan each, commitments
 * (mostly published) with money, milestones in mixed statuses with reports, evidence and sign-offs.
 *
 * <p>Fast: explicit ids, batched inserts, one transaction per state; foreign keys and checks stay
 * on, so every row respects sql/V1__schema.sql. The rows also respect the rules of the entities: a
 * published commitment has what publication needs and milestones; milestone dates lie within the
 * commitment's; a milestone's reported percent is its latest report's; a not-started milestone has
 * no reports; a verified one has both sign-offs, by an account of the lead institution and one of a
 * CSO co-responsible; reports are written by accounts of responsible actors.
 *
 * <p>State codes are {@code VOL} + the volume's letter + two letters ({@code VOLSAA},
 * {@code VOLLAB}, ...), names "Estado de volumen VOLSAA": they cannot collide with the demo states
 * (SON, VER, ZAC, CHIH, DGO) nor with {@code Scenario}'s random {@code T......} codes.
 * {@link #delete(Volume)} removes everything one volume wrote.
 *
 * <p>The seeder assumes that nothing else inserts into these tables while it runs (true while a
 * test runs: the suite's tests run one after another, and page views do not write).
 */
public final class VolumeSeeder {

    /** The password of every seeded account (they can all sign in). */
    public static final String PASSWORD = "Volumen-seguro-2026";

    private static final Logger LOG = Logger.getLogger(VolumeSeeder.class.getName());
    private static final String[] TABLES = {"state", "actor", "account", "action_plan", "plan_phase", "commitment", "commitment_version", "budget_line",
        "milestone", "milestone_activity", "sign_off", "sign_off_decline", "progress_report", "file_content", "evidence", "priority", "priority_score", "work_session", "session_attendance",
        "session_agreement", "theory_item", "indicator", "measurement", "treasure_hunt", "hunt_team", "hunt_question", "hunt_answer",
        "hunt_recommendation",
        "evaluator_assignment", "assessment", "results_publication", "result_version", "government_reply",
        "toolbox_material", "toolbox_use", "lesson",
        "social_program", "social_program_year", "social_program_score", "program_risk", "risk_review", "program_recommendation",
        "social_roadmap", "program_condition_check", "vigilance_group", "vigilance_member", "vigilance_visit", "vigilance_finding",
        "complaint", "attachment"};

    /**
     * How much to write. {@code agencies} government agencies (which lead commitments, round-robin)
     * and {@code csos} CSOs per state, besides one information institute and one university.
     */
    public record Volume(char letter, int states, int commitmentsPerState, int minMilestones, int maxMilestones,
                         int maxReportsPerMilestone, int agencies, int csos) {

        public Volume {
            if (letter < 'A' || letter > 'Z' || states < 1 || states > 26 * 26 || commitmentsPerState < 1
                    || minMilestones < 1 || maxMilestones < minMilestones || maxReportsPerMilestone < 1
                    || agencies < 1 || csos < 1) {
                throw new IllegalArgumentException("bad volume");
            }
        }

        /** Prefix of this volume's state codes. */
        public String codePrefix() {
            return "VOL" + letter;
        }
    }

    /** A couple of states with a handful of thin commitments: the "before" of a query-count test. */
    public static final Volume SMALL = new Volume('S', 2, 5, 1, 2, 1, 2, 1);

    /** Thirty states of a hundred commitments with 4-5 milestones each: the "after". */
    public static final Volume LARGE = new Volume('L', 30, 100, 4, 5, 3, 10, 5);

    /** What the page benchmark seeds: 32 states, 3,200 commitments, about 14,500 milestones. */
    public static final Volume BENCHMARK = new Volume('B', 32, 100, 4, 5, 3, 10, 5);

    /**
     * What one state got. {@code agency} is the first government agency's person (it leads every
     * n-th commitment), {@code cso} the first CSO's: what /actor/milestones must show them.
     */
    public record SeededState(long stateId, String code, String name, long planId, String planTitle,
                              List<Long> publishedCommitments, String secretariatUsername, Responsible agency,
                              Responsible cso, CoCreation coCreation, Measures measures, Evaluation evaluation,
                              Lessons lessons, Social social) {
    }

    /**
     * What a state's social-program pages list (issue 15): its programs (all of them for the
     * secretariat, the published ones for the public) and its roadmaps (all, published); of its
     * first program (published, the richest) its risks and the descriptions the public reads, its
     * recommendations, groups, visits and findings (all, published); a published roadmap; its first
     * group (/stl/group) and the risk with the most reviews (/stl/risk).
     */
    public record Social(int programs, int publishedPrograms, long programId, int risks, List<String> publicRisks,
                         int recommendations, int groups, int visits, int findings, int publishedFindings,
                         int roadmaps, int publishedRoadmaps, long roadmapId, String roadmapTitle, Group group,
                         long reviewedRiskId, int reviews) {
    }

    /**
     * The first group of a state's first program, as /stl/group lists it: its members (every other
     * one linked to a CSO's actor), visits and findings (one or two a visit).
     */
    public record Group(long id, int members, int membersWithActor, int visits, int findings) {
    }

    /**
     * What a state's lesson pages list (issue 9): all its plan's lessons, the public ones (accepted and
     * marked public) by what they tried, the
     * proposals waiting for the secretariat, and one lesson with its links ({@code KIND:id}).
     */
    public record Lessons(int total, List<String> publicTried, int proposals, long linkedId, List<String> linkedKeys) {
    }

    /**
     * What a state's indicator and treasure-hunt pages list: its indicators (all, and those the public
     * sees), and its follow-up treasure hunt with its teams and questions (each answered by every team).
     */
    public record Measures(int indicators, int publicIndicators, long followUpHuntId, int teams, int questions) {
    }

    /**
     * The state's lead evaluator and what its home lists (published commitments it has
     * not assessed, its drafts), and how many commitments have a published result with a reply.
     */
    public record Evaluation(String evaluatorUsername, int toAssess, int drafts, int publishedResults) {
    }

    /** How many co-creation records a state's pages list: actors, priorities, sessions and agreements. */
    public record CoCreation(int actors, int priorities, int sessions, int agreements) {
    }

    /**
     * A responsible actor's person: how many milestones of published commitments it is responsible
     * for, and how many sign-offs it may give now (complete milestones it has not signed for its party).
     */
    public record Responsible(String username, int milestones, int signOffsAwaiting) {
    }

    /** A commitment and how many milestones, reports, sign-offs and declined sign-offs its page shows. */
    public record SeededCommitment(long id, String title, int milestones, int reports, int signOffs, int declines) {
    }

    /**
     * What was written. {@code richest} is the published commitment with the most milestones,
     * reports and evidence (what a commitment page shows most of).
     */
    public record Seeded(Volume volume, List<SeededState> states, Map<String, Integer> rows, SeededCommitment richest,
                         long millis) {

        public SeededState first() {
            return states.get(0);
        }

        public int total(String table) {
            return rows.getOrDefault(table, 0);
        }
    }

    private VolumeSeeder() {
    }

    /** Opens a connection to the test database (URL, user and password from {@link TestDatabaseSession}). */
    public static Connection connect() throws SQLException {
        String url = TestDatabaseSession.jdbcUrl();
        return DriverManager.getConnection(url, System.getProperty("db.user"), System.getProperty("db.password"));
    }

    /** Seeds one volume. Call it after the application has started (Flyway creates the schema). */
    public static Seeded seed(Volume volume) throws SQLException {
        long t0 = System.nanoTime();
        String hash = pbkdf2(PASSWORD);
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            Writer writer = new Writer(connection, volume, hash);
            List<SeededState> states = new ArrayList<>();
            for (int i = 0; i < volume.states(); i++) {
                states.add(writer.state(i));
                pagesChanged(connection);
                connection.commit();
            }
            long millis = (System.nanoTime() - t0) / 1_000_000;
            Seeded seeded = new Seeded(volume, List.copyOf(states), Map.copyOf(writer.rows), writer.richest, millis);
            LOG.info(() -> "Seeded volume " + volume.codePrefix() + " in " + millis + " ms: " + writer.rows);
            return seeded;
        }
    }

    /**
     * The seeder writes past JPA, so it moves the public pages' version itself, in its transaction, as
     * the application's writes do (issue 12, {@code shared.persistence.PageVersionBump}): no cached
     * page outlives the data it showed.
     */
    private static void pagesChanged(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("update page_version set version = version + 1, changed_at = utc_timestamp(3) where id = 1");
        }
    }

    /** Removes everything a volume wrote (its states and all that hangs from them). */
    public static void delete(Volume volume) throws SQLException {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement find = connection.prepareStatement("select id from state where code like ?")) {
                find.setString(1, volume.codePrefix() + "%");
                try (ResultSet rs = find.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                return;
            }
            String in = "(" + String.join(",", ids.stream().map(String::valueOf).toList()) + ")";
            String milestones = " join milestone m on m.id = x.milestone_id join commitment c on c.id = m.commitment_id"
                    + " where c.state_id in " + in;
            String[] statements = {
                "create temporary table seeded_content as select e.content_id from evidence e"
                        + " join progress_report x on x.id = e.report_id" + milestones + " and e.content_id is not null",
                "delete e from evidence e join progress_report x on x.id = e.report_id" + milestones,
                "delete f from file_content f join seeded_content s on s.content_id = f.id",
                "drop temporary table seeded_content",
                "delete x from progress_report x" + milestones,
                "delete x from milestone_activity x" + milestones,
                "delete x from sign_off x" + milestones,
                "delete x from sign_off_decline x" + milestones,
                "delete x from milestone_responsible x" + milestones,
                "delete m from milestone m join commitment c on c.id = m.commitment_id where c.state_id in " + in,
                "delete b from budget_line b join commitment c on c.id = b.commitment_id where c.state_id in " + in,
                "delete x from commitment_co_responsible x join commitment c on c.id = x.commitment_id where c.state_id in " + in,
                "delete v from commitment_version v join commitment c on c.id = v.commitment_id where c.state_id in " + in,
                "delete s from priority_score s join priority p on p.id = s.priority_id where p.state_id in " + in,
                "delete x from priority_commitment x join priority p on p.id = x.priority_id where p.state_id in " + in,
                "delete from priority where state_id in " + in,
                "delete x from session_commitment x join work_session s on s.id = x.session_id where s.state_id in " + in,
                "delete x from session_attendance x join work_session s on s.id = x.session_id where s.state_id in " + in,
                "delete from session_agreement where state_id in " + in,
                "delete from work_session where state_id in " + in,
                // indicators and treasure hunts
                "delete r from hunt_recommendation r join treasure_hunt h on h.id = r.hunt_id join action_plan a on a.id = h.plan_id"
                        + " where a.state_id in " + in,
                "delete s from hunt_route_step s join hunt_answer x on x.id = s.answer_id join hunt_team t on t.id = x.team_id"
                        + " join treasure_hunt h on h.id = t.hunt_id join action_plan a on a.id = h.plan_id where a.state_id in " + in,
                "delete x from hunt_answer x join hunt_team t on t.id = x.team_id join treasure_hunt h on h.id = t.hunt_id"
                        + " join action_plan a on a.id = h.plan_id where a.state_id in " + in,
                "delete t from hunt_team t join treasure_hunt h on h.id = t.hunt_id join action_plan a on a.id = h.plan_id"
                        + " where a.state_id in " + in,
                "update hunt_question q join treasure_hunt h on h.id = q.hunt_id join action_plan a on a.id = h.plan_id"
                        + " set q.copied_from = null where a.state_id in " + in,
                "delete q from hunt_question q join treasure_hunt h on h.id = q.hunt_id join action_plan a on a.id = h.plan_id"
                        + " where a.state_id in " + in,
                "update treasure_hunt h join action_plan a on a.id = h.plan_id set h.baseline_id = null where a.state_id in " + in,
                "delete h from treasure_hunt h join action_plan a on a.id = h.plan_id where a.state_id in " + in,
                "delete m from measurement m join indicator i on i.id = m.indicator_id join action_plan a on a.id = i.plan_id"
                        + " where a.state_id in " + in,
                "delete i from indicator i join action_plan a on a.id = i.plan_id where a.state_id in " + in,
                "delete x from theory_item_commitment x join theory_item t on t.id = x.item_id join action_plan a on a.id = t.plan_id"
                        + " where a.state_id in " + in,
                "delete t from theory_item t join action_plan a on a.id = t.plan_id where a.state_id in " + in,
                // evaluation
                "delete from government_reply where state_id in " + in,
                "delete i from result_item i join result_version v on v.id = i.result_id where v.state_id in " + in,
                "delete from result_version where state_id in " + in,
                "delete from results_publication where state_id in " + in,
                "delete i from assessment_item i join assessment a on a.id = i.assessment_id where a.state_id in " + in,
                "delete from assessment where state_id in " + in,
                "delete from evaluator_assignment where state_id in " + in,
                "delete from plan_evaluation where state_id in " + in,
                "delete from commitment where state_id in " + in,
                // the toolbox: each state's use and the shared material its secretariat wrote (issue 9)
                "delete from toolbox_use where state_id in " + in,
                // lessons (issue 9): their links and sources first
                "delete x from lesson_link x join lesson l on l.id = x.lesson_id where l.state_id in " + in,
                "delete x from lesson_source x join lesson l on l.id = x.lesson_id where l.state_id in " + in,
                "delete from lesson where state_id in " + in,
                // social programs (issue 15): complaints, evidence and findings first, the programs last
                "delete from complaint where state_id in " + in,
                "delete from attachment where owner_type in ('PROGRAM_CONDITION', 'VIGILANCE_FINDING') and state_id in " + in,
                "delete from vigilance_finding where state_id in " + in,
                "delete v from vigilance_visit v join vigilance_group g on g.id = v.group_id where g.state_id in " + in,
                "delete m from vigilance_member m join vigilance_group g on g.id = m.group_id where g.state_id in " + in,
                "delete from vigilance_group where state_id in " + in,
                "delete from program_condition_check where state_id in " + in,
                "delete x from recommendation_risk x join program_recommendation r on r.id = x.recommendation_id where r.state_id in " + in,
                "delete from program_recommendation where state_id in " + in,
                "delete x from risk_review x join program_risk r on r.id = x.risk_id where r.state_id in " + in,
                "delete from program_risk where state_id in " + in,
                "delete x from social_program_score x join social_program p on p.id = x.program_id where p.state_id in " + in,
                "delete x from social_program_year x join social_program p on p.id = x.program_id where p.state_id in " + in,
                "delete from social_program where state_id in " + in,
                "delete from social_roadmap where state_id in " + in,
                "delete m from toolbox_material m join account a on a.id = m.created_by where a.state_id in " + in,
                "delete p from plan_phase p join action_plan a on a.id = p.plan_id where a.state_id in " + in,
                "delete from action_plan where state_id in " + in,
                // mail the server's jobs wrote for the volume's people while it was there (reminders, sign-offs waiting)
                "delete x from mail_message x join account a on a.id = x.account_id where a.state_id in " + in,
                "delete from mail_message where state_id in " + in,
                "delete x from mail_reminder x join account a on a.id = x.account_id where a.state_id in " + in,
                "delete from account where state_id in " + in,
                "delete from actor where state_id in " + in,
                "delete from audit_entry where state_id in " + in,
                "delete from state where id in " + in,
            };
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.executeUpdate(sql);
                }
            }
            pagesChanged(connection);
            connection.commit();
        }
    }

    /**
     * A password hash in the format of Jakarta Security's {@code Pbkdf2PasswordHash} (Soteria):
     * {@code algorithm:iterations:base64(salt):base64(hash)}, with the parameters the application
     * uses (PBKDF2-HMAC-SHA512, 210,000 iterations, 32-byte salt, 64-byte key).
     */
    public static String pbkdf2(String password) {
        try {
            byte[] salt = new byte[32];
            new SecureRandom().nextBytes(salt);
            int iterations = 210_000;
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 64 * 8))
                    .getEncoded();
            return "PBKDF2WithHmacSHA512:" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the rows of one state at a time, with explicit ids continuing after the tables' current maximum. */
    private static final class Writer {

        private final Connection connection;
        private final Volume volume;
        private final String passwordHash;
        private final Random random;
        // the seeded states keep the default zone (Mexico City): their today, by the system clock
        private final Clock clock = Clock.systemUTC();
        private final LocalDate today = Dates.today(clock, Dates.DEFAULT_ZONE);
        private final Instant now = clock.instant();
        private final Map<String, Long> nextId = new LinkedHashMap<>();
        private final Map<String, Integer> rows = new LinkedHashMap<>();
        private final Map<String, PreparedStatement> inserts = new LinkedHashMap<>();
        /** The active conditions of social programs (V26 seeds six; the administrator may add some). */
        private final List<Long> conditions = new ArrayList<>();
        private SeededCommitment richest;
        private int richestScore = -1;
        /** Reports and sign-offs of the milestone written last. */
        private int lastReports;
        private int lastSignOffs;
        private int lastDeclines;

        Writer(Connection connection, Volume volume, String passwordHash) throws SQLException {
            this.connection = connection;
            this.volume = volume;
            this.passwordHash = passwordHash;
            this.random = new Random(31L * volume.letter() + volume.states() * 7919L + volume.commitmentsPerState());
            try (Statement statement = connection.createStatement()) {
                for (String table : TABLES) {
                    try (ResultSet id = connection.getMetaData().getColumns(connection.getCatalog(), null, table, "id")) {
                        if (!id.next()) {
                            continue; // keyed otherwise: plan_evaluation by its plan, the items by their parent and item
                        }
                    }
                    try (ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
                        rs.next();
                        nextId.put(table, rs.getLong(1) + 1);
                    }
                }
            }
            // Parents first: the batches run in this order, so foreign keys always find their rows.
            prepare("state", "insert into state (id, code, name, secretariat_name, created_at) values (?, ?, ?, ?, ?)");
            prepare("actor", "insert into actor (id, state_id, name, type, created_at) values (?, ?, ?, ?, ?)");
            prepare("account", "insert into account (id, username, full_name, email, password_hash, role, state_id, actor_id,"
                    + " active, demo, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, true, false, ?)");
            prepare("action_plan", "insert into action_plan (id, state_id, title, cycle_start, cycle_end, phase, status,"
                    + " theory_activities, theory_products, theory_results, theory_impact, created_at, published_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            prepare("plan_phase", "insert into plan_phase (id, plan_id, phase, started_on, finished_on) values (?, ?, ?, ?, ?)");
            prepare("commitment", "insert into commitment (id, plan_id, state_id, title, problem, status_quo, objective,"
                    + " description, how_it_solves, value_transparency, value_participation, value_accountability,"
                    + " value_technology, value_inclusion, values_explanation, sdg_alignment, gender_alignment,"
                    + " risk_analysis, lead_institution_id, start_date, end_date, budget_program_key, budget_program_name,"
                    + " funding_source, data_sources, status, created_at, published_at, current_version, published_version,"
                    + " published_title)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            prepare("commitment_version", "insert into commitment_version (id, commitment_id, number, snapshot, status_at_save,"
                    + " saved_by, saved_at, search_text) values (?, ?, ?, ?, ?, ?, ?, ?)");
            prepare("commitment_co_responsible", "insert into commitment_co_responsible (commitment_id, actor_id) values (?, ?)");
            // published commitments' milestones and budget lines are published as they are (V12)
            prepare("budget_line", "insert into budget_line (id, commitment_id, fiscal_year, approved, modified, spent,"
                    + " published, published_approved) values (?, ?, ?, ?, ?, ?, ?, ?)");
            prepare("milestone", "insert into milestone (id, commitment_id, title, deliverable, start_date, end_date, weight,"
                    + " status, reported_percent, created_at, published, published_title, published_deliverable,"
                    + " published_start_date, published_end_date, published_weight)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            prepare("milestone_responsible", "insert into milestone_responsible (milestone_id, actor_id) values (?, ?)");
            prepare("milestone_activity", "insert into milestone_activity (id, milestone_id, title, start_date, end_date,"
                    + " responsible_id, status, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            prepare("progress_report", "insert into progress_report (id, milestone_id, account_id, reported_on, narrative,"
                    + " percent, label, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)");
            prepare("file_content", "insert into file_content (id, content) values (?, ?)");
            prepare("evidence", "insert into evidence (id, report_id, kind, url, file_name, media_type, size_bytes, sha256,"
                    + " content_id, account_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            prepare("sign_off", "insert into sign_off (id, milestone_id, party, account_id, signed_at) values (?, ?, ?, ?, ?)");
            prepare("sign_off_decline", "insert into sign_off_decline (id, milestone_id, party, account_id, reason, declined_at)"
                    + " values (?, ?, ?, ?, ?, ?)");
            prepare("priority", "insert into priority (id, plan_id, state_id, title, description, proposed_by_id, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?)");
            prepare("priority_score", "insert into priority_score (id, priority_id, account_id, score, scored_at) values (?, ?, ?, ?, ?)");
            prepare("priority_commitment", "insert into priority_commitment (priority_id, commitment_id) values (?, ?)");
            prepare("work_session", "insert into work_session (id, plan_id, state_id, kind, mode, title, held_on, place, topics,"
                    + " minutes, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            prepare("session_attendance", "insert into session_attendance (id, session_id, actor_id, attendee_name, gender, created_at)"
                    + " values (?, ?, ?, ?, ?, ?)");
            prepare("session_agreement", "insert into session_agreement (id, session_id, state_id, text, owner_actor_id, due_on,"
                    + " done_on, done_by, commitment_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            prepare("session_commitment", "insert into session_commitment (session_id, commitment_id) values (?, ?)");
            // indicators and treasure hunts
            prepare("theory_item", "insert into theory_item (id, plan_id, level, position, text, created_at) values (?, ?, ?, ?, ?, ?)");
            prepare("indicator", "insert into indicator (id, plan_id, commitment_id, theory_item_id, name, unit, direction,"
                    + " baseline_value, baseline_date, target_value, target_date, frequency, source_url, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            prepare("measurement", "insert into measurement (id, indicator_id, measured_on, value, source, recorded_by, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?)");
            prepare("treasure_hunt", "insert into treasure_hunt (id, plan_id, title, held_on, purpose, baseline_id, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?)");
            prepare("hunt_team", "insert into hunt_team (id, hunt_id, name, actor_id, people) values (?, ?, ?, ?, ?)");
            prepare("hunt_question", "insert into hunt_question (id, hunt_id, position, text, commitment_id, program_key, copied_from)"
                    + " values (?, ?, ?, ?, ?, ?, ?)");
            prepare("hunt_answer", "insert into hunt_answer (id, team_id, question_id, outcome, url, format, stars, minutes)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?)");
            prepare("hunt_route_step", "insert into hunt_route_step (answer_id, position, description, folio) values (?, ?, ?, ?)");
            prepare("hunt_recommendation", "insert into hunt_recommendation (id, hunt_id, authority_id, text, status, status_on)"
                    + " values (?, ?, ?, ?, ?, ?)");
            // evaluation
            prepare("evaluator_assignment", "insert into evaluator_assignment (id, plan_id, state_id, account_id, starts_on, ends_on,"
                    + " lead, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)");
            prepare("plan_evaluation", "insert into plan_evaluation (plan_id, state_id, reply_from, reply_until) values (?, ?, ?, ?)");
            prepare("assessment", "insert into assessment (id, commitment_id, plan_id, state_id, moment, evaluator_id, submitted_at,"
                    + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?)");
            prepare("assessment_item", "insert into assessment_item (assessment_id, item, level, justification, refs, note)"
                    + " values (?, ?, ?, ?, ?, ?)");
            prepare("results_publication", "insert into results_publication (id, plan_id, state_id, number, signed_by, signed_at,"
                    + " created_at) values (?, ?, ?, ?, ?, ?, ?)");
            prepare("result_version", "insert into result_version (id, commitment_id, plan_id, state_id, moment, number, recorded_by,"
                    + " correction, publication_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            prepare("result_item", "insert into result_item (result_id, item, level, justification, refs, note) values (?, ?, ?, ?, ?, ?)");
            prepare("government_reply", "insert into government_reply (id, commitment_id, state_id, actor_id, account_id, body,"
                    + " created_at) values (?, ?, ?, ?, ?, ?, ?)");
            prepare("toolbox_material", "insert into toolbox_material (id, state_id, title, description, phase, language, kind,"
                    + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            prepare("lesson", "insert into lesson (id, plan_id, state_id, phase, tried, happened, changed, participants,"
                    + " learned_on, other_context, visible_to_public, status, written_by, proposed_by_id, decided_by, decided_at,"
                    + " decline_reason, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            prepare("lesson_source", "insert into lesson_source (lesson_id, source) values (?, ?)");
            prepare("lesson_link", "insert into lesson_link (lesson_id, kind, record_id) values (?, ?, ?)");
            prepare("toolbox_use", "insert into toolbox_use (id, plan_id, state_id, material_id, phase, kind, note, recorded_by,"
                    + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            // social programs (issue 15)
            prepare("social_program", "insert into social_program (id, state_id, name, agency_id, budget_program_key, funding_source,"
                    + " target_population, beneficiaries_planned, beneficiaries_reached, rules_url, open_data, published, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            prepare("social_program_year", "insert into social_program_year (id, program_id, fiscal_year, approved, modified, spent)"
                    + " values (?, ?, ?, ?, ?, ?)");
            prepare("social_program_score", "insert into social_program_score (id, program_id, account_id, score, scored_at)"
                    + " values (?, ?, ?, ?, ?)");
            prepare("program_risk", "insert into program_risk (id, program_id, state_id, dimension, description, description_public,"
                    + " likelihood, impact, controls, evidence, identified_on, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            prepare("risk_review", "insert into risk_review (id, risk_id, reviewed_on, likelihood, impact, what_changed, reviewed_by,"
                    + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?)");
            prepare("program_recommendation", "insert into program_recommendation (id, program_id, state_id, authority_id, what,"
                    + " answer_due_on, answer, answer_text, answered_on, follow_up_status, follow_up_note, follow_up_on, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            prepare("recommendation_risk", "insert into recommendation_risk (recommendation_id, risk_id) values (?, ?)");
            prepare("social_roadmap", "insert into social_roadmap (id, state_id, title, period_start, period_end, risks_status,"
                    + " recommendations_status, dialogue_status, dialogue_note, published, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            prepare("program_condition_check", "insert into program_condition_check (id, program_id, condition_id, state_id, met, note,"
                    + " checked_on, checked_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            prepare("vigilance_group", "insert into vigilance_group (id, program_id, state_id, name, place, constituted_on, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?)");
            prepare("vigilance_member", "insert into vigilance_member (id, group_id, full_name, actor_id, contact, created_at)"
                    + " values (?, ?, ?, ?, ?, ?)");
            prepare("vigilance_visit", "insert into vigilance_visit (id, group_id, visited_on, place, checked, notes, recorded_by,"
                    + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?)");
            prepare("vigilance_finding", "insert into vigilance_finding (id, visit_id, state_id, description, published, for_risk_review,"
                    + " created_at) values (?, ?, ?, ?, ?, ?, ?)");
            prepare("complaint", "insert into complaint (id, program_id, state_id, folio, source, finding_id, what, status, route,"
                    + " authority, answer, received_on, channelled_on, answered_on, closed_on, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            prepare("attachment", "insert into attachment (id, owner_type, owner_id, state_id, kind, url, account_id, created_at)"
                    + " values (?, ?, ?, ?, 'LINK', ?, ?, ?)");
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select id from program_condition where active = true order by position, id")) {
                while (rs.next()) {
                    conditions.add(rs.getLong(1));
                }
            }
        }

        private void prepare(String table, String sql) throws SQLException {
            inserts.put(table, connection.prepareStatement(sql));
        }

        private long id(String table) {
            return nextId.merge(table, 1L, Long::sum) - 1;
        }

        /** Adds a row to a table's batch: the values in column order. */
        private void row(String table, Object... values) throws SQLException {
            PreparedStatement insert = inserts.get(table);
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    insert.setNull(i + 1, Types.NULL);
                } else if (v instanceof LocalDate d) {
                    insert.setDate(i + 1, Date.valueOf(d));
                } else if (v instanceof Instant t) {
                    insert.setTimestamp(i + 1, Timestamp.from(t));
                } else if (v instanceof Enum<?> e) {
                    insert.setString(i + 1, e.name());
                } else {
                    insert.setObject(i + 1, v);
                }
            }
            insert.addBatch();
            rows.merge(table, 1, Integer::sum);
        }

        private void flush() throws SQLException {
            for (PreparedStatement insert : inserts.values()) {
                insert.executeBatch();
            }
        }

        private record Person(String username, long accountId, long actorId, boolean cso) {
        }

        /** Each commitment's first milestone (its lead institution is always among the milestone's responsibles). */
        private final Map<Long, Long> firstMilestoneOf = new java.util.HashMap<>();

        /**
         * Social programs (issue 15), no random draw (the rest of the volume stays as it was), growing
         * with the volume ({@code n} = commitments per state / 5: 1 small, 20 large): 1 + n/4 programs,
         * all published but the last of several, each with 2 or 3 fiscal years, two scores, a check of
         * every active condition (the met ones with a link), 2 + n/2 risks across the dimensions (two
         * in three public) with 0 to 1 + n/5 reviews, 1 + n/4 recommendations (answered and followed up,
         * pending, overdue, rejected by turns) mitigating two risks each, 1 + n/10 vigilance groups of
         * 2 + n/4 members with 1 + n/5 visits of one or two findings (the first of each visit published,
         * with a link), and 2 + n complaints in every status (one in three from a finding); 1 + n/10
         * roadmaps, the first published.
         */
        private Social social(long stateId, String code, List<Person> agencies, List<Person> csos, String secretariat,
                              long secretariatAccount, long instituteAccount) throws SQLException {
            int n = Math.max(1, volume.commitmentsPerState() / 5);
            int programs = 1 + n / 4;
            int risksPerProgram = 2 + n / 2;
            int recommendationsPerProgram = 1 + n / 4;
            int groupsPerProgram = 1 + n / 10;
            int visitsPerGroup = 1 + n / 5;
            int findingsPerVisit = n > 1 ? 2 : 1;
            String[] dimensions = {"BUDGET", "OPERATION", "BENEFICIARY_REGISTRY", "CITIZEN_PARTICIPATION", "OVERSIGHT", "EVALUATION"};
            String[] checks = {"DELIVERY", "REGISTRY", "SERVICE_QUALITY", "OTHER"};
            String[] statuses = {"RECEIVED", "CHANNELLED", "ANSWERED", "CLOSED"};
            String[] routes = {"PROGRAM_MECHANISM", "COMPTROLLER", "INFORMATION_INSTITUTE", "OTHER"};
            long firstProgram = 0;
            int published = 0;
            List<String> publicRisks = new ArrayList<>();
            int groups = 0;
            int visits = 0;
            int findings = 0;
            int publishedFindings = 0;
            int membersPerGroup = 2 + n / 4;
            Group firstGroup = null;
            long reviewedRisk = 0;
            int mostReviews = -1;
            for (int p = 0; p < programs; p++) {
                long program = id("social_program");
                boolean isPublished = p == 0 || p < programs - 1;
                published += isPublished ? 1 : 0;
                String name = "Programa social " + (p + 1) + " de " + code;
                row("social_program", program, stateId, name, agencies.get(p % agencies.size()).actorId(), "S" + (100 + p),
                        FUNDING[p % FUNDING.length], "Hogares en pobreza de " + code, 1000 * (p + 1), 900 * (p + 1),
                        "https://reglas.example.gob.mx/" + code.toLowerCase(Locale.ROOT) + "/" + p + ".pdf",
                        "https://datos.example.gob.mx/" + code.toLowerCase(Locale.ROOT) + "/padron-" + p + ".csv", isPublished, now);
                for (int y = Math.min(1 + n, 3) - 1; y >= 0; y--) {
                    BigDecimal approved = BigDecimal.valueOf(10_000_000L * (p + 1) + 1_000_000L * y);
                    row("social_program_year", id("social_program_year"), program, today.getYear() - y, approved, null,
                            approved.divide(BigDecimal.valueOf(2)));
                }
                row("social_program_score", id("social_program_score"), program, secretariatAccount, 1 + (p + 4) % 5, now);
                row("social_program_score", id("social_program_score"), program, instituteAccount, 1 + (p + 3) % 5, now);
                for (int c = 0; c < conditions.size(); c++) {
                    long check = id("program_condition_check");
                    boolean met = (p + c) % 3 != 0;
                    row("program_condition_check", check, program, conditions.get(c), stateId, met, met ? null : "Sin evidencia pública",
                            today.minusMonths(1), secretariat, now);
                    if (met) {
                        row("attachment", id("attachment"), "PROGRAM_CONDITION", check, stateId,
                                "https://transparencia.example.gob.mx/" + code.toLowerCase(Locale.ROOT) + "/condicion-" + check, secretariatAccount, now);
                    }
                }
                List<Long> risks = new ArrayList<>();
                for (int r = 0; r < risksPerProgram; r++) {
                    long risk = id("program_risk");
                    risks.add(risk);
                    boolean descriptionPublic = r % 3 != 2;
                    String description = "Riesgo " + (r + 1) + " del programa " + (p + 1) + " de " + code + ": " + dimensions[r % dimensions.length];
                    if (p == 0 && descriptionPublic) {
                        publicRisks.add(description);
                    }
                    LocalDate identified = today.minusMonths(12);
                    row("program_risk", risk, program, stateId, dimensions[r % dimensions.length], description, descriptionPublic,
                            1 + (r + p) % 5, 1 + (2 * r + p) % 5, "Controles internos de la dependencia", "Solicitud de información " + risk,
                            identified, now);
                    if (p == 0 && r % (2 + n / 5) > mostReviews) {
                        mostReviews = r % (2 + n / 5);
                        reviewedRisk = risk;
                    }
                    for (int v = 0; v < r % (2 + n / 5); v++) {
                        row("risk_review", id("risk_review"), risk, identified.plusMonths(1L + v), 1 + (r + v) % 5, 1 + (r + 2 * v) % 5,
                                "Revisión " + (v + 1) + ": cambió la operación del programa", secretariat, now);
                    }
                }
                for (int k = 0; k < recommendationsPerProgram; k++) {
                    long recommendation = id("program_recommendation");
                    int turn = k % 4;
                    boolean answered = turn == 0 || turn == 3;
                    row("program_recommendation", recommendation, program, stateId, agencies.get(k % agencies.size()).actorId(),
                            "Recomendación " + (k + 1) + " del programa " + (p + 1) + ": publicar el padrón y los criterios de cada alta",
                            turn == 1 ? today.plusMonths(2) : today.minusMonths(2), answered ? (turn == 0 ? "ACCEPTED" : "REJECTED") : null,
                            answered ? "Respuesta de la dependencia" : null, answered ? today.minusMonths(3) : null,
                            turn == 0 ? "IN_PROGRESS" : "NOT_STARTED", turn == 0 ? "Primer corte publicado" : null,
                            turn == 0 ? today.minusMonths(1) : null, now);
                    row("recommendation_risk", recommendation, risks.get(k % risks.size()));
                    if (risks.size() > 1) {
                        row("recommendation_risk", recommendation, risks.get((k + 1) % risks.size()));
                    }
                }
                List<Long> programFindings = new ArrayList<>();
                for (int g = 0; g < groupsPerProgram; g++) {
                    long group = id("vigilance_group");
                    row("vigilance_group", group, program, stateId, "Comité de contraloría social " + (g + 1) + " del programa " + (p + 1),
                            "Localidad " + (g + 1) + ", " + code, today.minusMonths(10), now);
                    if (firstGroup == null) {
                        firstGroup = new Group(group, membersPerGroup, (membersPerGroup + 1) / 2, visitsPerGroup,
                                visitsPerGroup * findingsPerVisit);
                    }
                    for (int m = 0; m < membersPerGroup; m++) {
                        row("vigilance_member", id("vigilance_member"), group, "Integrante " + (m + 1) + " del comité " + (g + 1),
                                m % 2 == 0 ? csos.get(m % csos.size()).actorId() : null, "integrante" + m + "@correo.example.mx", now);
                    }
                    for (int v = 0; v < visitsPerGroup; v++) {
                        long visit = id("vigilance_visit");
                        row("vigilance_visit", visit, group, today.minusMonths(8L - v % 8), "Punto de entrega " + (v + 1),
                                checks[v % checks.length], "Notas de la visita " + (v + 1), secretariat, now);
                        for (int f = 0; f < findingsPerVisit; f++) {
                            long finding = id("vigilance_finding");
                            boolean findingPublished = f == 0;
                            row("vigilance_finding", finding, visit, stateId, "Hallazgo " + (f + 1) + " de la visita " + (v + 1)
                                    + " del comité " + (g + 1), findingPublished, f == 1, now);
                            programFindings.add(finding);
                            if (findingPublished) {
                                row("attachment", id("attachment"), "VIGILANCE_FINDING", finding, stateId,
                                        "https://fotos.example.mx/" + code.toLowerCase(Locale.ROOT) + "/hallazgo-" + finding, secretariatAccount, now);
                            }
                            if (p == 0) {
                                findings++;
                                publishedFindings += findingPublished ? 1 : 0;
                            }
                        }
                        visits += p == 0 ? 1 : 0;
                    }
                    groups += p == 0 ? 1 : 0;
                }
                for (int c = 0; c < 2 + n; c++) {
                    long complaint = id("complaint");
                    int status = c % statuses.length;
                    Long finding = c % 3 == 0 ? programFindings.get(c % programFindings.size()) : null;
                    LocalDate received = today.minusMonths(6);
                    row("complaint", complaint, program, stateId, code + "-" + received.getYear() + "-" + Long.toString(complaint, 36).toUpperCase(Locale.ROOT),
                            finding == null ? "PUBLIC" : "GROUP", finding, "Queja " + (c + 1) + ": no se entregó el apoyo completo",
                            statuses[status], status > 0 ? routes[c % routes.length] : null, status > 0 ? "Órgano Interno de Control" : null,
                            status > 1 ? "Se repuso el apoyo" : null, received, status > 0 ? received.plusDays(5) : null,
                            status > 1 ? received.plusMonths(1) : null, status > 2 ? received.plusMonths(2) : null, now);
                }
                if (p == 0) {
                    firstProgram = program;
                }
            }
            int roadmaps = 1 + n / 10;
            long firstRoadmap = 0;
            String firstTitle = null;
            for (int r = 0; r < roadmaps; r++) {
                long roadmap = id("social_roadmap");
                String title = "Hoja de ruta " + code + " " + (today.getYear() - r);
                row("social_roadmap", roadmap, stateId, title, LocalDate.of(today.getYear() - r, 1, 1), LocalDate.of(today.getYear() - r, 12, 31),
                        r == 0 ? "DONE" : "IN_PROGRESS", r == 0 ? "IN_PROGRESS" : "DONE", "NOT_STARTED", "Diálogo por agendar", r == 0, now);
                if (r == 0) {
                    firstRoadmap = roadmap;
                    firstTitle = title;
                }
            }
            return new Social(programs, published, firstProgram, risksPerProgram, List.copyOf(publicRisks), recommendationsPerProgram,
                    groups, visits, findings, publishedFindings, roadmaps, 1, firstRoadmap, firstTitle, firstGroup, reviewedRisk, mostReviews);
        }

        /**
         * Lessons (issue 9), no random draw (the rest of the volume stays as it was): one per twenty
         * commitments per phase, two at least. By turns: one in five proposed by the lead agency of the
         * commitment it is about (on that commitment's first milestone), every other proposal declined,
         * the others accepted; of the secretariat's, every other one public. Each is about a
         * commitment, its first milestone and a session (a proposal only about its milestone), and drew
         * on one or two of the four sources.
         */
        private Lessons lessons(long stateId, long planId, String code, List<Long> commitments, long firstSession, int sessions,
                                List<Person> agencies, String secretariat) throws SQLException {
            String[] phases = {"IDENTIFICATION", "TRAINING", "CO_CREATION", "FOLLOW_UP", "EVALUATION", "SYSTEMATIZATION"};
            String[] sources = {"LOCAL_POLITICS", "DATA_AND_EVIDENCE", "PROBLEM_SOLVING", "OTHER_CONTEXTS"};
            int perPhase = Math.max(2, commitments.size() / 20);
            Map<String, List<String>> publicByPhase = new LinkedHashMap<>();
            int total = 0;
            int proposals = 0;
            long linkedId = 0;
            List<String> linkedKeys = List.of();
            for (String phase : phases) {
                for (int n = 0; n < perPhase; n++) {
                    int k = total++;
                    long id = id("lesson");
                    int c = k % commitments.size();
                    long commitment = commitments.get(c);
                    long milestone = firstMilestoneOf.get(commitment);
                    boolean proposed = k % 5 == 3;
                    boolean declined = proposed && k % 10 == 8;
                    boolean visible = !proposed && k % 2 == 0;
                    Person proposer = agencies.get(c % agencies.size());
                    String tried = "Probamos la práctica " + (k + 1) + " de " + code + " en la fase " + phase + ".";
                    String source = sources[k % sources.length];
                    LocalDate on = today.minusDays(10L + 3L * k);
                    Instant created = on.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC);
                    row("lesson", id, planId, stateId, phase, tried,
                            "Sucedió lo esperado a medias: " + NARRATIVES[k % NARRATIVES.length],
                            "Cambiamos el calendario y el formato de las sesiones (" + (k + 1) + ").",
                            k % 3 == 0 ? "Secretariado, organizaciones y dependencias" : null, on,
                            source.equals("OTHER_CONTEXTS") ? "Estado de volumen vecino" : null, visible,
                            proposed ? (declined ? "DECLINED" : "PROPOSED") : "ACCEPTED",
                            proposed ? proposer.username() : secretariat, proposed ? proposer.actorId() : null,
                            declined ? secretariat : null, declined ? created.plus(1, ChronoUnit.DAYS) : null,
                            declined ? "Ya está en otra lección." : null, created);
                    row("lesson_source", id, source);
                    if (k % 3 == 1 && !source.equals("DATA_AND_EVIDENCE")) {
                        row("lesson_source", id, "DATA_AND_EVIDENCE");
                    }
                    List<String> keys = new ArrayList<>();
                    keys.add("MILESTONE:" + milestone);
                    if (!proposed) {
                        keys.add("COMMITMENT:" + commitment);
                        keys.add("WORK_SESSION:" + (firstSession + k % sessions));
                    }
                    for (String key : keys) {
                        String[] parts = key.split(":");
                        row("lesson_link", id, parts[0], Long.parseLong(parts[1]));
                    }
                    if (proposed && !declined) {
                        proposals++;
                    }
                    if (visible) {
                        publicByPhase.computeIfAbsent(phase, x -> new ArrayList<>()).add(tried);
                    }
                    if (linkedId == 0 && keys.size() > 1) {
                        linkedId = id;
                        linkedKeys = List.copyOf(keys);
                    }
                }
            }
            List<String> publicTried = publicByPhase.values().stream().flatMap(List::stream).toList();
            return new Lessons(total, publicTried, proposals, linkedId, linkedKeys);
        }

        /** Per actor: milestones of published commitments it is responsible for, sign-offs it may give. */
        private final Map<Long, Integer> responsibleFor = new java.util.HashMap<>();
        private final Map<Long, Integer> mayGive = new java.util.HashMap<>();

        SeededState state(int index) throws SQLException {
            String code = volume.codePrefix() + (char) ('A' + index / 26) + (char) ('A' + index % 26);
            String lower = code.toLowerCase(Locale.ROOT);
            String name = "Estado de volumen " + code;
            long stateId = id("state");
            row("state", stateId, code, name, "Secretariado Técnico Local de Gobierno Abierto " + code, now);

            // Actors: agencies lead commitments; CSOs are co-responsible; every one of them has a person.
            List<Person> agencies = new ArrayList<>();
            List<Person> csos = new ArrayList<>();
            for (int a = 0; a < volume.agencies(); a++) {
                long actor = actor(stateId, AGENCIES[a % AGENCIES.length] + suffix(a, AGENCIES.length) + " de " + code,
                        "GOVERNMENT_AGENCY");
                agencies.add(new Person(lower + ".dep" + a, account(lower + ".dep" + a, "Enlace " + (a + 1) + " " + code,
                        "RESPONSIBLE_ACTOR", stateId, actor), actor, false));
            }
            for (int o = 0; o < volume.csos(); o++) {
                long actor = actor(stateId, CSOS[o % CSOS.length] + suffix(o, CSOS.length) + " " + code, "CSO");
                csos.add(new Person(lower + ".osc" + o, account(lower + ".osc" + o, "Integrante OSC " + (o + 1) + " " + code,
                        "RESPONSIBLE_ACTOR", stateId, actor), actor, true));
            }
            long institute = actor(stateId, "Instituto de Transparencia y Acceso a la Información de " + code,
                    "INFORMATION_INSTITUTE");
            long university = actor(stateId, "Universidad Autónoma de " + code, "ACADEMIA");
            String secretariat = lower + ".stl";
            long secretariatAccount = account(secretariat, "Coordinación del Secretariado " + code, "SECRETARIAT", stateId,
                    agencies.get(0).actorId());
            long instituteAccount = account(lower + ".inst", "Comisionada del Instituto " + code, "INFORMATION_INSTITUTE",
                    stateId, institute);
            long evaluatorAccount = account(lower + ".eval", "Evaluadora " + code, "EVALUATOR", stateId, university);

            // One published plan: a four-year cycle around today.
            LocalDate cycleStart = LocalDate.of(today.getYear() - 2, 1, 1);
            LocalDate cycleEnd = LocalDate.of(today.getYear() + 1, 12, 31);
            long planId = id("action_plan");
            String planTitle = "Plan de Acción Local " + code + " " + cycleStart.getYear() + "–" + cycleEnd.getYear();
            row("action_plan", planId, stateId, planTitle, cycleStart, cycleEnd, "FOLLOW_UP", "PUBLISHED",
                    text(THEORY_ACTIVITIES, 2), text(THEORY_PRODUCTS, 2), text(THEORY_RESULTS, 2), text(THEORY_IMPACT, 2),
                    cycleStart.atStartOfDay().toInstant(java.time.ZoneOffset.UTC), cycleStart.plusMonths(3)
                            .atStartOfDay().toInstant(java.time.ZoneOffset.UTC));

            // its six phase records: the first three done, follow-up under way
            String[] phases = {"IDENTIFICATION", "TRAINING", "CO_CREATION", "FOLLOW_UP", "EVALUATION", "SYSTEMATIZATION"};
            for (int p = 0; p < phases.length; p++) {
                LocalDate started = p <= 3 ? cycleStart.minusMonths(6L - 2L * p) : null;
                row("plan_phase", id("plan_phase"), planId, phases[p], started, p < 3 ? started.plusMonths(2) : null);
            }

            List<Long> published = new ArrayList<>();
            List<Long> all = new ArrayList<>();
            Map<Long, Person> leadOf = new LinkedHashMap<>();
            for (int c = 0; c < volume.commitmentsPerState(); c++) {
                // about one in ten is still a draft (never the first, so every plan shows something)
                boolean isPublished = c == 0 || random.nextInt(10) != 0;
                Person lead = agencies.get(c % agencies.size());
                List<Person> coResponsibles = new ArrayList<>();
                coResponsibles.add(csos.get(c % csos.size()));
                if (csos.size() > 1 && random.nextBoolean()) {
                    coResponsibles.add(csos.get((c + 1) % csos.size()));
                }
                if (agencies.size() > 1 && random.nextInt(3) == 0) {
                    coResponsibles.add(agencies.get((c + 1) % agencies.size()));
                }
                long commitmentId = commitment(stateId, planId, code, c, cycleStart, cycleEnd, lead, coResponsibles, isPublished);
                all.add(commitmentId);
                if (isPublished) {
                    published.add(commitmentId);
                    leadOf.put(commitmentId, lead);
                }
            }
            long firstSession = nextId.get("work_session");
            CoCreation coCreation = coCreation(stateId, planId, code, all, agencies, csos, List.of(secretariatAccount, instituteAccount));
            Measures measures = measures(planId, code, all, published, csos, agencies.get(0), secretariatAccount);
            Evaluation evaluation = evaluation(stateId, planId, lower + ".eval", evaluatorAccount, instituteAccount, leadOf);
            // issue 9: a shared toolbox material per state, used in its plan: the public toolbox shows where each was used
            long material = id("toolbox_material");
            row("toolbox_material", material, null, "Guía de formación " + code, "Material compartido del volumen " + code,
                    "TRAINING", "ES", "GUIDE", secretariatAccount, now);
            row("toolbox_use", id("toolbox_use"), planId, stateId, material, "TRAINING", "USED", "Usada en la formación de " + code,
                    secretariat, now);
            Lessons lessons = lessons(stateId, planId, code, all, firstSession, coCreation.sessions(), agencies, secretariat);
            Social social = social(stateId, code, agencies, csos, secretariat, secretariatAccount, instituteAccount);
            flush();
            return new SeededState(stateId, code, name, planId, planTitle, List.copyOf(published), secretariat,
                    responsible(agencies.get(0)), responsible(csos.get(0)), coCreation, measures, evaluation, lessons, social);
        }

        /**
         * Indicators: one per commitment with three quarterly measurements, and one on a result of the
         * theory of change. Treasure hunts: a baseline and a follow-up asking one question per ten
         * commitments (at least two), each answered by one team per CSO with a two-step route, and a
         * recommendation per question.
         */
        private Measures measures(long planId, String code, List<Long> commitments, List<Long> published, List<Person> csos,
                                      Person authority, long recordedBy) throws SQLException {
            long result = id("theory_item");
            row("theory_item", result, planId, "RESULT", 1, text(THEORY_RESULTS, 1), now);
            List<Long> owners = new ArrayList<>(commitments);
            owners.add(null); // the result's
            for (Long commitment : owners) {
                long indicator = id("indicator");
                row("indicator", indicator, planId, commitment, commitment == null ? result : null,
                        "Indicador " + indicator + " de " + code, "%", "UP", 0, today.minusMonths(12), 100, today.plusMonths(12),
                        "QUARTERLY", "https://datos.ejemplo.mx/" + code.toLowerCase(Locale.ROOT), now);
                for (int m = 1; m <= 3; m++) {
                    row("measurement", id("measurement"), indicator, today.minusMonths(12 - 3L * m), 10 * m,
                            "Corte " + m, recordedBy, now);
                }
            }
            int questions = Math.max(2, commitments.size() / 10);
            long baseline = id("treasure_hunt");
            row("treasure_hunt", baseline, planId, "Línea base " + code, today.minusMonths(6), "BASELINE", null, now);
            long followUp = id("treasure_hunt");
            row("treasure_hunt", followUp, planId, "Seguimiento " + code, today.minusMonths(1), "FOLLOW_UP", baseline, now);
            List<Long> asked = new ArrayList<>();
            for (long hunt : List.of(baseline, followUp)) {
                List<Long> questionIds = new ArrayList<>();
                for (int q = 0; q < questions; q++) {
                    long question = id("hunt_question");
                    row("hunt_question", question, hunt, q + 1, "¿Cuánto se gastó en el programa " + (q + 1) + " de " + code + "?",
                            commitments.get(q % commitments.size()), "P" + (q + 1), hunt == followUp ? asked.get(q) : null);
                    questionIds.add(question);
                }
                for (Person cso : csos) {
                    long team = id("hunt_team");
                    row("hunt_team", team, hunt, "Equipo " + cso.username(), cso.actorId(), "Persona A, Persona B");
                    for (long question : questionIds) {
                        long answer = id("hunt_answer");
                        boolean after = hunt == followUp;
                        row("hunt_answer", answer, team, question, after ? "FOUND" : "PARTLY", "https://datos.ejemplo.mx/gasto",
                                after ? "CSV" : "PDF", after ? 3 : 1, after ? 40 : 120);
                        row("hunt_route_step", answer, 1, "Portal estatal de transparencia", null);
                        row("hunt_route_step", answer, 2, "Solicitud de acceso a la información", "2605123" + answer);
                    }
                }
                if (hunt == baseline) {
                    asked.addAll(questionIds);
                } else {
                    for (int q = 0; q < questions; q++) {
                        row("hunt_recommendation", id("hunt_recommendation"), followUp, authority.actorId(),
                                "Publicar en datos abiertos el gasto del programa " + (q + 1), "PENDING", today.minusDays(10));
                    }
                }
            }
            return new Measures(owners.size(), published.size() + 1, followUp, csos.size(), questions);
        }

        /**
         * The evaluator assigned as lead; of the published commitments, one in three not
         * assessed yet, one in five a draft (never the richest commitment so far), the others submitted (design: verifiable,
         * relevant to transparency, potential by turns), reconciled, answered by the lead agency and
         * published in one publication signed by the institute.
         */
        private Evaluation evaluation(long stateId, long planId, String evaluator, long evaluatorAccount, long instituteAccount,
                                      Map<Long, Person> leadOf) throws SQLException {
            row("evaluator_assignment", id("evaluator_assignment"), planId, stateId, evaluatorAccount, today.minusDays(30),
                    today.plusYears(1), true, now);
            row("plan_evaluation", planId, stateId, today.minusDays(20), today.minusDays(5));
            long publication = id("results_publication");
            row("results_publication", publication, planId, stateId, 1, instituteAccount, now, now);
            String[] design = {"VERIFIABILITY", "RELEVANCE_TRANSPARENCY", "RELEVANCE_CITIZEN_PARTICIPATION",
                "RELEVANCE_PUBLIC_ACCOUNTABILITY", "RELEVANCE_TECHNOLOGY_AND_INNOVATION", "RELEVANCE_INCLUSION", "POTENTIAL"};
            String[] potentials = {"UNCLEAR", "MODEST", "SUBSTANTIAL"};
            int toAssess = 0;
            int drafts = 0;
            int results = 0;
            int i = 0;
            for (Map.Entry<Long, Person> entry : leadOf.entrySet()) {
                long commitment = entry.getKey();
                int n = i++;
                // the richest commitment so far (this state's, if any) is always published with a result, so that
                // the commitment page QueryCountIT views shows one at both volumes
                boolean richestHere = richest != null && richest.id() == commitment;
                if (n % 3 == 2 && !richestHere) {
                    toAssess++;
                    continue;
                }
                boolean draft = n % 5 == 4 && !richestHere;
                String potential = potentials[n % potentials.length];
                long assessment = id("assessment");
                row("assessment", assessment, commitment, planId, stateId, "DESIGN", evaluatorAccount, draft ? null : now, now);
                for (String item : design) {
                    row("assessment_item", assessment, item, level(item, potential), "Justificación " + item, null, null);
                }
                if (draft) {
                    drafts++;
                    continue;
                }
                long result = id("result_version");
                row("result_version", result, commitment, planId, stateId, "DESIGN", 1, evaluatorAccount, null, publication, now);
                for (String item : design) {
                    row("result_item", result, item, level(item, potential), "Justificación conciliada " + item, null, null);
                }
                row("government_reply", id("government_reply"), commitment, stateId, entry.getValue().actorId(),
                        entry.getValue().accountId(), "Réplica de la institución responsable.", now);
                results++;
            }
            return new Evaluation(evaluator, toAssess, drafts, results);
        }

        private static String level(String item, String potential) {
            return switch (item) {
                case "VERIFIABILITY" -> "VERIFIABLE";
                case "POTENTIAL" -> potential;
                case "RELEVANCE_TRANSPARENCY" -> "RELEVANT";
                default -> "NOT_RELEVANT";
            };
        }

        /**
         * The road to the commitments: one priority per five commitments (scored by the secretariat
         * and the institute, proposed by a CSO, linked to its five), one session per ten commitments
         * (every CSO and up to three agencies attend; linked to every tenth commitment) with an
         * overdue and a done agreement each.
         */
        private CoCreation coCreation(long stateId, long planId, String code, List<Long> commitments, List<Person> agencies,
                                      List<Person> csos, List<Long> scorers) throws SQLException {
            int priorities = Math.max(1, commitments.size() / 5);
            for (int p = 0; p < priorities; p++) {
                long priority = id("priority");
                row("priority", priority, planId, stateId, "Problema local " + (p + 1) + " de " + code,
                        text(THEORY_RESULTS, 1), csos.get(p % csos.size()).actorId(), now);
                for (long scorer : scorers) {
                    row("priority_score", id("priority_score"), priority, scorer, 1 + random.nextInt(5), now);
                }
                for (int c = 5 * p; c < Math.min(5 * p + 5, commitments.size()); c++) {
                    row("priority_commitment", priority, commitments.get(c));
                }
            }
            int sessions = Math.max(1, commitments.size() / 10);
            List<Person> attendees = new ArrayList<>(csos);
            attendees.addAll(agencies.subList(0, Math.min(3, agencies.size())));
            for (int s = 0; s < sessions; s++) {
                long session = id("work_session");
                LocalDate day = today.minusDays(30L + 7L * s);
                row("work_session", session, planId, stateId, s % 3 == 0 ? "TRAINING" : "CO_CREATION", "IN_PERSON",
                        "Sesión " + (s + 1) + " de " + code, day, "Sala del secretariado", "Presupuesto; hitos", text(THEORY_PRODUCTS, 2), now);
                for (int a = 0; a < attendees.size(); a++) {
                    row("session_attendance", id("session_attendance"), session, attendees.get(a).actorId(),
                            "Persona " + (a + 1), a % 2 == 0 ? "WOMAN" : "MAN", now);
                }
                row("session_agreement", id("session_agreement"), session, stateId, "Acuerdo atrasado de la sesión " + (s + 1),
                        agencies.get(s % agencies.size()).actorId(), today.minusDays(5), null, null, commitments.get(s), now);
                row("session_agreement", id("session_agreement"), session, stateId, "Acuerdo cumplido de la sesión " + (s + 1),
                        csos.get(s % csos.size()).actorId(), day.plusDays(10), day.plusDays(8), "volumen", null, now);
                for (int c = s; c < commitments.size(); c += sessions) {
                    row("session_commitment", session, commitments.get(c));
                }
            }
            return new CoCreation(agencies.size() + csos.size() + 2, priorities, sessions, 2 * sessions);
        }

        private Responsible responsible(Person person) {
            return new Responsible(person.username(), responsibleFor.getOrDefault(person.actorId(), 0),
                    mayGive.getOrDefault(person.actorId(), 0));
        }

        private long actor(long stateId, String name, String type) throws SQLException {
            long id = id("actor");
            row("actor", id, stateId, name, type, now);
            return id;
        }

        private long account(String username, String fullName, String role, long stateId, long actorId) throws SQLException {
            long id = id("account");
            row("account", id, username, fullName, username + "@volumen.example.mx", passwordHash, role, stateId, actorId, now);
            return id;
        }

        private long commitment(long stateId, long planId, String code, int index, LocalDate cycleStart, LocalDate cycleEnd,
                                Person lead, List<Person> coResponsibles, boolean isPublished) throws SQLException {
            long id = id("commitment");
            String[] theme = THEMES[index % THEMES.length];
            String title = theme[0] + " (" + code + "-" + (index + 1) + ")";
            LocalDate start = cycleStart.plusMonths(random.nextInt(9));
            LocalDate end = cycleEnd.minusMonths(random.nextInt(9));
            boolean[] values = {random.nextInt(4) != 0, random.nextBoolean(), random.nextBoolean(), random.nextInt(3) == 0,
                random.nextInt(4) == 0};
            if (!(values[0] || values[1] || values[2] || values[3] || values[4])) {
                values[0] = true;
            }
            Instant created = cycleStart.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
            org.cocrea.commitment.CommitmentText text = new org.cocrea.commitment.CommitmentText();
            text.getTemplate().setTitle(title);
            text.getTemplate().setProblem(theme[1] + " " + text(PROBLEMS, 2));
            text.getTemplate().setStatusQuo(text(STATUS_QUO, 2));
            text.getTemplate().setObjective(theme[2]);
            text.getTemplate().setDescription(text(DESCRIPTIONS, 3));
            text.getTemplate().setHowItSolves(text(HOW_IT_SOLVES, 2));
            text.getTemplate().setValuesExplanation(text(VALUES_EXPLANATIONS, 2));
            text.getTemplate().setSdgAlignment("ODS 16: paz, justicia e instituciones sólidas (16.5, 16.6, 16.10).");
            text.getTemplate().setGenderAlignment(random.nextBoolean() ? "Los datos se desagregan por sexo y se consulta a colectivas de mujeres." : null);
            text.getTemplate().setRiskAnalysis(text(RISKS, 2));
            text.getTemplate().setStartDate(start);
            text.getTemplate().setEndDate(end);
            text.getTemplate().setBudgetProgramKey(theme[3]);
            text.getTemplate().setBudgetProgramName(theme[4]);
            text.getTemplate().setFundingSource(FUNDING[random.nextInt(FUNDING.length)]);
            text.getTemplate().setDataSources("https://www.transparenciapresupuestaria.gob.mx/ y la Plataforma Nacional de Transparencia (SIPOT).");
            row("commitment", id, planId, stateId, title,
                    text.getTemplate().getProblem(), text.getTemplate().getStatusQuo(), text.getTemplate().getObjective(), text.getTemplate().getDescription(), text.getTemplate().getHowItSolves(),
                    values[0], values[1], values[2], values[3], values[4],
                    text.getTemplate().getValuesExplanation(), text.getTemplate().getSdgAlignment(), text.getTemplate().getGenderAlignment(), text.getTemplate().getRiskAnalysis(),
                    lead.actorId(), start, end,
                    text.getTemplate().getBudgetProgramKey(), text.getTemplate().getBudgetProgramName(), text.getTemplate().getFundingSource(), text.getTemplate().getDataSources(),
                    isPublished ? "PUBLISHED" : "DRAFT",
                    created, isPublished ? created.plus(120, ChronoUnit.DAYS) : null,
                    1, isPublished ? 1 : null, isPublished ? title : null);
            // version 1, frozen for the public when published (the seeded text leaves out values and actors' names)
            row("commitment_version", id("commitment_version"), id, 1, text.toJson(), isPublished ? "PUBLISHED" : "DRAFT",
                    "volumen", created, text.searchText());
            for (Person co : coResponsibles) {
                row("commitment_co_responsible", id, co.actorId());
            }
            for (int year = start.getYear(); year <= Math.min(end.getYear(), today.getYear()); year++) {
                BigDecimal approved = BigDecimal.valueOf(1_000_000L + random.nextInt(49_000_000), 0).setScale(2, RoundingMode.UNNECESSARY);
                BigDecimal modified = random.nextInt(3) == 0 ? null
                        : approved.multiply(BigDecimal.valueOf(90 + random.nextInt(21))).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                BigDecimal available = modified != null ? modified : approved;
                BigDecimal spent = year == today.getYear() && random.nextBoolean() ? null
                        : available.multiply(BigDecimal.valueOf(random.nextInt(101))).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
                row("budget_line", id("budget_line"), id, year, approved, modified, spent, isPublished,
                        isPublished ? approved : null);
            }

            // Milestones split the commitment's span; their status follows today's date, with some slippage.
            int count = volume.minMilestones() + random.nextInt(volume.maxMilestones() - volume.minMilestones() + 1);
            long span = ChronoUnit.DAYS.between(start, end);
            boolean weighted = random.nextInt(3) != 0;
            int score = 0;
            int reports = 0;
            int signOffs = 0;
            int declines = 0;
            for (int m = 0; m < count; m++) {
                LocalDate mStart = start.plusDays(span * m / count);
                LocalDate mEnd = m == count - 1 ? end : start.plusDays(span * (m + 1) / count - 1);
                score += milestone(id, m, mStart, mEnd, weighted, lead, coResponsibles, isPublished);
                reports += lastReports;
                signOffs += lastSignOffs;
                declines += lastDeclines;
            }
            if (isPublished && score > richestScore) {
                richestScore = score;
                richest = new SeededCommitment(id, title, count, reports, signOffs, declines);
            }
            return id;
        }

        /** One milestone with its responsibles, reports, evidence and sign-offs; returns how much a page shows of it. */
        private int milestone(long commitmentId, int index, LocalDate start, LocalDate end, boolean weighted, Person lead,
                              List<Person> coResponsibles, boolean isPublished) throws SQLException {
            long id = id("milestone");
            firstMilestoneOf.putIfAbsent(commitmentId, id);
            String status;
            if (start.isAfter(today)) {
                status = "NOT_STARTED";
            } else if (!end.isBefore(today)) {
                status = random.nextInt(5) == 0 ? "NOT_STARTED" : "IN_PROGRESS";   // some start late
            } else {
                int r = random.nextInt(10);                                         // past its end date
                status = r < 5 ? "VERIFIED" : r < 8 ? "COMPLETE" : "IN_PROGRESS";   // ... or overdue
            }
            int reports = status.equals("NOT_STARTED") ? 0 : 1 + random.nextInt(volume.maxReportsPerMilestone());
            if (status.equals("VERIFIED") || status.equals("COMPLETE")) {
                reports = Math.max(reports, Math.min(2, volume.maxReportsPerMilestone()));
            }
            List<Person> responsibles = new ArrayList<>();
            responsibles.add(lead);
            if (random.nextBoolean()) {
                responsibles.add(coResponsibles.get(0));
            }
            // Percents rise report after report; a done milestone's last report says 100.
            int[] percents = new int[reports];
            int percent = 0;
            for (int r = 0; r < reports; r++) {
                percent = Math.min(95, percent + 10 + random.nextInt(35));
                percents[r] = percent;
            }
            if (reports > 0 && !status.equals("IN_PROGRESS")) {
                percents[reports - 1] = 100;
            }
            int reported = reports == 0 ? 0 : percents[reports - 1];
            String[] kind = MILESTONES[index % MILESTONES.length];
            BigDecimal weight = weighted ? BigDecimal.valueOf(1 + random.nextInt(4)).setScale(2, RoundingMode.UNNECESSARY) : null;
            row("milestone", id, commitmentId, kind[0], kind[1], start, end, weight,
                    status, reported, start.atStartOfDay().toInstant(java.time.ZoneOffset.UTC).minus(30, ChronoUnit.DAYS),
                    isPublished, isPublished ? kind[0] : null, isPublished ? kind[1] : null, isPublished ? start : null,
                    isPublished ? end : null, isPublished ? weight : null);
            for (Person p : responsibles) {
                row("milestone_responsible", id, p.actorId());
            }
            // issue 13/14: 0 to 3 activities within the milestone's dates (no random draw: the rest stays as it was)
            for (int a = 0; a < id % 4; a++) {
                String activityStatus = status.equals("NOT_STARTED") ? "PENDING" : !status.equals("IN_PROGRESS") ? "DONE"
                        : a == 0 ? "DONE" : a == 1 ? "IN_PROGRESS" : "PENDING";
                row("milestone_activity", id("milestone_activity"), id, "Actividad " + (a + 1) + ": " + kind[0], start, end,
                        responsibles.get(a % responsibles.size()).actorId(), activityStatus, lead.accountId(),
                        start.atStartOfDay().toInstant(java.time.ZoneOffset.UTC).minus(29, ChronoUnit.DAYS));
            }
            LocalDate lastDay = end.isBefore(today) ? end : today;
            long days = Math.max(0, ChronoUnit.DAYS.between(start, lastDay));
            int evidence = 0;
            for (int r = 0; r < reports; r++) {
                long reportId = id("progress_report");
                Person author = responsibles.get(r % responsibles.size());
                LocalDate on = start.plusDays(reports == 1 ? days : days * (r + 1) / reports);
                Instant created = on.atTime(10 + r, 30).toInstant(java.time.ZoneOffset.UTC);
                String label = r == reports - 1 && percents[r] == 100 ? "FINAL_RESULT"
                        : r == 0 ? "FIRST_PROGRESS" : r == 1 ? "SECOND_PROGRESS" : null;
                row("progress_report", reportId, id, author.accountId(), on, text(NARRATIVES, 2), percents[r], label, created);
                row("evidence", id("evidence"), reportId, "LINK",
                        "https://datos.example.mx/compromisos/" + commitmentId + "/hitos/" + id + "/avance-" + (r + 1),
                        null, null, null, null, null, author.accountId(), created);
                evidence++;
                if (random.nextInt(3) == 0) {
                    long fileId = id("evidence");
                    byte[] csv = ("partida,aprobado,ejercido\n" + commitmentId + "-" + r + "," + (1000 + r) + "," + (500 + r)
                            + "\n").getBytes(StandardCharsets.UTF_8);
                    long contentId = id("file_content");
                    row("file_content", contentId, csv);
                    row("evidence", fileId, reportId, "FILE", null, "avance-" + (r + 1) + ".csv", "text/csv",
                            (long) csv.length, sha256(csv), contentId, author.accountId(), created);
                    evidence++;
                }
            }
            // Sign-offs: a verified milestone has both; a complete one sometimes has the government's.
            Instant signed = end.atTime(17, 0).toInstant(java.time.ZoneOffset.UTC);
            lastReports = reports;
            lastSignOffs = 0;
            if (status.equals("VERIFIED") || (status.equals("COMPLETE") && random.nextBoolean())) {
                row("sign_off", id("sign_off"), id, "GOVERNMENT_LEAD", lead.accountId(), signed);
                lastSignOffs++;
            }
            if (status.equals("VERIFIED")) {
                row("sign_off", id("sign_off"), id, "CSO_CO_RESPONSIBLE", coResponsibles.get(0).accountId(),
                        signed.plus(2, ChronoUnit.DAYS));
                lastSignOffs++;
            }
            // issue 13: an overdue milestone back in progress was declined once (no random draw: the rest stays as it was)
            lastDeclines = 0;
            if (status.equals("IN_PROGRESS") && end.isBefore(today) && reports > 0) {
                row("sign_off_decline", id("sign_off_decline"), id, "CSO_CO_RESPONSIBLE", coResponsibles.get(0).accountId(),
                        "La evidencia del hito " + id + " no abre: no podemos verificarlo.", signed);
                lastDeclines++;
            }
            if (isPublished) {
                responsibles.forEach(p -> responsibleFor.merge(p.actorId(), 1, Integer::sum));
                if (status.equals("COMPLETE")) {   // verified ones are signed; complete ones lack the CSO's, maybe the lead's
                    if (lastSignOffs == 0) {
                        mayGive.merge(lead.actorId(), 1, Integer::sum);
                    }
                    coResponsibles.stream().filter(Person::cso).forEach(p -> mayGive.merge(p.actorId(), 1, Integer::sum));
                }
            }
            return 1 + reports + evidence + lastSignOffs;
        }

        /** {@code n} sentences picked from a pool, for fields of realistic length. */
        private String text(String[] pool, int n) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < n; i++) {
                s.append(i == 0 ? "" : " ").append(pool[random.nextInt(pool.length)]);
            }
            return s.toString();
        }

        private static String suffix(int index, int poolSize) {
            return index < poolSize ? "" : " " + (index / poolSize + 1);
        }

        private static String sha256(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Text pools: plausible, illustrative, not official.

    private static final String[] AGENCIES = {"Secretaría de la Contraloría", "Secretaría de Hacienda", "Secretaría de Salud",
        "Secretaría de Educación", "Secretaría de Bienestar", "Secretaría de Obras Públicas", "Secretaría de Seguridad",
        "Secretaría de Medio Ambiente", "Secretaría de Economía", "Secretaría de Movilidad", "Secretaría del Agua",
        "Secretaría de Cultura"};

    private static final String[] CSOS = {"Observatorio Ciudadano", "Colectivo Presupuesto Abierto", "Red por la Rendición de Cuentas",
        "Mujeres que Vigilan A.C.", "Datos para Todas A.C.", "Jóvenes por la Transparencia", "Centro de Estudios del Gasto"};

    /** Title, problem opening, objective, budget program key and name. */
    private static final String[][] THEMES = {
        {"Transparentar el gasto en medicamentos", "La ciudadanía no sabe cuánto se gasta en medicamentos ni dónde se surten.",
            "Publicar mensualmente el gasto y el abasto de medicamentos por unidad médica.", "E045", "Atención a la Salud"},
        {"Padrón único y abierto de programas sociales", "Los padrones de beneficiarios están dispersos y no se pueden cruzar.",
            "Integrar y publicar en datos abiertos un padrón único, protegiendo los datos personales.", "S072", "Bienestar Social"},
        {"Obra pública con seguimiento ciudadano", "Las obras se retrasan y nadie sabe en qué etapa están ni cuánto costaron.",
            "Publicar cada obra con su contrato, avance físico y financiero y fotografías georreferenciadas.", "K012", "Infraestructura"},
        {"Compras públicas abiertas", "Las adjudicaciones directas superan a las licitaciones y no se publican sus razones.",
            "Publicar todas las contrataciones en el Estándar de Datos para las Contrataciones Abiertas.", "O001", "Adquisiciones"},
        {"Becas escolares sin intermediarios", "Familias reportan cobros indebidos para acceder a becas escolares.",
            "Abrir el proceso de asignación de becas y habilitar un canal de denuncia con seguimiento.", "S247", "Becas Educativas"},
        {"Agua potable: tarifas y subsidios claros", "No se conocen los criterios de subsidio al agua ni su costo para el erario.",
            "Publicar tarifas, subsidios y padrón de tomas con actualización trimestral.", "E004", "Agua Potable"},
        {"Seguridad pública: gasto y resultados", "El gasto en seguridad crece sin indicadores públicos de resultados.",
            "Publicar el gasto del fondo de seguridad con indicadores de resultados por municipio.", "I011", "FASP"},
    };

    private static final String[] PROBLEMS = {
        "Las solicitudes de información sobre el tema reciben respuestas incompletas o en formatos cerrados.",
        "Los grupos de vigilancia ciudadana detectaron diferencias entre lo aprobado y lo ejercido.",
        "La información existe, pero está dispersa en varias dependencias y no se actualiza.",
        "La Auditoría Superior señaló observaciones recurrentes sin seguimiento público.",
        "Las personas beneficiarias no conocen sus derechos ni los requisitos del programa."};

    private static final String[] STATUS_QUO = {
        "Hoy solo se publica un informe anual en PDF, sin datos desagregados.",
        "La dependencia cuenta con un sistema interno que podría exportar los datos.",
        "En la búsqueda del tesoro del año pasado, tres de cinco preguntas no encontraron respuesta.",
        "Existe un acuerdo de colaboración con el órgano garante firmado en la sesión de cocreación."};

    private static final String[] DESCRIPTIONS = {
        "Se construirá un tablero público con datos abiertos y un diccionario de datos.",
        "Las organizaciones participarán en la definición de los campos a publicar.",
        "Se capacitará al personal de las unidades responsables en publicación de datos abiertos.",
        "Se realizarán mesas de diálogo semestrales con tomadores de decisión.",
        "El órgano garante verificará la calidad de los datos publicados."};

    private static final String[] HOW_IT_SOLVES = {
        "Al publicar los datos con regularidad, cualquier persona podrá comparar lo aprobado con lo ejercido.",
        "La participación de las organizaciones permite detectar riesgos de corrupción a tiempo.",
        "El canal de denuncia con seguimiento público cierra el ciclo de rendición de cuentas."};

    private static final String[] VALUES_EXPLANATIONS = {
        "Transparenta información presupuestaria antes reservada en informes internos.",
        "Abre espacios de participación ciudadana en el seguimiento del programa.",
        "Establece mecanismos de rendición de cuentas con respuesta obligatoria de la dependencia."};

    private static final String[] RISKS = {
        "Cambio de titulares en la dependencia responsable.", "Falta de presupuesto para el desarrollo del tablero.",
        "Resistencia de las áreas a publicar datos desagregados.", "Calendario electoral que frene los acuerdos."};

    private static final String[] FUNDING = {"Recursos estatales", "Ramo 33 (FASSA)", "Ramo 33 (FAIS)", "Participaciones federales"};

    private static final String[] THEORY_ACTIVITIES = {"Sesiones de cocreación con sociedad civil.", "Talleres de formación.",
        "Búsquedas del tesoro sobre el gasto público."};
    private static final String[] THEORY_PRODUCTS = {"Tableros de datos abiertos.", "Padrones publicados.", "Hojas de ruta por programa."};
    private static final String[] THEORY_RESULTS = {"Más solicitudes respondidas en datos abiertos.", "Recomendaciones atendidas."};
    private static final String[] THEORY_IMPACT = {"Menos riesgos de corrupción en programas sociales.", "Mayor confianza ciudadana."};

    /** Title and deliverable. */
    private static final String[][] MILESTONES = {
        {"Diagnóstico de la información disponible", "Informe de diagnóstico con el inventario de fuentes"},
        {"Diseño del tablero con sociedad civil", "Minuta de la sesión y prototipo validado"},
        {"Publicación del primer corte de datos abiertos", "Conjunto de datos en CSV con diccionario"},
        {"Capacitación a unidades responsables", "Lista de asistencia y materiales del taller"},
        {"Evaluación y ajustes con el órgano garante", "Informe de verificación y plan de mejora"},
    };

    private static final String[] NARRATIVES = {
        "Se realizó la sesión de trabajo con las organizaciones y se acordaron los campos a publicar.",
        "La dependencia entregó la primera base de datos; el órgano garante revisa su calidad.",
        "Se publicó el avance en el portal de transparencia y se difundió en redes sociales.",
        "Hubo retraso por el cambio de titular; se reprogramó la entrega con el secretariado.",
        "Las organizaciones verificaron la información en campo y documentaron hallazgos.",
        "Se atendieron las observaciones del grupo de vigilancia y se actualizó el conjunto de datos."};
}
