package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.cocrea.file.Upload;
import org.cocrea.milestone.MilestoneService;
import org.cocrea.milestone.MilestoneStatus;
import org.cocrea.milestone.ProgressReport;
import org.cocrea.milestone.ReportService;
import org.cocrea.milestone.SignOffParty;
import org.cocrea.plan.PlanService;
import org.cocrea.support.Deployments;
import org.cocrea.support.MailBox;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.support.TestFiles;
import org.cocrea.transparency.AuditRun;
import org.cocrea.transparency.EntryKind;
import org.cocrea.transparency.Finding;
import org.cocrea.transparency.LogAuditor;
import org.cocrea.transparency.LogEntry;
import org.cocrea.transparency.TransparencyLog;
import org.cocrea.transparency.Witness;
import org.cocrea.transparency.WitnessDelivery;
import org.cocrea.transparency.Witnesses;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
import org.cocrea.support.TestDatabaseSession;
import org.cocrea.transparency.tree.Hex;
import org.cocrea.transparency.tree.Proofs;
import org.cocrea.transparency.verify.Verifier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The transparency log (issue 16) in the real server: events enter it in their own transaction,
 * the public endpoints prove them, and a change made directly in MariaDB, behind the
 * application's back, is found and named by the self-audit and by the offline verifier run
 * against the endpoints' real answers. Every change this test makes to the database it undoes.
 */
