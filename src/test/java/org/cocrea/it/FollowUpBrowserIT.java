package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.cocrea.support.BrowserWalk;
import org.cocrea.support.MailBox;
import org.cocrea.support.MailBox.Received;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.support.ScenarioServlet;
import org.cocrea.support.TestFiles;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.cocrea.support.SuiteServer;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Following up a commitment (issue 13) in a real browser, on a world of its own built by {@link Scenario}
 * (published plan, commitment with one milestone, a civil-society organization responsible for it): a
 * citizen follows the public commitment page by e-mail and confirms with the link of the mail; the
 * organization reports progress with a PDF, the follower's mail links to the page that shows it; the
 * citizen asks a question in a comment, the secretariat approves it in its queue, the organization finds it
 * among its pending work and answers it as the organization, and the public page shows both, on a desktop and on a phone (390 px). axe-core on every
 * page; screenshots in {@code target/screenshots/FollowUpBrowserIT/}.
 *
 * <p>Mails link to {@code cocrea.publicUrl}, not to this test server: the browser opens the link's path and
 * query here ({@link MailBox#pathOf}).
 */
@ResourceLock(value = SuiteServer.MAIL_SERVER, mode = ResourceAccessMode.READ)
@Order(5)
class FollowUpBrowserIT extends BrowserWalk {

    @Test
    void aCitizenFollowsACommitmentHearsOfItsProgressAndReadsTheAnswerToItsQuestion() throws Throwable {
        walkThrough(this::walk);
    }

    private void walk() throws Exception {
        World world = ScenarioServlet.newState(base, true);
        String low = world.code().toLowerCase(Locale.ROOT);
        String citizen = "vecina." + low + "@seguidores.mx";
        String commitmentTitle = "Transparentar el gasto en medicamentos " + world.code();
        String milestoneTitle = "Publicar el primer corte de datos abiertos";
        String commitmentPage = "commitment?id=" + world.commitmentId();

        // ---------------------------------------------------------------- 1. a citizen follows the commitment
        open(commitmentPage);
        assertThat(text(By.id("commitmentTitle"))).isEqualTo(commitmentTitle);
        assertReadable();
        shot("public-commitment", true);
        clickAndLoad(By.cssSelector("a.follow-link"), By.id("follow"));
        type(By.id("address"), citizen);
        shot("follow-form");
        clickAndLoad(By.id("followButton"), By.id("outcome"));
        assertThat(text(By.id("outcome"))).contains("le llegará un mensaje para confirmar");
        shot("follow-sent");

        Received confirmation = MailBox.await(citizen, 1).get(0);
        assertThat(confirmation.subject()).isEqualTo("Confirme que quiere seguir: " + commitmentTitle);
        open(MailBox.pathOf(confirmation.text(), "follow?confirm="));
        assertThat(text(By.id("confirmFollow"))).contains("Confirmar");
        assertReadable();
        shot("follow-confirm-link");
        clickAndLoad(By.id("confirmButton"), By.id("outcome"));
        assertThat(text(By.id("outcome"))).contains("Confirmado: recibirá un correo con cada novedad.");
        shot("follow-confirmed");

        // ---------------------------------------------------------------- 2. the organization reports, the follower hears of it
        byte[] pdf = TestFiles.pdf("Primer corte de abasto " + world.code());
        Path pdfFile = TARGET.resolve("follow-up-evidence-" + low + ".pdf");
        Files.write(pdfFile, pdf);
        String narrative = "Publicamos el primer corte de compras y abasto de 12 unidades médicas " + world.code() + ".";

        signIn(world.csoMember(), Scenario.PASSWORD, By.id("mine"), false);
        assertThat(text(By.id("mine"))).contains(milestoneTitle);
        clickAndLoad(By.cssSelector(".report-button"), By.id("report:narrative"));
        assertThat(text(By.id("milestoneTitle"))).isEqualTo(milestoneTitle);
        type(By.id("report:narrative"), narrative);
        typeNumber("report:percent", "40");
        driver.findElement(By.cssSelector("form[id='report'] input[type='file']")).sendKeys(pdfFile.toString());
        wait.until(d -> text(By.cssSelector("form[id='report'] .ui-fileupload-filename")).contains(pdfFile.getFileName().toString()));
        assertReadable();
        shot("actor-report-form", true);
        clickAndLoad(By.id("report:submit"), By.id("mine"));
        assertGlobalMessage("Reporte guardado con 1 evidencia");
        assertThat(text(By.id("mine"))).contains(milestoneTitle, "40%");
        shot("actor-report-saved");
        signOut();

        Received progress = MailBox.awaitMatching(citizen, m -> m.subject().startsWith("Nuevo reporte de avance"));
        assertThat(progress.subject()).isEqualTo("Nuevo reporte de avance: " + milestoneTitle);
        assertThat(progress.text()).contains("40 % de avance");
        open(MailBox.pathOf(progress.text(), commitmentPage));
        assertThat(text(By.id("commitmentTitle"))).isEqualTo(commitmentTitle);
        assertThat(text(By.cssSelector(".milestone .report"))).contains(narrative, "40%", pdfFile.getFileName().toString());
        assertReadable();
        shot("public-commitment-new-progress", By.cssSelector(".milestone .report"));

        // ---------------------------------------------------------------- 3. a question, moderated and answered
        String question = "¿En qué fecha se publica el corte de las unidades del sur? " + world.code();
        String answer = "El corte de las unidades del sur se publica el último día hábil del mes. " + world.code();
        clickAndLoad(By.cssSelector("#publicComments a.comment-link"), By.id("comment"));
        type(By.id("name"), "Vecina del sur " + world.code());
        type(By.id("text"), question);
        type(By.id("address"), citizen);
        shot("comment-form");
        clickAndLoad(By.id("send"), By.id("held"));
        assertThat(text(By.id("held"))).contains("espera la revisión del secretariado");
        shot("comment-held");
        open(commitmentPage);
        assertThat(text(By.id("publicComments"))).doesNotContain(question);

        // the secretariat moderates it
        signIn(world.secretariat(), Scenario.PASSWORD, By.id("nav:account"), false);
        open("stl/comments");
        String held = "//form[contains(@class,'public-comment')][.//p[contains(., " + literal(question) + ")]]";
        waitVisible(By.xpath(held));
        assertReadable();
        shot("secretariat-queue", By.xpath(held));
        clickAndLoad(By.xpath(held + "//button[contains(@id,':approve')]"), By.id("queueEmpty"));
        assertGlobalMessage("Comentario publicado.");
        signOut();

        // the responsible organization finds it among its pending work and answers it as the organization
        signIn(world.csoMember(), Scenario.PASSWORD, By.id("nav:account"), false);
        open("account/pending");
        clickAndLoad(By.cssSelector(".pending-QUESTION_TO_ANSWER .pending-link"), By.id("questionsTitle"));
        waitVisible(By.xpath(held));
        type(By.xpath(held + "//textarea[contains(@id,':answer')]"), answer);
        assertReadable();
        shot("organization-answers", By.xpath(held));
        clickAndLoad(By.xpath(held + "//button[contains(@id,':send')]"), By.id("unansweredEmpty"));
        assertGlobalMessage("Respuesta publicada.");
        assertThat(driver.getPageSource()).doesNotContain(question);
        shot("organization-answered");
        signOut();

        open(commitmentPage);
        String comments = text(By.id("publicComments"));
        assertThat(comments).contains("Vecina del sur " + world.code(), question, "Respuesta oficial",
                "Observatorio Ciudadano " + world.code(), answer).doesNotContain(citizen);
        assertReadable();
        shot("public-question-and-answer", By.id("publicComments"));
        Received answered = MailBox.awaitMatching(citizen, m -> m.subject().startsWith("Respondieron su comentario"));
        assertThat(answered.text()).contains("Observatorio Ciudadano " + world.code());

        // ---------------------------------------------------------------- 4. the same on a phone
        phone(true);
        open(commitmentPage);
        waitVisible(By.id("publicComments"));
        assertFitsTheWindow("public commitment page with its comments");
        shot("public-commitment-phone", true);
        shot("public-question-and-answer-phone", By.id("publicComments"));
        phone(false);
    }
}
