package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.audit.AuditEntry;
import org.cocrea.file.Upload;
import org.cocrea.mail.MailKind;
import org.cocrea.milestone.MilestoneService;
import org.cocrea.milestone.MilestoneStatus;
import org.cocrea.milestone.ProgressReport;
import org.cocrea.milestone.ReportService;
import org.cocrea.support.Deployments;
import org.cocrea.support.MailBox;
import org.cocrea.support.MailBox.Received;
import org.cocrea.support.PageClient;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.support.TestFiles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Following by e-mail (issue 13) through real HTTP, the real services and a real SMTP server: the form
 * page keeps nothing on the server; a request mails a confirmation link in the chosen language; only a
 * confirmed address hears of the public events of what it follows; the stop link works without signing
 * in; a second request for the same address gets the same answer; hostile posts get a message or a 404,
 * never a 500; a rolled-back event mails nothing; the address is never in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
class FollowIT {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"form\" value=\"([^\"]+)\"");
    private static final Pattern CONFIRM = Pattern.compile("/follow\\?confirm=(\\S+)");
    private static final Pattern STOP = Pattern.compile("/follow\\?stop=(\\S+)");

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private MilestoneService milestones;
    @Inject private ReportService reports;
    @Inject private org.cocrea.follow.CommentService comments;
    @Inject private org.cocrea.follow.FormTokens forms;
    @Resource private UserTransaction transaction;

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @ArquillianResource
    private URL base;

    private World here;
    private PageClient client;

    @BeforeEach
    void setUp() {
        here = scenario.newState();
        scenario.publish(here);
        client = new PageClient(base);
    }

    private String fan(String who) {
        return who + "." + here.code().toLowerCase(java.util.Locale.ROOT) + "@seguidores.mx";
    }

    /** Opens the follow page of the world's commitment and posts its form as a person fills it. */
    private HttpResponse<String> follow(String address, String language) throws Exception {
        return post(address, language, Map.of());
    }

    private HttpResponse<String> post(String address, String language, Map<String, String> changed) throws Exception {
        HttpResponse<String> page = client.page("follow?target=COMMITMENT&id=" + here.commitmentId());
        assertEquals(200, page.statusCode());
        Matcher token = FORM_TOKEN.matcher(page.body());
        assertThat(token.find()).as("the form carries its signed token").isTrue();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("target", "COMMITMENT");
        fields.put("id", String.valueOf(here.commitmentId()));
        fields.put("form", token.group(1));
        fields.put("address", address);
        fields.put("language", language);
        fields.put("website", "");
        fields.putAll(changed);
        return client.post("follow/request", fields);
    }

    private static String outcome(HttpResponse<String> response) {
        assertEquals(302, response.statusCode(), response.body());
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String token(Pattern link, Received mail) {
        Matcher matcher = link.matcher(mail.text());
        assertThat(matcher.find()).as("the mail has the link: " + mail.text()).isTrue();
        return matcher.group(1);
    }

    private long mailsTo(String address, MailKind kind) {
        return em.createQuery("select count(m) from MailMessage m where m.recipient = :a and m.kind = :k", Long.class)
                .setParameter("a", address).setParameter("k", kind).getSingleResult();
    }

    private void report(int percent) {
        actAs(here.csoMember());
        ProgressReport report = ProgressReport.draft(scenario.today(here));
        report.setNarrative("Avance " + percent);
        report.setPercent(percent);
        reports.submit(here.milestoneId(), report, List.of(new Upload("corte.pdf", TestFiles.pdf("Corte"))), List.of());
    }

    @Test
    void theFollowPageKeepsNothingOnTheServer() throws Exception {
        HttpResponse<String> page = client.page("follow?target=COMMITMENT&id=" + here.commitmentId());
        assertEquals(200, page.statusCode());
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(page.body()).contains("Transparentar el gasto en medicamentos " + here.code())
                .doesNotContain("jakarta.faces.ViewState\" value=\"-");
        HttpResponse<String> commitment = client.page("commitment?id=" + here.commitmentId());
        assertThat(commitment.body()).contains("follow?target=COMMITMENT&amp;id=" + here.commitmentId());
    }

    @Test
    void aConfirmedFollowerHearsOfEachPublicEventInItsLanguageAndStopsInOneClick() throws Exception {
        String address = fan("ana");
        assertThat(outcome(follow(address, "en"))).endsWith("/follow?r=sent");
        Received confirmation = MailBox.await(address, 1).get(0);
        assertEquals("Confirm that you want to follow: Transparentar el gasto en medicamentos " + here.code(),
                confirmation.subject());

        report(30); // not yet confirmed: nothing
        assertEquals(0, mailsTo(address, MailKind.FOLLOW_REPORT), "an unconfirmed address gets nothing");

        String confirm = token(CONFIRM, confirmation);
        HttpResponse<String> ask = client.page("follow?confirm=" + confirm);
        assertThat(ask.body()).contains("id=\"confirmFollow\"");
        assertThat(ask.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(outcome(client.post("follow/confirm", Map.of("t", confirm)))).endsWith("/follow?r=confirmed");

        report(60);
        actAs(here.secretariat());
        milestones.moveTo(here.milestoneId(), MilestoneStatus.COMPLETE, "Entregado; el reporte final llega después.");
        List<Received> mail = MailBox.await(address, 3);
        assertThat(mail).extracting(Received::subject).containsExactly(
                confirmation.subject(),
                "New progress report: Publicar el primer corte de datos abiertos",
                "Status changed: Publicar el primer corte de datos abiertos");
        assertThat(mail.get(1).text()).contains("60 % progress", "/commitment?id=" + here.commitmentId(),
                "you follow this commitment");
        assertThat(mail.get(2).text()).contains("is now Complete");

        String stop = token(STOP, mail.get(2));
        assertThat(outcome(client.post("follow/stop", Map.of("t", stop)))).endsWith("/follow?r=stopped");
        assertThat(outcome(client.post("follow/stop", Map.of("t", stop)))).as("a used link").endsWith("/follow?r=invalid");
        milestones.moveTo(here.milestoneId(), MilestoneStatus.IN_PROGRESS); // reopened: an event the public sees
        assertEquals(1, mailsTo(address, MailKind.FOLLOW_STATUS), "stopped: no more mail");

        assertThat(em.createQuery("select a from AuditEntry a where a.entityType = 'Follower'", AuditEntry.class)
                .getResultList()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getAfterJson() + e.getBeforeJson()).doesNotContain("@"));
    }

    @Test
    void followingAgainGetsTheSameAnswerAndRevealsNothing() throws Exception {
        String address = fan("beto");
        String first = outcome(follow(address, "es"));
        Received confirmation = MailBox.await(address, 1).get(0);
        assertThat(confirmation.subject()).startsWith("Confirme que quiere seguir");
        assertThat(outcome(client.post("follow/confirm", Map.of("t", token(CONFIRM, confirmation))))).endsWith("r=confirmed");

        assertEquals(first, outcome(follow(address.toUpperCase(java.util.Locale.ROOT), "es")), "the same answer");
        assertEquals(1, mailsTo(address, MailKind.FOLLOW_CONFIRM), "a confirmed address is not asked again");
        assertThat(outcome(follow(fan("nuevo"), "es"))).isEqualTo(first);
    }

    @Test
    void hostilePostsGetAMessageOrNotFoundNeverAnError() throws Exception {
        String address = fan("hostil");
        assertThat(PageClient.formAgain(post(address, "es", Map.of("form", "form.1.forged"))))
                .contains("id=\"outcome\"", "value=\"" + address + "\"");
        assertThat(PageClient.formAgain(post("<script>alert(1)</script>", "es", Map.of())))
                .contains("id=\"addressError\"", "value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"").doesNotContain("<script>alert(1)");
        assertThat(PageClient.formAgain(post("a".repeat(250) + "@x.mx", "es", Map.of()))).contains("id=\"addressError\"");
        assertEquals(404, post(address, "es", Map.of("id", "9x")).statusCode());
        assertEquals(404, post(address, "es", Map.of("target", "ACCOUNT")).statusCode());
        assertEquals(404, post(address, "es", Map.of("id", "999999999")).statusCode());
        assertEquals(404, client.page("follow?target=PLAN&id=999999999").statusCode());
        assertThat(outcome(client.post("follow/confirm", Map.of("t", "confirm.1.forged")))).endsWith("r=invalid");
        assertThat(client.page("follow?r=%3Cscript%3E").body()).doesNotContain("<script>");

        String robot = fan("robot");
        assertThat(outcome(post(robot, "es", Map.of("website", "http://spam.example")))).endsWith("r=sent");
        assertEquals(0, mailsTo(robot, MailKind.FOLLOW_CONFIRM), "the honeypot changes nothing");
        assertEquals(0L, em.createQuery("select count(f) from Follower f where f.targetId = :id", Long.class)
                .setParameter("id", here.commitmentId()).getSingleResult());

        String busy = fan("insistente");
        for (int i = 0; i < 3; i++) {
            assertThat(outcome(follow(busy, "es"))).endsWith("r=sent");
        }
        assertThat(PageClient.formAgain(follow(busy, "es"))).as("3 per address and hour").contains("id=\"outcome\"", "value=\"" + busy + "\"");
    }

    @Test
    void aRolledBackEventMailsNoFollower() throws Exception {
        String address = fan("carla");
        follow(address, "es");
        Received confirmation = MailBox.await(address, 1).get(0);
        client.post("follow/confirm", Map.of("t", token(CONFIRM, confirmation)));

        actAs(here.secretariat());
        transaction.begin();
        milestones.moveTo(here.milestoneId(), MilestoneStatus.IN_PROGRESS);
        transaction.rollback();
        assertEquals(0, mailsTo(address, MailKind.FOLLOW_STATUS));
        milestones.moveTo(here.milestoneId(), MilestoneStatus.IN_PROGRESS);
        assertEquals(1, mailsTo(address, MailKind.FOLLOW_STATUS));
    }

    @Test
    void aPublishedCommentIsToldToTheConfirmedFollowersOfItsCommitmentOnly() throws Exception {
        World there = scenario.newState();
        scenario.publish(there);
        String follower = fan("dora");
        String planFollower = fan("eli");
        String unconfirmed = fan("fausto");
        String elsewhere = fan("gael.fuera");
        scenario.follower(org.cocrea.follow.FollowTarget.COMMITMENT, here.commitmentId(), follower, "en", true);
        scenario.follower(org.cocrea.follow.FollowTarget.PLAN, here.planId(), planFollower, "es", true);
        scenario.follower(org.cocrea.follow.FollowTarget.COMMITMENT, here.commitmentId(), unconfirmed, "es", false);
        scenario.follower(org.cocrea.follow.FollowTarget.COMMITMENT, there.commitmentId(), elsewhere, "es", true);

        String author = "autora." + here.code().toLowerCase(java.util.Locale.ROOT) + "@comenta.mx";
        long rejected = comments.submit(here.commitmentId(), null, "Autora " + here.code(), "Fuera de lugar",
                author, "es", forms.fresh(), "it.rechazo." + here.code()).getId();
        long approved = comments.submit(here.commitmentId(), null, "Autora " + here.code(), "¿Y el tablero?",
                author, "es", forms.fresh(), "it.aprobado." + here.code()).getId();
        actAs(here.secretariat());
        comments.reject(rejected, "Fuera de tema.");
        assertEquals(0, mailsTo(follower, MailKind.FOLLOW_COMMENT), "a rejected comment mails nobody");

        transaction.begin();
        comments.approve(approved);
        transaction.rollback();
        assertEquals(0, mailsTo(follower, MailKind.FOLLOW_COMMENT), "a rolled-back approval mails nobody");

        comments.approve(approved);
        Received mail = MailBox.awaitMatching(follower, m -> m.subject().startsWith("New comment on"));
        assertEquals("New comment on \"Transparentar el gasto en medicamentos " + here.code() + "\"", mail.subject());
        assertThat(mail.text()).contains("/commitment?id=" + here.commitmentId(), "you follow this commitment")
                .doesNotContain(author).doesNotContain("Autora " + here.code());
        assertThat(MailBox.awaitMatching(planFollower, m -> m.subject().startsWith("Nuevo comentario en")).text())
                .contains("/commitment?id=" + here.commitmentId());
        assertEquals(1, mailsTo(follower, MailKind.FOLLOW_COMMENT));
        assertEquals(0, mailsTo(unconfirmed, MailKind.FOLLOW_COMMENT), "an unconfirmed address gets nothing");
        assertEquals(0, mailsTo(elsewhere, MailKind.FOLLOW_COMMENT), "another state's follower gets nothing");
        assertEquals(0, mailsTo(author, MailKind.FOLLOW_COMMENT), "the author is not a follower");
    }
}
