package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.follow.CommentService;
import org.cocrea.follow.CommentStatus;
import org.cocrea.follow.PublicComment;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.support.Deployments;
import org.cocrea.support.MailBox;
import org.cocrea.support.MailBox.Received;
import org.cocrea.support.PageClient;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Public comments and official answers (issue 13) through real HTTP and the real services: a comment is
 * held until its state's secretariat approves it (another state's cannot), shown escaped once approved,
 * refused with a message when hostile, answered officially as the organization, and the commenter who left
 * an address hears of the answer by mail.
 */
@ExtendWith(ArquillianExtension.class)
class CommentsIT {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"form\" value=\"([^\"]+)\"");

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private CommentService comments;
    @Inject private org.cocrea.account.AccountService accounts;

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @ArquillianResource
    private URL base;

    private World here;
    private World there;
    private PageClient client;

    @BeforeEach
    void setUp() {
        here = scenario.newState();
        there = scenario.newState();
        scenario.publish(here);
        client = new PageClient(base);
    }

    private HttpResponse<String> comment(Map<String, String> changed) throws Exception {
        HttpResponse<String> page = client.page("comment?commitment=" + here.commitmentId());
        assertEquals(200, page.statusCode());
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        Matcher token = FORM_TOKEN.matcher(page.body());
        assertThat(token.find()).isTrue();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("commitment", String.valueOf(here.commitmentId()));
        fields.put("form", token.group(1));
        fields.put("language", "es");
        fields.put("name", "Vecina " + here.code());
        fields.put("text", "¿Cuándo se publica el tablero? <script>alert(1)</script>");
        fields.put("address", "");
        fields.put("website", "");
        fields.putAll(changed);
        return client.post("comment/submit", fields);
    }

    private static String outcome(HttpResponse<String> response) {
        assertEquals(302, response.statusCode(), response.body());
        return response.headers().firstValue("Location").orElseThrow();
    }

    private PublicComment only() {
        return em.createQuery("select c from PublicComment c where c.commitmentId = :id", PublicComment.class)
                .setParameter("id", here.commitmentId()).getSingleResult();
    }

    @Test
    void aCommentWaitsForItsSecretariatThenShowsEscapedWithItsOfficialAnswer() throws Exception {
        String address = "vecina." + here.code().toLowerCase(java.util.Locale.ROOT) + "@comenta.mx";
        assertThat(outcome(comment(Map.of("address", address)))).endsWith("r=held");
        PublicComment held = only();
        assertEquals(CommentStatus.PENDING, held.getStatus());
        assertThat(client.page("commitment?id=" + here.commitmentId()).body()).doesNotContain("Vecina " + here.code());

        actAs(there.secretariat());
        assertThat(comments.queue()).extracting(PublicComment::getId).doesNotContain(held.getId());
        assertThrows(NotFoundException.class, () -> comments.approve(held.getId()), "another state's secretariat");
        actAs(here.csoMember());
        assertThrows(AccessDeniedException.class, () -> comments.approve(held.getId()), "a responsible actor does not moderate");

        actAs(here.secretariat());
        assertThat(comments.queue()).extracting(PublicComment::getId).containsExactly(held.getId());
        comments.approve(held.getId());
        assertThrows(DomainException.class, () -> comments.reject(held.getId(), "tarde"), "moderated once");

        String page = client.page("commitment?id=" + here.commitmentId()).body();
        assertThat(page).contains("Vecina " + here.code(), "&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>").doesNotContain(address);

        actAs(there.secretariat());
        assertThrows(NotFoundException.class, () -> comments.answer(held.getId(), "No es nuestro."));
        actAs(here.csoMember());
        comments.answer(held.getId(), "El tablero sale en marzo.");
        actAs(here.secretariat());
        assertThrows(DomainException.class, () -> comments.answer(held.getId(), "Otra"), "one official answer");

        page = client.page("commitment?id=" + here.commitmentId()).body();
        assertThat(page).contains("Respuesta oficial", "Observatorio Ciudadano " + here.code(), "El tablero sale en marzo.");
        List<Received> mail = MailBox.await(address, 1);
        assertThat(mail.get(0).subject()).startsWith("Respondieron su comentario sobre");
        assertThat(mail.get(0).text()).contains("Observatorio Ciudadano " + here.code());
    }

    @Test
    void aResponsibleOrganizationAnswersOnItsOwnPageAndWaitingCommentsArePending() throws Exception {
        comment(Map.of("text", "¿Quién mide el avance? " + here.code()));
        long id = only().getId();
        PageClient secretariat = new PageClient(base);
        assertEquals(302, secretariat.signIn(here.secretariat(), Scenario.PASSWORD).statusCode());
        assertThat(secretariat.page("account/pending").body())
                .contains("pending-COMMENT_TO_MODERATE", "stl/comments#comment-" + id, "¿Quién mide el avance? " + here.code())
                .doesNotContain("pending-QUESTION_TO_ANSWER");
        assertThat(secretariat.page("stl/comments").body()).contains("id=\"comment-" + id + "\"", "unansweredEmpty");

        actAs(here.secretariat());
        comments.approve(id);
        assertThat(secretariat.page("account/pending").body()).contains("pending-QUESTION_TO_ANSWER", "stl/comments#comment-" + id)
                .doesNotContain("pending-COMMENT_TO_MODERATE");

        // a responsible actor of the commitment: pending, and its own page to answer as its organization
        PageClient cso = new PageClient(base);
        assertEquals(302, cso.signIn(here.csoMember(), Scenario.PASSWORD).statusCode());
        assertThat(cso.page("account/pending").body()).contains("pending-QUESTION_TO_ANSWER", "actor/comments#comment-" + id);
        String mine = cso.page("actor/comments").body();
        assertThat(mine).contains("questionsTitle", "id=\"comment-" + id + "\"", "Respuesta oficial de su organización", "navQuestions");

        // of the same state but responsible for nothing here, of another state, an evaluator: not theirs to answer
        actAs(org.cocrea.support.TestDatabaseSession.ADMIN_USERNAME);
        org.cocrea.account.Account form = org.cocrea.account.Account.blank();
        form.setUsername("academia." + here.code().toLowerCase(java.util.Locale.ROOT));
        form.setFullName("Persona de la universidad");
        form.setEmail(form.getUsername() + "@ejemplo.mx");
        form.setRole(org.cocrea.shared.Role.RESPONSIBLE_ACTOR);
        String academic = accounts.create(form, here.stateId(), here.academia(), Scenario.PASSWORD).getUsername();
        for (String outsider : List.of(academic, there.csoMember())) {
            actAs(outsider);
            assertThat(comments.unanswered()).as(outsider).extracting(PublicComment::getId).doesNotContain(id);
            PageClient page = new PageClient(base);
            assertEquals(302, page.signIn(outsider, Scenario.PASSWORD).statusCode());
            assertThat(page.page("actor/comments").body()).as(outsider).contains("unansweredEmpty").doesNotContain("comment-" + id);
            assertThat(page.page("account/pending").body()).as(outsider).doesNotContain("comment-" + id);
        }
        actAs(academic);
        assertThrows(AccessDeniedException.class, () -> comments.answer(id, "No nos toca."));
        actAs(here.evaluator());
        assertThrows(AccessDeniedException.class, () -> comments.unanswered());

        // an empty answer is told beside its field; then the answer is published as the organization
        HttpResponse<String> empty = cso.submitShown("actor/comments", mine, "answers:0:answerForm", Map.of("answer", " ", "send", ""));
        assertEquals(200, empty.statusCode());
        assertThat(empty.body()).contains("Escriba la respuesta.", "ui-message-error").doesNotContain("\tat ", "Caused by", "java.lang.");
        HttpResponse<String> sent = cso.submitShown("actor/comments", empty.body(), "answers:0:answerForm",
                Map.of("answer", "La contraloría social mide cada trimestre.", "send", ""));
        assertThat(sent.statusCode()).as(sent.body()).isIn(200, 302);
        assertThat(cso.page("actor/comments").body()).contains("unansweredEmpty");
        assertThat(cso.page("account/pending").body()).doesNotContain("comment-" + id);
        assertThat(secretariat.page("account/pending").body()).doesNotContain("comment-" + id);
        assertThat(client.page("commitment?id=" + here.commitmentId()).body())
                .contains("La contraloría social mide cada trimestre.", "Observatorio Ciudadano " + here.code());
    }

    @Test
    void oneAddressLeavesAtMostThreeCommentsAnHour() throws Exception {
        String address = "insistente." + here.code().toLowerCase(java.util.Locale.ROOT) + "@comenta.mx";
        for (int i = 0; i < 3; i++) {
            assertThat(outcome(comment(Map.of("address", address, "text", "Pregunta " + i)))).endsWith("r=held");
        }
        assertThat(PageClient.formAgain(comment(Map.of("address", address.toUpperCase(java.util.Locale.ROOT), "text", "Pregunta 3"))))
                .as("the same address, however it is written").contains("id=\"refused\"", "Pregunta 3");
        assertThat(outcome(comment(Map.of("text", "Sin correo")))).as("without an address only the network counts").endsWith("r=held");
        assertEquals(4, em.createQuery("select count(c) from PublicComment c where c.commitmentId = :id", Long.class)
                .setParameter("id", here.commitmentId()).getSingleResult());
    }

    @Test
    void aRejectedCommentNeedsAReasonAndOnlyTheReasonIsShown() throws Exception {
        comment(Map.of("text", "Comentario fuera de lugar " + here.code()));
        PublicComment held = only();
        actAs(here.secretariat());
        DomainException refused = assertThrows(DomainException.class, () -> comments.reject(held.getId(), "  "));
        assertEquals("reason", refused.field());
        comments.reject(held.getId(), "Insulta a una persona. <b>" + here.code());
        // hidden with a reason that stays visible: in its place the reason, escaped; never its author or text
        String page = client.page("commitment?id=" + here.commitmentId()).body();
        assertThat(page).doesNotContain("fuera de lugar " + here.code(), "Vecina " + here.code())
                .contains("Comentario oculto por el secretariado", "Motivo: Insulta a una persona. &lt;b&gt;" + here.code(),
                        "Aún no hay comentarios publicados.");
        assertThrows(DomainException.class, () -> comments.answer(held.getId(), "No"), "a rejected comment is not answered");
    }

    @Test
    void hostileCommentsGetAMessageOrNotFoundNeverAnError() throws Exception {
        // a refusal is the form again, the message beside its field and what was typed in place (escaped)
        assertThat(PageClient.formAgain(comment(Map.of("text", "x".repeat(2001)))))
                .contains("id=\"textError\"", "El comentario pasa de 2000 caracteres.", ">" + "x".repeat(2001) + "</textarea>",
                        "value=\"Vecina " + here.code() + "\"");
        assertThat(PageClient.formAgain(comment(Map.of("name", " "))))
                .contains("id=\"nameError\"", "Escriba su nombre.", "¿Cuándo se publica el tablero? &lt;script&gt;alert(1)&lt;/script&gt;</textarea>")
                .doesNotContain("<script>alert(1)");
        assertThat(PageClient.formAgain(comment(Map.of("address", "no es correo\"><b>x"))))
                .contains("id=\"addressError\"", "value=\"no es correo&quot;").doesNotContain("\"><b>x");
        assertThat(PageClient.formAgain(comment(Map.of("form", "form.1.x")))).contains("id=\"refused\"", "El formulario caducó");
        assertThat(client.page("comment?commitment=" + here.commitmentId() + "&r=comment.text.tooLong").body())
                .as("an address still names an outcome, but fills nothing").contains("id=\"textError\"").doesNotContain("Vecina");
        assertEquals(404, comment(Map.of("commitment", "1x")).statusCode());
        assertEquals(404, comment(Map.of("commitment", String.valueOf(there.commitmentId()))).statusCode(), "a draft");
        assertEquals(404, comment(Map.of("milestone", String.valueOf(there.milestoneId()))).statusCode(), "another commitment's");
        assertEquals(404, client.page("comment?commitment=" + there.commitmentId()).statusCode());
        assertThat(outcome(comment(Map.of("website", "http://spam.example")))).endsWith("r=held");
        assertEquals(0L, em.createQuery("select count(c) from PublicComment c where c.commitmentId = :id", Long.class)
                .setParameter("id", here.commitmentId()).getSingleResult(), "nothing kept");
    }
}