@ExtendWith(ArquillianExtension.class)
class TransparencyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private MilestoneService milestones;
    @Inject private ReportService reports;
    @Inject private TransparencyLog log;
    @Inject private LogAuditor auditor;
    @Inject private Witnesses witnesses;
    @Inject private PlanService plans;

    @Resource(lookup = "java:app/jdbc/cocrea")
    private DataSource dataSource;

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A published commitment whose milestone was reported on (40 %, a PDF and a link), completed with a reason and verified. */
    private World verifiedMilestone(byte[] pdf) {
        World world = scenario.newState();
        scenario.publish(world);
        actAs(world.csoMember());
        ProgressReport report = ProgressReport.draft(scenario.today(world));
        report.setNarrative("Primer corte del padrón de proveedores.");
        report.setPercent(40);
        reports.submit(world.milestoneId(), report, List.of(new Upload("minuta.pdf", pdf)),
                List.of("https://transparencia.example.gob.mx/padron"));
        actAs(world.secretariat());
        milestones.moveTo(world.milestoneId(), MilestoneStatus.COMPLETE, "Entregado al cierre; el reporte final llega con la minuta firmada.");
        milestones.signOff(world.milestoneId(), SignOffParty.GOVERNMENT_LEAD);
        actAs(world.csoMember());
        milestones.signOff(world.milestoneId(), SignOffParty.CSO_CO_RESPONSIBLE);
        return world;
    }

    private LogEntry entry(World world, EntryKind kind, String must) {
        return log.ofCommitment(world.commitmentId()).stream()
                .filter(e -> e.getKind() == kind && e.getContent().contains(must)).findFirst().orElseThrow();
    }

    @Test
    void everyEventEntersTheLogAndTheEndpointsProveIt() throws Exception {
        World world = verifiedMilestone(TestFiles.pdf("Minuta"));

        List<LogEntry> entries = log.ofCommitment(world.commitmentId());
        assertThat(entries).extracting(LogEntry::getKind).containsExactly(EntryKind.COMMITMENT_PUBLICATION,
                EntryKind.PROGRESS_REPORT, EntryKind.EVIDENCE, EntryKind.EVIDENCE, EntryKind.MILESTONE_STATUS,
                EntryKind.SIGN_OFF, EntryKind.SIGN_OFF, EntryKind.MILESTONE_STATUS);
        assertThat(entries.get(4).getContent()).contains("\"status\":\"COMPLETE\"");
        assertThat(entries.get(7).getContent()).contains("\"status\":\"VERIFIED\"");
        assertThat(entries.get(1).getContent()).contains("\"percent\":40").doesNotContain("Primer corte");
        // dense indexes, and never a person: no username, no e-mail address
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).getLeafIndex()).isGreaterThan(entries.get(i - 1).getLeafIndex());
        }
        assertThat(entries).allSatisfy(e -> assertThat(e.getContent()).doesNotContain(world.csoMember())
                .doesNotContain(world.secretariat()).doesNotContain("@"));

        // the latest head and an entry's inclusion proof, anonymously, with the security headers
        HttpResponse<String> headAnswer = get("api/v1/transparency/head");
        assertThat(headAnswer.statusCode()).isEqualTo(200);
        assertThat(headAnswer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headAnswer.headers().firstValue("Content-Security-Policy")).isPresent();
        JsonObject head = json(headAnswer);
        long size = head.getJsonNumber("treeSize").longValue();
        LogEntry evidence = entries.get(2);
        JsonObject proved = json(get("api/v1/transparency/entries/" + evidence.getLeafIndex() + "?treeSize=" + size));
        assertThat(proved.getString("content")).isEqualTo(evidence.getContent());
        assertThat(Proofs.verifyInclusion(evidence.getLeafIndex(), size, LogEntry.leafHashOf(proved.getString("content")),
                proved.getJsonArray("inclusionProof").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(s -> Hex.parse(s.getString())).toList(), Hex.parse(head.getString("rootHash")))).isTrue();

        // a consistency proof from the size before this commitment's first entry to now
        long before = entries.get(0).getLeafIndex();
        if (before > 0) {
            JsonObject consistency = json(get("api/v1/transparency/consistency?first=" + before + "&second=" + size));
            assertThat(Proofs.verifyConsistency(before, size, Hex.parse(log.head(before).getRootHash()),
                    Hex.parse(head.getString("rootHash")), consistency.getJsonArray("proof")
                            .getValuesAs(jakarta.json.JsonString.class).stream().map(s -> Hex.parse(s.getString())).toList()))
                    .isTrue();
        }

        // errors are small JSON objects with a 4xx status, never a stack trace
        assertError(get("api/v1/transparency/entries/999999999"), 404, "not-found");
        assertError(get("api/v1/transparency/entries/abc"), 400, "bad-request");
        assertError(get("api/v1/transparency/consistency?first=2"), 400, "bad-request");
        assertError(get("api/v1/transparency/consistency?first=5&second=" + (size + 10)), 404, "not-found");
        assertError(get("api/v1/transparency/heads?limit=100000"), 400, "bad-request");
        assertThat(json(get("api/v1/transparency/keys")).getJsonArray("keys")).isNotEmpty();

        // the public pages: the commitment is "verificable", each evidence shows its entry, /transparency lists them
        HttpResponse<String> page = get("commitment?id=" + world.commitmentId());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"verifiable\"", "8 entradas de este compromiso",
                "Registro público, entrada <a href=\"" + base.getPath() + "api/v1/transparency/entries/" + evidence.getLeafIndex() + "\"");
        HttpResponse<String> status = get("transparency?commitment=" + world.commitmentId());
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("id=\"entry-" + evidence.getLeafIndex() + "\"", "Firma de verificación",
                "Publicación del compromiso", head.getString("rootHash").substring(0, 16));
        World draft = scenario.newState();
        assertThat(get("transparency?commitment=" + draft.commitmentId()).statusCode()).isEqualTo(404);

        // and the offline verifier, on the endpoints' real answers, finds the log whole
        Verifier.Result verified = Verifier.verifyUrl(base + "api/v1/transparency", null, null);
        assertThat(verified.failures()).isEmpty();
        assertThat(auditor.run(Integer.MAX_VALUE).findings()).isEmpty();
    }

    /**
     * An insider changes, directly in MariaDB, an evidence hash, a report's percent and a sign-off
     * date, and rewrites their log entries to match (recomputing the leaf hash, or not): the
     * self-audit and the verifier name each entry. Undone afterwards: the log holds again.
     */
    @Test
    void changesBehindTheApplicationsBackAreFoundAndNamed() throws Exception {
        byte[] pdf = TestFiles.pdf("Minuta firmada");
        World world = verifiedMilestone(pdf);
        LogEntry evidence = entry(world, EntryKind.EVIDENCE, "\"type\":\"FILE\"");
        LogEntry report = entry(world, EntryKind.PROGRESS_REPORT, "\"percent\":40");
        LogEntry signOff = entry(world, EntryKind.SIGN_OFF, "CSO_CO_RESPONSIBLE");
        Path files = Files.createTempDirectory("evidence");
        Files.write(files.resolve(evidence.getLeafIndex() + "-minuta.pdf"), pdf);

        // an evidence hash: the evidence row and its entry, leaf hash recomputed
        String forgedSha = "ab".repeat(32);
        String realSha = Hex.of(org.cocrea.transparency.tree.Rfc6962.sha256(pdf));
        try {
            sql("UPDATE evidence SET sha256 = ? WHERE id = ?", forgedSha, evidence.getSubjectId());
            rewrite(evidence, evidence.getContent().replace(realSha, forgedSha), true);
            AuditRun audit = auditor.run(Integer.MAX_VALUE);
            assertThat(audit.isOk()).isFalse();
            // issue 16 (ops): the administrators are alerted through the mail outbox
            assertThat(MailBox.awaitMatching(TestDatabaseSession.ADMIN_USERNAME + "@localhost",
                    m -> m.subject().startsWith("Alerta: la autoauditoría del registro de transparencia encontró")).text())
                    .contains("TRANSPARENCY LOG AUDIT");
            assertThat(audit.findings()).contains(new Finding("bytes", evidence.getLeafIndex(),
                    "logged " + forgedSha + ", bytes hash to " + realSha));
            assertThat(audit.findings()).anyMatch(f -> f.code().equals("root") && f.entry() == evidence.getLeafIndex());
            assertThat(json(get("api/v1/transparency/status")).getBoolean("ok")).isFalse();
            assertThat(Verifier.verifyUrl(base + "api/v1/transparency", null, files).failures())
                    .anyMatch(f -> f.startsWith("entry " + evidence.getLeafIndex() + ": changed since it was logged"))
                    .anyMatch(f -> f.startsWith("entry " + evidence.getLeafIndex() + ": the file " + evidence.getLeafIndex() + "-minuta.pdf"));
        } finally {
            sql("UPDATE evidence SET sha256 = ? WHERE id = ?", realSha, evidence.getSubjectId());
            rewrite(evidence, evidence.getContent(), true);
        }

        // a report's percent: the report and its entry, the leaf hash left as it was
        try {
            sql("UPDATE progress_report SET percent = 95 WHERE id = ?", report.getSubjectId());
            rewrite(report, report.getContent().replace("\"percent\":40", "\"percent\":95"), false);
            List<Finding> found = auditor.run(0).findings();
            assertThat(found).anyMatch(f -> f.code().equals("leaf-hash") && f.entry() == report.getLeafIndex());
            assertThat(found).anyMatch(f -> f.code().equals("root") && f.entry() == report.getLeafIndex());
            assertThat(Verifier.verifyUrl(base + "api/v1/transparency", null, null).failures())
                    .anyMatch(f -> f.startsWith("entry " + report.getLeafIndex() + ": its leaf hash"))
                    .anyMatch(f -> f.startsWith("entry " + report.getLeafIndex() + ": changed since it was logged"));
        } finally {
            sql("UPDATE progress_report SET percent = 40 WHERE id = ?", report.getSubjectId());
            rewrite(report, report.getContent(), true);
        }

        // a sign-off date: three days earlier, in the sign-off and in its entry, leaf hash recomputed
        String signedAt = Json.createReader(new StringReader(signOff.getContent())).readObject().getString("signedAt");
        String earlier = Instant.parse(signedAt).minus(3, ChronoUnit.DAYS).toString();
        try {
            sql("UPDATE sign_off SET signed_at = signed_at - INTERVAL 3 DAY WHERE id = ?", signOff.getSubjectId());
            String rewritten = signOff.getContent().replace(signedAt, earlier);
            rewrite(signOff, rewritten, true);
            assertThat(auditor.run(0).findings()).containsExactly(new Finding("root", signOff.getLeafIndex(),
                    "head of size " + (signOff.getLeafIndex() + 1) + " does not recompute; the first changed entry is between "
                            + signOff.getLeafIndex() + " and " + signOff.getLeafIndex()),
                    // the leaf as the proofs read it (transparency_node) was left alone: named too
                    new Finding("subtree", signOff.getLeafIndex(), "level 0 index " + signOff.getLeafIndex() + ": stored "
                            + signOff.getLeafHash() + ", recomputes to " + Hex.of(LogEntry.leafHashOf(rewritten))));
            // the verifier names it too, and finds that the server's own proofs, computed from the rewritten
            // leaf, no longer lead to the signed roots
            List<String> failures = Verifier.verifyUrl(base + "api/v1/transparency", null, null).failures();
            assertThat(failures.get(0)).startsWith("entry " + signOff.getLeafIndex() + ": changed since it was logged");
            assertThat(failures.subList(1, failures.size())).allMatch(f -> f.contains("the server's"));
        } finally {
            sql("UPDATE sign_off SET signed_at = signed_at + INTERVAL 3 DAY WHERE id = ?", signOff.getSubjectId());
            rewrite(signOff, signOff.getContent(), true);
        }

        // only the record's own row, the entry left alone: the log still verifies (the verifier sees only the
        // log), and the self-audit, which holds every record against its entry, names the entry
        try {
            sql("UPDATE evidence SET sha256 = ? WHERE id = ?", forgedSha, evidence.getSubjectId());
            assertThat(auditor.run(0).findings()).containsExactly(new Finding("record", evidence.getLeafIndex(),
                    "sha256 reads " + forgedSha + " in the record, the log says " + realSha));
            assertThat(Verifier.verifyUrl(base + "api/v1/transparency", null, files).failures()).isEmpty();
        } finally {
            sql("UPDATE evidence SET sha256 = ? WHERE id = ?", realSha, evidence.getSubjectId());
        }

        // undone: the log holds again, for the self-audit, the status endpoint and the verifier
        assertThat(auditor.run(Integer.MAX_VALUE).findings()).isEmpty();
        assertThat(json(get("api/v1/transparency/status")).getBoolean("ok")).isTrue();
        assertThat(Verifier.verifyUrl(base + "api/v1/transparency", null, files).failures()).isEmpty();
    }

    /**
     * The secretariat reports on a commitment published in a plan still in draft: the log takes the
     * facts (percent, day, type, size) and only hashes of what is not public — the report's text, the
     * file's name, the link's address —; the self-audit holds the records against those hashes before
     * and after the plan is published, and names a link changed behind the application's back.
     */
    @Test
    void aReportOnACommitmentOfADraftPlanEntersTheLogOnlyAsFactsAndHashes() throws Exception {
        World world = scenario.newState();
        actAs(world.secretariat());
        scenario.publishCommitment(world.commitmentId()); // the plan stays a draft
        ProgressReport report = ProgressReport.draft(scenario.today(world));
        report.setNarrative("Borrador interno del padrón depurado.");
        report.setPercent(20);
        String link = "https://intranet.example.gob.mx/padron-borrador";
        reports.submit(world.milestoneId(), report, List.of(new Upload("padron-interno.pdf", TestFiles.pdf("Padrón"))), List.of(link));

        List<LogEntry> entries = log.ofCommitment(world.commitmentId());
        assertThat(entries).extracting(LogEntry::getKind).contains(EntryKind.PROGRESS_REPORT, EntryKind.EVIDENCE);
        assertThat(entries).allSatisfy(e -> assertThat(e.getContent())
                .doesNotContain("Borrador interno", "intranet.example", "padron-interno"));
        LogEntry linked = entry(world, EntryKind.EVIDENCE, "\"type\":\"LINK\"");
        assertThat(linked.getContent()).contains("\"linkSha256\":\"" + sha256(link) + "\"");
        assertThat(entry(world, EntryKind.EVIDENCE, "\"type\":\"FILE\"").getContent())
                .contains("\"nameSha256\":\"" + sha256("padron-interno.pdf") + "\"", "\"size\":");
        assertThat(get("commitment?id=" + world.commitmentId()).statusCode()).isEqualTo(404);
        assertThat(auditor.run(0).findings()).isEmpty();

        plans.publish(world.planId());
        assertThat(auditor.run(0).findings()).isEmpty();
        String forged = "https://otro.example.org/padron";
        try {
            sql("UPDATE evidence SET url = ? WHERE id = ?", forged, linked.getSubjectId());
            assertThat(auditor.run(0).findings()).containsExactly(new Finding("record", linked.getLeafIndex(),
                    "linkSha256 reads " + sha256(forged) + " in the record, the log says " + sha256(link)));
        } finally {
            sql("UPDATE evidence SET url = ? WHERE id = ?", link, linked.getSubjectId());
        }
        assertThat(auditor.run(0).findings()).isEmpty();
    }

    /**
     * Proofs read the stored subtrees (V20): the migration's statements rebuild them from the entries
     * alone exactly as the appends stored them, and a stored subtree changed behind the application's
     * back is named by the self-audit.
     */
    @Test
    void theStoredSubtreesAreRebuiltFromTheEntriesAloneAndAudited() throws Exception {
        verifiedMilestone(TestFiles.pdf("Minuta"));
        Map<Long, String> stored = subtrees();
        assertThat(stored).hasSizeGreaterThan((int) log.size());
        String migration = new String(getClass().getResourceAsStream("/db/migration/V20__firstday.sql").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        List<String> backfill = java.util.Arrays.stream(migration.split(";"))
                .map(statement -> statement.replaceAll("(?m)^--.*$", "").strip())
                .filter(statement -> statement.startsWith("INSERT")).toList();
        assertThat(backfill).hasSize(41);
        try (Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM transparency_node");
            for (String statement : backfill) {
                s.executeUpdate(statement);
            }
        } finally {
            Map<Long, String> rebuilt = subtrees();
            if (!rebuilt.equals(stored)) { // leave the log as it was for the tests that follow
                try (Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM transparency_node");
                }
                for (Map.Entry<Long, String> node : stored.entrySet()) {
                    sql("INSERT INTO transparency_node (subtree, hash) VALUES (?, ?)", node.getKey(), node.getValue());
                }
            }
            assertThat(rebuilt).isEqualTo(stored);
        }

        long leaf = log.size() - 1;
        String hash = stored.get(leaf << 6);
        try {
            sql("UPDATE transparency_node SET hash = ? WHERE subtree = ?", "cd".repeat(32), leaf << 6);
            assertThat(auditor.run(0).findings()).containsExactly(new Finding("subtree", leaf,
                    "level 0 index " + leaf + ": stored " + "cd".repeat(32) + ", recomputes to " + hash));
        } finally {
            sql("UPDATE transparency_node SET hash = ? WHERE subtree = ?", hash, leaf << 6);
        }
        assertThat(auditor.run(0).findings()).isEmpty();
    }

    private Map<Long, String> subtrees() throws SQLException {
        Map<Long, String> nodes = new java.util.HashMap<>();
        try (Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rows = s.executeQuery("SELECT subtree, hash FROM transparency_node")) {
            while (rows.next()) {
                nodes.put(rows.getLong(1), rows.getString(2));
            }
        }
        return nodes;
    }

    private static String sha256(String text) {
        return Hex.of(org.cocrea.transparency.tree.Rfc6962.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** A URL witness receives new heads, best effort, every attempt recorded; e-mail witnesses are kept; bad addresses are refused. */
    @Test
    void witnessesAreRegisteredByTheAdministratorAndReceiveNewHeads() throws Exception {
        actAs(TestDatabaseSession.ADMIN_USERNAME);
        assertThat(assertThrows(DomainException.class, () -> witnesses.register("ftp://institute.example", null)).field())
                .isEqualTo("link");
        assertThat(assertThrows(DomainException.class, () -> witnesses.register(null, "no es un correo")).field())
                .isEqualTo("email");
        assertThat(assertThrows(DomainException.class, () -> witnesses.register(" ", " ")).messageKey())
                .isEqualTo("transparency.witness.addressRequired");
        Witness byMail = witnesses.register(null, "garante@instituto.example.mx");
        // a URL that answers 405 to a POST: the delivery fails, and the failure is recorded
        Witness byUrl = witnesses.register(base + "api/v1/transparency/head", null);
        try {
            World world = scenario.newState();
            scenario.publish(world);
            actAs(TestDatabaseSession.ADMIN_USERNAME);
            WitnessDelivery delivery = null;
            for (int i = 0; i < 60 && delivery == null; i++) {
                Thread.sleep(500);
                delivery = witnesses.deliveries(20).stream()
                        .filter(d -> d.getWitness().getId().equals(byUrl.getId()) && d.getAttempts() > 0).findFirst().orElse(null);
            }
            assertThat(delivery).as("a delivery attempt within 30 s").isNotNull();
            assertThat(delivery.getLastError()).isEqualTo("HTTP 405");
            assertThat(delivery.getDeliveredAt()).isNull();
            assertThat(delivery.getTreeSize()).isGreaterThanOrEqualTo(log.ofCommitment(world.commitmentId()).get(0).getLeafIndex() + 1);
            // issue 16 (ops): an e-mail witness the administrator registers is confirmed, and gets the head by mail
            assertThat(MailBox.awaitMatching("garante@instituto.example.mx",
                    mail -> mail.subject().startsWith("Cocrea: nueva cabeza firmada")).text()).contains("\"treeSize\"", "\"signature\"");
        } finally {
            witnesses.stop(byUrl.getId());
            witnesses.stop(byMail.getId());
        }
        actAs(world().csoMember());
        assertThrows(AccessDeniedException.class, () -> witnesses.register("https://example.org", null));
    }

    private World world() {
        return scenario.newState();
    }

    /** Writes an entry's content directly, with its leaf hash recomputed or left as it was. */
    private void rewrite(LogEntry entry, String content, boolean recomputeLeafHash) throws SQLException {
        String leafHash = recomputeLeafHash ? Hex.of(LogEntry.leafHashOf(content)) : entry.getLeafHash();
        sql("UPDATE transparency_entry SET content = ?, leaf_hash = ? WHERE leaf_index = ?", content, leafHash, entry.getLeafIndex());
    }

    private void sql(String statement, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            assertThat(s.executeUpdate()).as(statement).isEqualTo(1);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static void assertError(HttpResponse<String> response, int status, String error) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Json.createReader(new StringReader(response.body())).readObject().getString("error")).isEqualTo(error);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
