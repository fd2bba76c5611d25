package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import jakarta.annotation.Resource;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.file.Upload;
import org.cocrea.follow.FormTokens;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.social.Complaint;
import org.cocrea.social.ComplaintRoute;
import org.cocrea.social.ComplaintService;
import org.cocrea.social.ComplaintService.Identity;
import org.cocrea.social.ComplaintSource;
import org.cocrea.social.ComplaintStatus;
import org.cocrea.social.IdentityRekeying;
import org.cocrea.social.SocialProgramService;
import org.cocrea.social.VigilanceGroup;
import org.cocrea.social.VigilanceService;
import org.cocrea.social.VisitCheck;
import org.cocrea.support.Deployments;
import org.cocrea.support.PageClient;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.support.TestFiles;
import org.cocrea.support.TestDatabaseSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Complaints (issue 15) through the real services, the database and over HTTP: the identity is
 * encrypted at rest (the column holds no readable name), opened only by the state's secretariat,
 * never in the audit trail or a public read; rows sealed before a key rotation stay readable and the
 * administrator seals them again; the folio and the status flow; the wrong side refused.
 */
@ExtendWith(ArquillianExtension.class)
class ComplaintsIT {

    private static final String NAME = "Guadalupe Ñeco Villaseñor";
    private static final String CONTACT = "lupe.neco@correo.example.mx";
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"form\" value=\"([^\"]+)\"");
    private static final Pattern FOLIO = Pattern.compile("complaint\\?folio=([A-Z0-9-]+)&r=filed$");

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private SocialProgramService programs;
    @Inject private VigilanceService vigilance;
    @Inject private ComplaintService complaints;
    @Inject private IdentityRekeying rekeying;
    @Inject private FormTokens forms;

    @Resource(lookup = "java:app/jdbc/cocrea")
    private DataSource dataSource;

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @ArquillianResource
    private URL base;

    private World here;
    private World there;

    @BeforeEach
    void twoStates() {
        here = scenario.newState();
        there = scenario.newState();
    }

    private long publishedProgram(World world) {
        long id = scenario.newProgram(world, "Becas para estudiantes indígenas");
        programs.publish(id, true);
        return id;
    }

    /** A citizen's complaint with a name and a contact, filed through the service as the public. */
    private Complaint citizensComplaint(long programId, String what) {
        actAsPublic();
        return complaints.filePublic(programId, what, NAME, CONTACT);
    }

    /** A vigilance group of the program with one visit and one finding: their ids (group, finding). */
    private long[] groupWithFinding(long programId, String finding) {
        VigilanceGroup form = VigilanceGroup.blank();
        form.setName("Comité escolar");
        form.setPlace("Navojoa");
        long groupId = vigilance.create(programId, form).getId();
        long visitId = vigilance.recordVisit(groupId, scenario.today(here), "Escuela", VisitCheck.DELIVERY, null).getId();
        return new long[] {groupId, vigilance.addFinding(visitId, finding, true, null, List.of()).getId()};
    }

    @Test
    void aCitizensIdentityIsEncryptedAtRestAndOnlyTheStatesSecretariatOpensIt() throws Exception {
        long programId = publishedProgram(here);
        Complaint filed = citizensComplaint(programId, "Me pidieron una cuota para recibir la beca");
        String folio = filed.getFolio();
        assertThat(folio).matches(here.code() + "-\\d{4}-[2-9A-HJKMNP-Z]{8}");
        assertEquals(ComplaintSource.PUBLIC, filed.getSource());

        Object stored = em.createNativeQuery("select identity_sealed from complaint where folio = ?").setParameter(1, folio).getSingleResult();
        assertThat(String.valueOf(stored)).startsWith("v2:").doesNotContain("Guadalupe", "Villaseñor", "lupe.neco", "example.mx");

        actAs(here.secretariat());
        Identity identity = complaints.identity(filed.getId()).orElseThrow();
        assertEquals(NAME, identity.name());
        assertEquals(CONTACT, identity.contact());

        for (String outsider : List.of(there.secretariat(), there.institute(), here.csoMember(), here.agencyMember(), here.evaluator())) {
            actAs(outsider);
            assertThrows(AccessDeniedException.class, () -> complaints.identity(filed.getId()), outsider);
            assertThrows(AccessDeniedException.class, () -> complaints.ofProgram(programId), outsider);
            assertThrows(AccessDeniedException.class, () -> complaints.channel(filed.getId(), ComplaintRoute.COMPTROLLER, "X"), outsider);
        }
        actAsPublic();
        assertThrows(AccessDeniedException.class, () -> complaints.identity(filed.getId()));

        String trail = String.join(" ", em.createQuery("select concat(e.action, coalesce(e.beforeJson, ''), coalesce(e.afterJson, '')) "
                        + "from AuditEntry e where e.entityType = 'Complaint' and e.entityId = :id", String.class)
                .setParameter("id", filed.getId()).getResultList());
        assertThat(trail).contains("CREATE", "IDENTITY_READ").doesNotContain("Guadalupe", "lupe.neco");

        ComplaintService.Track track = complaints.byFolio(" " + folio.toLowerCase() + " ");
        assertEquals(ComplaintStatus.RECEIVED, track.status());
        assertThat(track.toString()).doesNotContain("Guadalupe", "lupe.neco");
        HttpResponse<String> page = new PageClient(base).page("complaint?folio=" + folio);
        assertEquals(200, page.statusCode());
        assertThat(page.body()).contains(folio, "Recibida", "Becas para estudiantes indígenas").doesNotContain("Guadalupe", "lupe.neco");
        assertThat(page.headers().firstValue("Set-Cookie").orElse("")).doesNotContain("JSESSIONID");
        assertEquals(404, new PageClient(base).page("complaint?folio=SON-2026-AAAAAAAA").statusCode());
        assertEquals(404, new PageClient(base).page("complaint?folio=%27%20or%201%3D1--").statusCode());
        HttpResponse<String> programPage = new PageClient(base).page("program?id=" + programId);
        assertThat(programPage.body()).doesNotContain("Guadalupe", "lupe.neco");
    }

    @Test
    void aComplaintMovesFromReceivedToClosedAndNeverBack() {
        long programId = publishedProgram(here);
        actAsPublic();
        Complaint anonymous = complaints.filePublic(programId, "El padrón incluye personas fallecidas", " ", null);
        assertTrue(anonymous.isAnonymous());
        actAs(here.secretariat());
        assertTrue(complaints.identity(anonymous.getId()).isEmpty());
        long id = anonymous.getId();
        assertEquals("status", assertThrows(DomainException.class, () -> complaints.answer(id, "Respuesta")).field());
        assertEquals("route", assertThrows(DomainException.class, () -> complaints.channel(id, null, "Contraloría")).field());
        complaints.channel(id, ComplaintRoute.COMPTROLLER, "Secretaría de la Contraloría General");
        complaints.answer(id, "Se depuró el padrón.");
        complaints.close(id);
        assertEquals("status", assertThrows(DomainException.class, () -> complaints.close(id)).field());
        ComplaintService.Track track = complaints.byFolio(anonymous.getFolio());
        assertEquals(ComplaintStatus.CLOSED, track.status());
        assertEquals(scenario.today(here), track.closedOn());
        assertEquals(ComplaintRoute.COMPTROLLER, track.route());
        assertEquals(1L, complaints.counts(programId).byStatus().get(ComplaintStatus.CLOSED));
    }

    @Test
    void aGroupFilesFromAFindingAndTheFormsAreChecked() {
        long programId = publishedProgram(here);
        long findingId = groupWithFinding(programId, "Becas entregadas a personas fuera del padrón")[1];
        Complaint fromGroup = complaints.fileFromFinding(findingId, "Entrega de becas fuera del padrón");
        assertEquals(ComplaintSource.GROUP, fromGroup.getSource());
        assertTrue(fromGroup.isAnonymous());
        actAs(there.secretariat());
        assertThrows(AccessDeniedException.class, () -> complaints.fileFromFinding(findingId, "x"));

        actAsPublic();
        assertEquals("what", assertThrows(DomainException.class, () -> complaints.filePublic(programId, " ", NAME, null)).field());
        assertEquals("complainantName", assertThrows(DomainException.class,
                () -> complaints.filePublic(programId, "x", "n".repeat(201), null)).field());
        long draftId = scenario.newProgram(here, "Programa en borrador");
        actAsPublic();
        assertThrows(NotFoundException.class, () -> complaints.filePublic(draftId, "x", null, null), "a draft program takes no complaint");
        assertThrows(NotFoundException.class, () -> complaints.byFolio(""));
    }

    /** The public form: refusals beside their field (and nothing kept), a robot sent away, then a complaint with a file and its folio. */
    @Test
    void aCitizenFilesOnThePublicFormAndFollowsTheFolio() throws Exception {
        long programId = publishedProgram(here);
        PageClient visitor = new PageClient(base);
        assertThat(visitor.page("program?id=" + programId).body()).contains("complaintCounts", "file-complaint?program=" + programId);
        HttpResponse<String> form = visitor.page("file-complaint?program=" + programId);
        assertEquals(200, form.statusCode());
        assertThat(form.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        Matcher token = FORM_TOKEN.matcher(form.body());
        assertTrue(token.find());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("program", String.valueOf(programId));
        fields.put("form", token.group(1));
        fields.put("what", " ");
        fields.put("complainantName", NAME);
        fields.put("complainantContact", CONTACT);
        fields.put("website", "");

        // a refusal renders the form again in the same answer: no redirect, the message in Spanish beside its
        // field, what was typed (identity included) in place, never in an address; files are chosen again
        String blank = refused(visitor, fields, Map.of());
        assertThat(blank).contains("id=\"whatError\"", "Describa la queja.", "value=\"" + NAME + "\"", "value=\"" + CONTACT + "\"",
                "id=\"filesAgain\"", "vuelva a elegirlos");
        fields.put("what", "x".repeat(5_001));
        String tooLong = refused(visitor, fields, Map.of());
        assertThat(tooLong).contains("id=\"whatError\"", "Admite hasta 5,000 caracteres.", ">" + "x".repeat(5_001) + "</textarea>",
                "value=\"" + NAME + "\"");
        String typed = "En la entrega de becas del 3 de marzo nos cobraron $200 «para gastos».";
        fields.put("what", typed);
        fields.put("complainantName", "n".repeat(201));
        assertThat(refused(visitor, fields, Map.of())).contains("id=\"complainantNameError\"", "Admite hasta 200 caracteres.", typed)
                .doesNotContain("id=\"whatError\"");
        fields.put("complainantName", NAME);
        assertThat(refused(visitor, fields, Map.of("setup.pdf", TestFiles.windowsExecutable())))
                .contains("id=\"fileError\"", "«setup.pdf» no es de un tipo aceptado", typed, "value=\"" + NAME + "\"", "value=\"" + CONTACT + "\"");
        assertThat(refused(visitor, fields, Map.of("a.pdf", TestFiles.pdf("a"), "b.pdf", TestFiles.pdf("b"), "c.pdf", TestFiles.pdf("c"),
                "d.pdf", TestFiles.pdf("d")))).contains("id=\"fileError\"", "Adjunte a lo más 3 archivos.", typed);
        fields.put("form", "forjado");
        assertThat(refused(visitor, fields, Map.of())).contains("id=\"refused\"", typed, "value=\"" + NAME + "\"");
        assertThat(visitor.page("file-complaint?program=" + programId + "&r=complaints.what.required&f=what").body())
                .as("an address shows no refusal and fills nothing").doesNotContain("whatError", "filesAgain");
        assertEquals(404, visitor.page("file-complaint?program=" + scenario.newProgram(here, "Programa en borrador")).statusCode());
        fields.put("form", token.group(1));
        fields.put("website", "http://spam.example");
        HttpResponse<String> robot = visitor.postMultipart("file-complaint/submit", fields, "files", Map.of());
        assertEquals(302, robot.statusCode(), robot.body());
        assertThat(robot.headers().firstValue("Location").orElseThrow()).endsWith("program?id=" + programId);
        assertEquals(0L, complaints.counts(programId).total(), "nothing was kept");

        fields.put("website", "");
        HttpResponse<String> filed = visitor.postMultipart("file-complaint/submit", fields, "files",
                Map.of("recibo.pdf", TestFiles.pdf("Recibo de la cuota")));
        assertEquals(302, filed.statusCode(), filed.body());
        Matcher folio = FOLIO.matcher(filed.headers().firstValue("Location").orElseThrow());
        assertTrue(folio.find(), filed.headers().toString());
        HttpResponse<String> tracked = visitor.page("complaint?folio=" + folio.group(1) + "&r=filed");
        assertThat(tracked.body()).contains(folio.group(1), "Recibimos su queja", "Recibida").doesNotContain("Guadalupe", "lupe.neco");
        assertEquals(1L, complaints.counts(programId).byStatus().get(ComplaintStatus.RECEIVED));

        actAs(here.secretariat());
        Complaint kept = complaints.ofProgram(programId).get(0);
        assertEquals(folio.group(1), kept.getFolio());
        assertEquals(NAME, complaints.identity(kept.getId()).orElseThrow().name());
        assertThat(complaints.files(kept.getId())).extracting(a -> a.getStored().getFileName()).containsExactly("recibo.pdf");
    }

    /** The secretariat's pages: a list without identities, the complaint's steps, the identity on request; the wrong side sees nothing. */
    @Test
    void theSecretariatWorksOnItsComplaintsAndNobodyElseOpensThem() throws Exception {
        long programId = publishedProgram(here);
        Complaint filed = citizensComplaint(programId, "El padrón tiene beneficiarios duplicados");
        long id = filed.getId();
        PageClient secretariat = new PageClient(base);
        assertEquals(302, secretariat.signIn(here.secretariat(), Scenario.PASSWORD).statusCode());
        assertThat(secretariat.page("stl/program?id=" + programId).body()).contains("complaintsLink");
        HttpResponse<String> list = secretariat.page("stl/complaints?program=" + programId);
        assertEquals(200, list.statusCode());
        assertThat(list.body()).contains(filed.getFolio(), "El padrón tiene beneficiarios duplicados", "hoy")
                .doesNotContain("Guadalupe", "lupe.neco", "\tat ", "Caused by");
        HttpResponse<String> page = secretariat.page("stl/complaint?id=" + id);
        assertThat(page.body()).contains(filed.getFolio(), "showIdentity").doesNotContain("Guadalupe", "lupe.neco");
        HttpResponse<String> shown = secretariat.submit("stl/complaint?id=" + id, "identityForm", Map.of("showIdentity", ""));
        assertEquals(200, shown.statusCode());
        assertThat(shown.body()).contains(NAME, CONTACT, "quedó registrada");
        assertThat(secretariat.page("stl/complaint?id=" + id).body()).doesNotContain("Guadalupe", "lupe.neco");
        long reads = em.createQuery("select count(e) from AuditEntry e where e.entityType = 'Complaint' and e.entityId = :id "
                + "and e.action = 'IDENTITY_READ'", Long.class).setParameter("id", id).getSingleResult();
        assertEquals(1L, reads);

        HttpResponse<String> refused = secretariat.submit("stl/complaint?id=" + id, "channelForm", Map.of("authority", "Contraloría", "channel", ""));
        assertThat(refused.body()).contains("ui-message-error").doesNotContain("\tat ", "Caused by");
        HttpResponse<String> channelled = secretariat.submit("stl/complaint?id=" + id, "channelForm",
                Map.of("route_input", "COMPTROLLER", "authority", "Secretaría de la Contraloría", "channel", ""));
        assertEquals(302, channelled.statusCode(), channelled.body());
        assertEquals(302, secretariat.submit("stl/complaint?id=" + id, "answerForm", Map.of("answer", "Se depuró el padrón.", "saveAnswer", ""))
                .statusCode());
        assertEquals(302, secretariat.submit("stl/complaint?id=" + id, "closeForm", Map.of("close", "")).statusCode());
        assertThat(new PageClient(base).page("complaint?folio=" + filed.getFolio()).body())
                .contains("Cerrada", "Órgano de control", "Se depuró el padrón.");
        citizensComplaint(programId, "No publicaron el padrón de este año");
        String counted = new PageClient(base).page("program?id=" + programId).body();
        assertThat(counted).contains("id=\"complaintCounts\"", "id=\"complaintRoutes\"", "Canalizadas a cada autoridad")
                .doesNotContain("Guadalupe", "lupe.neco", filed.getFolio(), "duplicados", "\tat ", "Caused by");
        assertThat(counted.replaceAll("\\s+", " "))
                .contains("id=\"route-COMPTROLLER\"><b>1</b>Órgano de control", "id=\"route-PROGRAM_MECHANISM\"><b>0</b>",
                        "id=\"route-INFORMATION_INSTITUTE\"><b>0</b>", "id=\"route-OTHER\"><b>0</b>",
                        "<b>1</b>Recibida", "<b>1</b>Cerrada", "<b>0</b>Respondida");

        for (String outsider : List.of(there.secretariat(), here.csoMember(), here.evaluator())) {
            PageClient other = new PageClient(base);
            assertEquals(302, other.signIn(outsider, Scenario.PASSWORD).statusCode());
            for (String path : List.of("stl/complaint?id=" + id, "stl/complaints?program=" + programId)) {
                HttpResponse<String> seen = other.page(path);
                assertThat(seen.statusCode()).as(outsider + " " + path).isIn(403, 404);
                assertThat(seen.body()).doesNotContain(filed.getFolio(), "Guadalupe", "duplicados");
            }
        }
        HttpResponse<String> anonymous = new PageClient(base).page("stl/complaint?id=" + id);
        assertThat(anonymous.statusCode()).isNotEqualTo(200);
        assertThat(anonymous.body()).doesNotContain(filed.getFolio(), "Guadalupe");
    }

    /**
     * A file a citizen sent with a complaint, over HTTP at /file/{id}: served to the state's
     * secretariat only, byte for byte and kept out of caches; the public, another state's
     * secretariat, a CSO and an evaluator of the same state get a plain 404 without a byte of it.
     */
    @Test
    void aComplaintsFileIsServedToTheStatesSecretariatOnly() throws Exception {
        long programId = publishedProgram(here);
        String marker = "Recibo de cuota cobrada " + here.code();
        byte[] pdf = TestFiles.pdf(marker);
        actAsPublic();
        long complaintId = complaints.filePublic(programId, "Nos cobraron una cuota por la beca", NAME, CONTACT,
                List.of(new Upload("cuota.pdf", pdf)), forms.fresh(), "it.complaint-file." + here.code()).getId();
        actAs(here.secretariat());
        String path = "file/" + complaints.files(complaintId).get(0).getId();

        PageClient secretariat = new PageClient(base);
        assertEquals(302, secretariat.signIn(here.secretariat(), Scenario.PASSWORD).statusCode());
        HttpResponse<byte[]> served = secretariat.download(path);
        assertEquals(200, served.statusCode());
        assertThat(served.body()).isEqualTo(pdf);
        assertThat(served.headers().firstValue("Cache-Control")).hasValue("no-store");

        List<PageClient> refused = new ArrayList<>(List.of(new PageClient(base)));
        for (String outsider : List.of(there.secretariat(), here.csoMember(), here.evaluator())) {
            PageClient other = new PageClient(base);
            assertEquals(302, other.signIn(outsider, Scenario.PASSWORD).statusCode(), outsider);
            refused.add(other);
        }
        List<String> who = List.of("public", there.secretariat(), here.csoMember(), here.evaluator());
        for (int i = 0; i < refused.size(); i++) {
            HttpResponse<byte[]> answer = refused.get(i).download(path);
            assertEquals(404, answer.statusCode(), who.get(i));
            assertThat(new String(answer.body(), StandardCharsets.ISO_8859_1)).as(who.get(i))
                    .doesNotContain(marker, "%PDF", "cuota.pdf");
            assertThat(answer.headers().firstValue("X-Content-SHA256")).as(who.get(i)).isEmpty();
            assertThat(answer.headers().firstValue("Content-Disposition")).as(who.get(i)).isEmpty();
        }
    }

    /** A vigilance group's complaint is filed from one of its findings on the group's page. */
    @Test
    void aGroupsComplaintIsFiledFromTheGroupPage() throws Exception {
        long programId = publishedProgram(here);
        long[] groupAndFinding = groupWithFinding(programId, "Apoyos entregados sin identificación");
        long groupId = groupAndFinding[0];
        long findingId = groupAndFinding[1];
        PageClient secretariat = new PageClient(base);
        assertEquals(302, secretariat.signIn(here.secretariat(), Scenario.PASSWORD).statusCode());
        HttpResponse<String> filed = secretariat.submit("stl/group?id=" + groupId, "complaintForm",
                Map.of("complaintFinding_input", String.valueOf(findingId), "what", "Se entregaron apoyos sin identificación", "fileComplaint", ""));
        assertEquals(302, filed.statusCode(), filed.body());
        assertThat(filed.headers().firstValue("Location").orElseThrow()).contains("stl/complaint?id=");
        actAs(here.secretariat());
        assertThat(complaints.ofProgram(programId)).singleElement().satisfies(c -> {
            assertEquals(ComplaintSource.GROUP, c.getSource());
            assertEquals(findingId, c.getFinding().getId());
        });
    }

    /**
     * Posts the public form with these fields and files, which it refuses: the form page itself comes back (200, no
     * redirect, no session), and no address in it carries the complainant's name or contact. Its body.
     */
    private static String refused(PageClient visitor, Map<String, String> fields, Map<String, byte[]> files) throws Exception {
        String body = PageClient.formAgain(visitor.postMultipart("file-complaint/submit", fields, "files", files));
        assertThat(body).contains("id=\"fileComplaintTitle\"");
        assertThat(Pattern.compile("(href|action|src)=\"[^\"]*(Guadalupe|Villase|lupe\\.neco|correo\\.example)").matcher(body).find())
                .as("the identity in an address").isFalse();
        return body;
    }

    /**
     * An identity as it was stored before the key rotation, with the suite's retired key
     * ({@code cocrea.complaints.retiredKeyFiles}, support.TestDatabaseSession): in the first format
     * ("v1:", no key id) or naming the retired key ("v2:<id>:").
     */
    private static String sealedWithTheRetiredKey(String plain, String folio, boolean firstFormat) throws Exception {
        byte[] raw = Base64.getDecoder().decode(Files.readString(Path.of(System.getProperty("cocrea.complaints.retiredKeyFiles"))).strip());
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(raw, "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD(folio.getBytes(StandardCharsets.UTF_8));
        byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        byte[] all = new byte[nonce.length + sealed.length];
        System.arraycopy(nonce, 0, all, 0, nonce.length);
        System.arraycopy(sealed, 0, all, nonce.length, sealed.length);
        String id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw), 0, 4);
        return (firstFormat ? "v1:" : "v2:" + id + ":") + Base64.getEncoder().encodeToString(all);
    }

    private String storedIdentity(long complaintId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select identity_sealed from complaint where id = ?")) {
            q.setLong(1, complaintId);
            try (var rows = q.executeQuery()) {
                assertTrue(rows.next());
                return rows.getString(1);
            }
        }
    }

    private void storeIdentity(long complaintId, String sealed) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement u = c.prepareStatement("update complaint set identity_sealed = ? where id = ?")) {
            u.setString(1, sealed);
            u.setLong(2, complaintId);
            assertEquals(1, u.executeUpdate());
        }
    }

    @Test
    void rowsSealedBeforeAKeyRotationStayReadableAndTheAdministratorSealsThemAgain() throws Exception {
        long programId = publishedProgram(here);
        actAsPublic();
        Complaint old = complaints.filePublic(programId, "Cobran por inscribir al programa", NAME, CONTACT);
        Complaint older = complaints.filePublic(programId, "No entregaron el apoyo de marzo", "Rosa Ámbar Quiñones", null);
        storeIdentity(old.getId(), sealedWithTheRetiredKey(NAME + "\n" + CONTACT, old.getFolio(), false));
        storeIdentity(older.getId(), sealedWithTheRetiredKey("Rosa Ámbar Quiñones\n", older.getFolio(), true));

        actAs(here.secretariat());
        assertEquals(NAME, complaints.identity(old.getId()).orElseThrow().name(), "a retired key still opens its rows");
        assertEquals("Rosa Ámbar Quiñones", complaints.identity(older.getId()).orElseThrow().name(), "and rows of the first format");

        for (String outsider : List.of(here.secretariat(), here.institute(), there.secretariat(), here.evaluator())) {
            actAs(outsider);
            assertThrows(AccessDeniedException.class, () -> rekeying.status(), outsider);
            assertThrows(AccessDeniedException.class, () -> rekeying.rekeyAll(), outsider);
        }
        actAsPublic();
        assertThrows(AccessDeniedException.class, () -> rekeying.rekeyAll());

        actAs(TestDatabaseSession.ADMIN_USERNAME);
        IdentityRekeying.Status pending = rekeying.status();
        assertThat(storedIdentity(old.getId())).startsWith("v2:").doesNotStartWith("v2:" + pending.currentKeyId());
        assertThat(pending.pending()).isGreaterThanOrEqualTo(2);
        assertThat(rekeying.rekeyAll()).isGreaterThanOrEqualTo(2);
        for (long id : List.of(old.getId(), older.getId())) {
            String stored = storedIdentity(id);
            assertThat(stored).startsWith("v2:" + pending.currentKeyId() + ":").doesNotContain("Guadalupe", "Rosa", "lupe.neco");
            assertThat(new String(Base64.getDecoder().decode(stored.substring(12)), StandardCharsets.ISO_8859_1))
                    .doesNotContain("Guadalupe", "Rosa", "lupe");
        }
        String trail = String.join(" ", em.createQuery("select concat(e.action, coalesce(e.beforeJson, ''), coalesce(e.afterJson, '')) "
                        + "from AuditEntry e where e.entityType = 'Complaint' and e.entityId = :id and e.action = 'IDENTITY_REKEY'", String.class)
                .setParameter("id", old.getId()).getResultList());
        assertThat(trail).contains("IDENTITY_REKEY", pending.currentKeyId()).doesNotContain("Guadalupe", "lupe.neco");

        actAs(here.secretariat());
        assertEquals(CONTACT, complaints.identity(old.getId()).orElseThrow().contact(), "re-sealed rows open with the current key");
        assertEquals("Rosa Ámbar Quiñones", complaints.identity(older.getId()).orElseThrow().name());
    }
}
