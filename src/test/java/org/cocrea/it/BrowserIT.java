package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.cocrea.support.BrowserWalk;
import org.cocrea.web.stl.CommitmentTab;
import org.cocrea.support.TestDatabaseSession;
import org.cocrea.support.TestFiles;
import org.cocrea.shared.Dates;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The slice in a real browser (headless Chromium), as its people use it: the administrator sets up
 * a state, its organizations and two accounts; the secretariat writes, funds, schedules and
 * publishes a commitment; the civil-society organization reports progress with a PDF; both sign
 * the milestone off; the public sees it verified, with the evidence and its SHA-256, on a desktop
 * and on a phone, in Spanish and in English. Every step leaves a screenshot in
 * {@code target/screenshots/BrowserIT/}; a failure leaves the screenshot and the HTML of the page it failed on.
 *
 * <p>The walk creates everything it uses (a state with a random code), so it does not depend on
 * the demo data.
 */
@Order(1)
class BrowserIT extends BrowserWalk {

    @Test
    void threePeopleTakeAMilestoneFromDraftToVerifiedAndThePublicSeesIt() throws Exception {
        try {
            walk();
        } catch (Throwable failure) {
            saveFailure();
            throw failure;
        }
    }

    private void walk() throws Exception {
        SecureRandom random = new SecureRandom();
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            suffix.append((char) ('A' + random.nextInt(26)));
        }
        String code = "B" + suffix;
        String low = code.toLowerCase(java.util.Locale.ROOT);
        String stateName = "Estado Navegador " + code;
        String agency = "Secretaría de Finanzas " + code;
        String cso = "Observatorio Ciudadano " + code + ", A.C.";
        String stlUser = "stl." + low;
        String stlName = "Laura Secretariado " + code;
        String csoUser = "osc." + low;
        String csoName = "Carlos Observatorio " + code;
        String password = "Navegador-" + suffix + "-2026";
        String planTitle = "Plan de Acción Local " + code + " 2026–2027";
        String commitmentTitle = "Sigue el dinero de la obra escolar " + code;
        String milestoneTitle = "Publicar el padrón de obras " + code;
        // the state of this walk lives in Sonora's zone (no daylight saving, an hour behind the
        // centre half the year): its today, by the system clock, is what its people may report on
        ZoneId sonora = ZoneId.of("America/Hermosillo");
        LocalDate today = Dates.today(Clock.systemUTC(), sonora);

        // ---------------------------------------------------------------- 2. the administrator
        signIn(TestDatabaseSession.ADMIN_USERNAME, TestDatabaseSession.ADMIN_PASSWORD, By.id("newState:code"), true);
        shot("admin-states");

        type(By.id("newState:code"), code);
        type(By.id("newState:name"), stateName);
        type(By.id("newState:secretariatName"), "Secretariado Técnico Local de " + stateName);
        chooseOne("newState:timeZone", "hora del Pacífico de México · America/Hermosillo");
        clickAndLoad(By.id("newState:create"), By.id("stateName"));
        assertThat(text(By.id("stateName"))).isEqualTo(stateName);
        assertGlobalMessage("Estado creado");
        assertThat(text(By.id("zone:timeZone_label"))).startsWith("hora del Pacífico de México · America/Hermosillo");
        shot("admin-state-created");

        addActor(agency, "Dependencia de gobierno");
        addActor(cso, "Organización de la sociedad civil");
        assertThat(text(By.id("actors"))).contains(agency, cso);
        shot("admin-actors-added", By.id("actors"));

        // a bad input first: a password that is too short is refused next to its field
        fillAccount(stlUser, stlName, "Secretariado Técnico Local", agency, "corta");
        click(By.id("newAccount:createAccount"));
        WebElement tooShort = wait.until(visibilityOfElementLocated(fieldMessage("newAccount:password")));
        assertThat(tooShort.getText()).isEqualTo("La contraseña debe tener al menos 10 caracteres.");
        assertThat(driver.getPageSource()).doesNotContain("Exception", "at org.");
        shot("admin-account-password-too-short");

        // the form kept what was typed: only the password is typed again
        assertThat(driver.findElement(By.id("newAccount:username")).getAttribute("value")).isEqualTo(stlUser);
        type(By.id("newAccount:password"), password);
        blur();
        clickAndLoad(By.id("newAccount:createAccount"), By.id("stateName"));
        assertGlobalMessage("Cuenta creada.");

        fillAccount(csoUser, csoName, "Actor responsable", cso, password);
        clickAndLoad(By.id("newAccount:createAccount"), By.id("stateName"));
        assertGlobalMessage("Cuenta creada.");
        String accounts = text(By.id("accountList:accounts"));
        assertThat(accounts).contains(stlUser, stlName, "Secretariado Técnico Local", agency, csoUser, csoName, cso);
        shot("admin-accounts-created", By.id("accountList:accounts"));
        signOut();

        // ---------------------------------------------------------------- 3. the secretariat
        signIn(stlUser, password, By.id("newPlan:title"), false);
        shot("stl-plans");
        type(By.id("newPlan:title"), planTitle);
        typeDate("newPlan:cycleStart", today.minusDays(90));
        typeDate("newPlan:cycleEnd", today.plusYears(1).plusDays(90));
        clickAndLoad(By.id("newPlan:create"), By.id("planTitle"));
        assertThat(text(By.id("planTitle"))).contains(planTitle, "Borrador");
        long planId = idIn(driver.getCurrentUrl());
        shot("stl-plan-created");
        type(By.id("planForm:theoryActivities"), "Búsquedas del tesoro sobre el gasto en escuelas; mesas de cocreación.");
        type(By.id("planForm:theoryProducts"), "Padrón de obras y gasto por escuela publicados en datos abiertos.");
        type(By.id("planForm:theoryResults"), "Madres y padres vigilan la obra de su escuela.");
        type(By.id("planForm:theoryImpact"), "Menos obra inconclusa y mejor uso del dinero público.");
        clickAndLoad(By.id("planForm:save"), By.id("planTitle"));
        assertGlobalMessage("Cambios guardados.");

        type(By.id("newCommitment:title"), commitmentTitle);
        clickAndLoad(By.id("newCommitment:createCommitment"), By.id("stlCommitmentTitle"));
        assertThat(text(By.id("stlCommitmentTitle"))).contains(commitmentTitle, "Borrador");
        long commitmentId = idIn(driver.getCurrentUrl());

        // approving an empty draft is refused, and each missing field says so
        clickAndLoad(By.id("workflowForm:submit"), By.id("stlCommitmentTitle"));
        assertGlobalMessage("Compromiso enviado a revisión.");
        assertThat(text(By.id("stlCommitmentTitle"))).contains("En revisión");
        clickAndLoad(By.id("workflowForm:approve"), By.id("stlCommitmentTitle"));
        assertGlobalMessage("Para publicar, complete los campos marcados.");
        for (String field : List.of("problem", "objective", "description", "leadInstitution", "startDate", "endDate")) {
            assertThat(text(fieldMessage("tabs:template:" + field))).as(field).isEqualTo("Requerido para publicar.");
        }
        assertThat(text(By.xpath("//*[@id='tabs:template:values']/following-sibling::*[contains(@class,'ui-message')]")))
                .isEqualTo("Requerido para publicar.");
        assertThat(text(By.id("workflowForm:milestones"))).isEqualTo("Agregue al menos un hito (pestaña «Hitos») antes de publicar.");
        assertThat(text(fieldMessage("tabs:template:coResponsibles")))
                .isEqualTo("Se necesita al menos una OSC corresponsable: firma la verificación de los hitos.");
        shot("stl-commitment-publish-refused");
        clickAndLoad(By.id("workflowForm:withdraw"), By.id("stlCommitmentTitle")); // back to draft, to be edited
        assertThat(text(By.id("stlCommitmentTitle"))).contains("Borrador");

        type(By.id("tabs:template:problem"), "Las madres y padres no saben cuánto se gastó en la rehabilitación de escuelas.");
        type(By.id("tabs:template:objective"), "Publicar cada trimestre el gasto por escuela en datos abiertos.");
        type(By.id("tabs:template:description"), "La Secretaría publica el padrón de obras y el gasto; el observatorio lo revisa.");
        chooseOne("tabs:template:leadInstitution", agency);
        chooseMany("tabs:template:coResponsibles", cso);
        check("tabs:template:valueTransparency");
        check("tabs:template:valueAccountability");
        typeDate("tabs:template:startDate", today.minusDays(60));
        typeDate("tabs:template:endDate", today.plusYears(1));
        type(By.id("tabs:template:budgetProgramKey"), "E047");
        type(By.id("tabs:template:budgetProgramName"), "Infraestructura educativa básica");
        type(By.id("tabs:template:fundingSource"), "Recursos estatales y FAM");
        type(By.id("tabs:template:dataSources"), "https://transparencia.example.org/presupuesto/E047");
        clickAndLoad(By.id("tabs:template:save"), By.id("stlCommitmentTitle"));
        assertGlobalMessage("Cambios guardados como versión 2.");
        assertThat(driver.findElement(By.id("tabs:template:budgetProgramKey")).getAttribute("value")).isEqualTo("E047");
        assertThat(text(By.id("tabs:template:leadInstitution_label"))).isEqualTo(agency);
        shot("stl-commitment-template-saved", true);
        // the template editor fits a 1,366 px laptop and a 390 px phone (it was 1,600-2,000 px and 1,000 px wide)
        try {
            for (int width : new int[] {1366, 390}) {
                width(width);
                driver.navigate().refresh();
                waitVisible(By.id("stlCommitmentTitle"));
                shot("stl-commitment-template-" + width, true);
                assertFitsTheWindow("template editor at " + width + " px");
            }
        } finally {
            phone(false);
        }

        // a refused form shows its own tab with its error, whatever tab the page was on: every tab of the page that
        // has a form (Vista previa, Bitácora and Origen have none), each with a required field left empty
        record RefusedForm(String tab, String input, String button) {
        }
        for (RefusedForm form : List.of(
                new RefusedForm("templateTab", "tabs:template:title", "tabs:template:save"),
                new RefusedForm("moneyTab", "tabs:budgetForm:fiscalYear_input", "tabs:budgetForm:putBudget"),
                new RefusedForm("milestonesTab", "tabs:milestoneForm:milestoneTitle", "tabs:milestoneForm:addMilestone"),
                new RefusedForm("commentsTab", "tabs:commentForm:comment", "tabs:commentForm:addComment"))) {
            open("stl/commitment?id=" + commitmentId + "&tab=" + CommitmentTab.ORIGIN.getIndex());
            waitVisible(By.id("stlCommitmentTitle"));
            click(By.cssSelector("a[href='#tabs:" + form.tab() + "']"));
            wait.until(visibilityOfElementLocated(By.id(form.input())));
            driver.findElement(By.id(form.input())).clear();
            clickAndLoad(By.id(form.button()), By.id("stlCommitmentTitle"));
            assertThat(driver.findElement(By.id(form.input())).isDisplayed()).as("the %s is shown", form.tab()).isTrue();
            assertThat(text(fieldMessage(form.input()))).as("the error on the %s", form.tab()).isNotBlank();
            shot("stl-commitment-refused-" + form.tab());
        }
        // and keeps what was typed: a milestone refused by a rule (the end before the start) keeps its title and dates
        open("stl/commitment?id=" + commitmentId);
        waitVisible(By.id("stlCommitmentTitle"));
        click(By.cssSelector("a[href='#tabs:milestonesTab']"));
        wait.until(visibilityOfElementLocated(By.id("tabs:milestoneForm:milestoneTitle")));
        type(By.id("tabs:milestoneForm:milestoneTitle"), "Hito con fechas al revés");
        typeDate("tabs:milestoneForm:startDate", today.minusDays(10));
        typeDate("tabs:milestoneForm:endDate", today.minusDays(20));
        clickAndLoad(By.id("tabs:milestoneForm:addMilestone"), By.id("stlCommitmentTitle"));
        assertThat(driver.findElement(By.id("tabs:milestoneForm:milestoneTitle")).isDisplayed()).as("the Hitos tab is shown").isTrue();
        assertThat(text(fieldMessage("tabs:milestoneForm:endDate"))).isNotBlank();
        assertThat(driver.findElement(By.id("tabs:milestoneForm:endDate_input")).getAttribute("value"))
                .as("the refused end date is kept").isEqualTo(today.minusDays(20).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(driver.findElement(By.id("tabs:milestoneForm:milestoneTitle")).getAttribute("value")).isEqualTo("Hito con fechas al revés");
        shot("stl-commitment-milestone-refused");
        open("stl/commitment?id=" + commitmentId);
        waitVisible(By.id("stlCommitmentTitle"));

        click(By.cssSelector("a[href='#tabs:moneyTab']"));
        wait.until(visibilityOfElementLocated(By.id("tabs:budgetForm:fiscalYear_input")));
        typeNumber("tabs:budgetForm:fiscalYear", String.valueOf(today.getYear()));
        typeNumber("tabs:budgetForm:approved", "1500000");
        typeNumber("tabs:budgetForm:modified", "1350000");
        typeNumber("tabs:budgetForm:spent", "900000");
        clickAndLoad(By.id("tabs:budgetForm:putBudget"), By.id("tabs:budgetForm:budgetLines"));
        assertGlobalMessage("Montos guardados.");
        assertThat(text(By.id("tabs:budgetForm:budgetLines"))).contains(String.valueOf(today.getYear()), "1,500,000.00", "1,350,000.00", "900,000.00");
        shot("stl-commitment-money");

        // everything but a milestone: approval is still refused (milestones may be added while in review)
        clickAndLoad(By.id("workflowForm:submit"), By.id("stlCommitmentTitle"));
        clickAndLoad(By.id("workflowForm:approve"), By.id("stlCommitmentTitle"));
        assertGlobalMessage("Para publicar, complete los campos marcados.");
        assertThat(text(By.id("workflowForm:milestones"))).isEqualTo("Agregue al menos un hito (pestaña «Hitos») antes de publicar.");
        shot("stl-commitment-publish-refused-no-milestone");
        assertThat(text(By.id("stlCommitmentTitle"))).contains("En revisión");

        click(By.cssSelector("a[href='#tabs:milestonesTab']"));
        wait.until(visibilityOfElementLocated(By.id("tabs:milestoneForm:milestoneTitle")));
        type(By.id("tabs:milestoneForm:milestoneTitle"), milestoneTitle);
        chooseMany("tabs:milestoneForm:responsibles", cso);
        type(By.id("tabs:milestoneForm:deliverable"), "Padrón de obras 2026 en CSV con monto, avance y ubicación de cada escuela.");
        typeNumber("tabs:milestoneForm:weight", "2");
        typeDate("tabs:milestoneForm:startDate", today.minusDays(30));
        typeDate("tabs:milestoneForm:endDate", today.plusDays(60));
        clickAndLoad(By.id("tabs:milestoneForm:addMilestone"), By.id("tabs:milestoneForm:milestoneTable"));
        assertGlobalMessage("Hito agregado.");
        WebElement milestoneLink = driver.findElement(By.cssSelector("a.milestone-link"));
        assertThat(milestoneLink.getText()).isEqualTo(milestoneTitle);
        long milestoneId = idIn(milestoneLink.getAttribute("href"));
        assertThat(text(By.id("tabs:milestoneForm:milestoneTable"))).contains("Por iniciar");
        shot("stl-commitment-milestone-added");

        clickAndLoad(By.id("workflowForm:approve"), By.id("stlCommitmentTitle"));
        assertGlobalMessage("Compromiso aprobado.");
        clickAndLoad(By.id("workflowForm:publish"), By.id("stlCommitmentTitle"));
        assertGlobalMessage("Compromiso publicado: el público ve la versión 2.");
        assertThat(text(By.id("stlCommitmentTitle"))).contains("Publicado");
        shot("stl-commitment-published");

        open("stl/plan?id=" + planId);
        waitVisible(By.id("planTitle"));
        clickAndLoad(By.id("publishForm:publish"), By.id("planTitle"));
        assertGlobalMessage("Plan publicado");
        assertThat(text(By.id("commitments"))).contains(commitmentTitle, "Publicado", agency);
        shot("stl-plan-published");
        signOut();

        // ---------------------------------------------------------------- 4. the CSO reports progress
        signIn(csoUser, password, By.id("mine"), false);
        List<WebElement> mine = driver.findElements(By.cssSelector("[id='mine_data'] > tr"));
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).getText()).contains(commitmentTitle, milestoneTitle, "Por iniciar");
        assertThat(text(By.id("signoffs:awaiting"))).contains("No hay hitos pendientes de su firma.");
        shot("actor-my-milestones");

        byte[] pdf = TestFiles.pdf("Padron de obras " + code);
        Path pdfFile = TARGET.resolve("browser-evidence-" + low + ".pdf");
        Files.write(pdfFile, pdf);
        String pdfSha256 = sha256(pdf);

        clickAndLoad(By.cssSelector(".report-button"), By.id("report:narrative"));
        assertThat(text(By.id("milestoneTitle"))).isEqualTo(milestoneTitle);
        // a refused report says plainly that the chosen file must be chosen again
        driver.findElement(By.cssSelector("form[id='report'] input[type='file']")).sendKeys(pdfFile.toString());
        clickAndLoad(By.id("report:submit"), By.id("report:narrative"));
        assertThat(text(By.cssSelector("form[id='report'] .choose-again"))).contains("elíjalos de nuevo");
        shot("actor-report-refused-choose-again");
        type(By.id("report:narrative"), "Publicamos el padrón de obras de 2026 con 48 escuelas; faltan los montos por escuela.");
        typeNumber("report:percent", "60");
        driver.findElement(By.cssSelector("form[id='report'] input[type='file']")).sendKeys(pdfFile.toString());
        wait.until(d -> text(By.cssSelector("form[id='report'] .ui-fileupload-filename")).contains(pdfFile.getFileName().toString()));
        type(By.id("report:link"), "https://transparencia.example.org/obras/" + low);
        shot("actor-report-form", true);
        clickAndLoad(By.id("report:submit"), By.id("mine"));
        assertGlobalMessage("Reporte guardado con 2 evidencias (archivos o enlaces).");
        assertThat(text(By.id("mine"))).contains(milestoneTitle, "En proceso", "60%");
        shot("actor-report-saved");
        signOut();

        // ---------------------------------------------------------------- 5. completion and the two sign-offs
        signIn(stlUser, password, By.id("newPlan:title"), false);
        open("stl/milestone?id=" + milestoneId);
        waitVisible(By.id("milestoneTitle"));
        assertThat(text(By.id("reports"))).contains(csoName, "60%", pdfFile.getFileName().toString(), pdfSha256);
        // a 60 % report is no final report: Completo asks for a reason, beside its field, and keeps the status
        clickAndLoad(By.cssSelector("button.move-COMPLETE"), By.id("milestoneTitle"));
        assertThat(text(By.id("workflow"))).contains("el último reporte debe decir 100 % y traer evidencia");
        assertThat(text(By.cssSelector(".stats"))).contains("En proceso");
        String reason = "Entregado en la sesión pública del comité; el padrón completo consta en el acta.";
        type(By.id("workflow:completionReason"), reason);
        clickAndLoad(By.cssSelector("button.move-COMPLETE"), By.id("milestoneTitle"));
        assertGlobalMessage("El hito pasó a «Completo».");
        assertThat(text(By.id("workflow"))).contains(reason, "Pendiente");
        // signing asks for confirmation first
        click(By.cssSelector("button.sign-GOVERNMENT_LEAD"));
        waitVisible(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        shot("stl-milestone-confirm-signoff");
        clickAndLoad(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"), By.id("milestoneTitle"));
        assertGlobalMessage("Firma registrada.");
        String workflow = text(By.id("workflow"));
        assertThat(workflow).contains("Completo", "Firmó " + stlName);
        assertThat(driver.findElements(By.cssSelector("button.sign-CSO_CO_RESPONSIBLE"))).isEmpty();
        shot("stl-milestone-signed-by-government", true);

        open("stl/commitment?id=" + commitmentId + "&tab=4");
        waitVisible(By.id("tabs:auditForm:audit"));
        assertThat(text(By.id("tabs:auditForm:audit")))
                .contains(stlUser, csoUser, "Compromiso · publicación", "Compromiso · montos", "Hito · firma",
                        "Estatus: En proceso → Completo");
        shot("stl-commitment-change-log");
        signOut();

        signIn(csoUser, password, By.id("mine"), false);
        assertThat(text(By.id("signoffs:awaiting"))).contains(milestoneTitle);
        assertThat(text(By.id("mine"))).contains("Completo");
        assertThat(driver.findElements(By.cssSelector(".report-button"))).as("no reports on a complete milestone").isEmpty();
        shot("actor-awaiting-signoff");
        // the signer reads the latest report and its evidence where it signs, and who still has to sign
        assertThat(text(By.id("signoffs:awaiting"))).contains("60%", pdfFile.getFileName().toString(), reason, "Pendiente");
        click(By.cssSelector("button.sign-CSO_CO_RESPONSIBLE"));
        clickAndLoad(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"), By.id("mine"));
        assertGlobalMessage("Firma registrada.");
        assertThat(text(By.id("mine"))).contains(milestoneTitle, "Verificado");
        assertThat(text(By.id("signoffs:awaiting"))).contains("No hay hitos pendientes de su firma.");
        assertThat(driver.findElements(By.cssSelector(".report-button"))).isEmpty();
        shot("actor-signed-verified");
        signOut();

        // ---------------------------------------------------------------- 6./7. the public
        WebElement card = waitVisible(By.xpath("//section[contains(@class,'state-card')][h3[normalize-space()=" + literal(stateName) + "]]"));
        assertThat(card.getText()).contains(planTitle, "100%");
        assertThat(card.findElements(By.cssSelector(".progress"))).hasSize(2); // the state's and the plan's
        waitForCharts();
        shot("public-home", true);

        clickAndLoad(By.xpath("//section[contains(@class,'state-card')][h3[normalize-space()=" + literal(stateName)
                + "]]//a[contains(@class,'plan-link')]"), By.id("planTitle"));
        assertThat(text(By.id("planTitle"))).isEqualTo(planTitle);
        assertThat(text(By.id("commitments"))).contains(commitmentTitle, agency, "100%");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Menos obra inconclusa");
        shot("public-plan");

        clickAndLoad(By.linkText(commitmentTitle), By.id("commitmentTitle"));
        assertThat(driver.getCurrentUrl()).contains("commitment?id=" + commitmentId);
        WebElement milestone = driver.findElement(By.xpath("//section[contains(@class,'milestone')][h3[normalize-space()="
                + literal(milestoneTitle) + "]]"));
        assertThat(milestone.findElement(By.cssSelector(".badge.status-VERIFIED")).getText()).isEqualTo("Verificado");
        List<String> signOffs = milestone.findElements(By.cssSelector(".signoff")).stream().map(WebElement::getText).toList();
        assertThat(signOffs).hasSize(2);
        assertThat(signOffs.get(0)).startsWith("Institución responsable (gobierno):").containsPattern(
                "Firmó " + Pattern.quote(stlName) + " el \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        assertThat(signOffs.get(1)).startsWith("OSC corresponsable:").containsPattern(
                "Firmó " + Pattern.quote(csoName) + " el \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        WebElement evidenceLink = milestone.findElement(By.cssSelector("a.evidence-file"));
        assertThat(evidenceLink.getText()).isEqualTo(pdfFile.getFileName().toString());
        assertThat(milestone.findElement(By.cssSelector(".evidence .hash:not(.log-entry)")).getText()).isEqualTo("SHA-256: " + pdfSha256);
        assertThat(milestone.findElement(By.cssSelector(".evidence .log-entry")).getText()).startsWith("Registro público, entrada ");
        assertThat(milestone.getText()).contains("https://transparencia.example.org/obras/" + low, csoName, "60%");
        // verified over a 60 % report: the page says why
        assertThat(text(By.cssSelector(".completion-reason"))).contains(reason);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("E047", "Infraestructura educativa básica",
                "Recursos estatales y FAM", "https://transparencia.example.org/presupuesto/E047");
        assertThat(text(By.id("budget"))).contains(String.valueOf(today.getYear()), "1,500,000.00", "900,000.00");

        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(evidenceLink.getAttribute("href"))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(download.headers().firstValue("X-Content-SHA256")).contains(pdfSha256);
        assertThat(download.body()).isEqualTo(pdf);
        shot("public-commitment", true);

        // the same page on a phone: nothing wider than the screen
        phone(true);
        try {
            driver.navigate().refresh();
            waitVisible(By.id("commitmentTitle"));
            Number pageWidth = (Number) js("return document.documentElement.scrollWidth;");
            shot("public-commitment-phone", true);
            assertThat(pageWidth.intValue()).as("page width on a 390 px wide phone").isLessThanOrEqualTo(390);
            assertThat(text(By.id("budgetTotal"))).as("the money total on a phone").contains("1,500,000.00");
        } finally {
            phone(false);
        }
        try {
            width(1366);
            driver.navigate().refresh();
            waitVisible(By.id("commitmentTitle"));
            shot("public-commitment-1366", true);
            assertFitsTheWindow("public commitment page at 1366 px");
        } finally {
            phone(false);
        }
        // the page explains itself
        assertThat(driver.findElement(By.id("howToRead")).getAttribute("textContent")).contains("Cómo leer esta página", "Atrasado", "no registrado");
        assertThat(text(By.id("lastUpdated"))).startsWith("Última actualización:");

        // the commitment page in English: the address keeps its id, a reload stays in English, and back
        clickAndLoad(By.id("nav:langEn"), By.id("commitmentTitle"));
        assertThat(driver.getCurrentUrl()).endsWith("commitment?id=" + commitmentId);
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(text(By.tagName("main"))).contains("Verified", "Reason:");
        driver.navigate().refresh();
        waitVisible(By.id("commitmentTitle"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        shot("public-commitment-english", true);
        clickAndLoad(By.id("nav:langEs"), By.id("commitmentTitle"));
        assertThat(driver.getCurrentUrl()).endsWith("commitment?id=" + commitmentId);
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");

        // every public page switches language keeping its address, and stays switched on reload
        for (String[] page : new String[][] {{"plan?id=" + planId}, {"toolbox"}, {"login"}, {"opendata"}}) {
            open(page[0]);
            waitVisible(By.tagName("main"));
            clickAndLoad(By.id("nav:langEn"), By.tagName("main"));
            assertThat(driver.getCurrentUrl()).endsWith(page[0]);
            driver.navigate().refresh();
            waitVisible(By.tagName("main"));
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as(page[0]).isEqualTo("en");
            assertThat(driver.getPageSource()).doesNotContain("???");
            clickAndLoad(By.id("nav:langEs"), By.tagName("main"));
            assertThat(driver.getCurrentUrl()).endsWith(page[0]);
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as(page[0]).isEqualTo("es");
        }

        // the open data page (issue 14): downloads and the dictionary, reached from the footer, on a phone too
        clickAndLoad(By.id("footerOpenData"), By.id("dictionary"));
        assertThat(driver.findElements(By.cssSelector("#downloadAll a.download"))).hasSize(3);
        shot("opendata", true);
        phone(true);
        try {
            driver.navigate().refresh();
            waitVisible(By.id("dictionary"));
            shot("opendata-phone", true);
            assertFitsTheWindow("open data page on a 390 px wide phone");
        } finally {
            phone(false);
        }

        // the home page in English
        open("");
        waitVisible(By.id("states"));
        clickAndLoad(By.id("nav:langEn"), By.id("states"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(text(By.id("nav:login"))).isEqualTo("Sign in");
        assertThat(driver.getPageSource()).doesNotContain("???");
        waitForCharts();
        shot("public-home-english");
        clickAndLoad(By.id("nav:langEs"), By.id("states"));

        // the state's public page (issue 14), reached from its card, on a phone
        clickAndLoad(By.xpath("//section[contains(@class,'state-card')][h3[normalize-space()=" + literal(stateName)
                + "]]//a[contains(@class,'state-link')]"), By.id("stateTitle"));
        assertThat(text(By.id("planFigures"))).contains(planTitle);
        phone(true);
        try {
            driver.navigate().refresh();
            waitVisible(By.id("stateFigures"));
            shot("public-state-phone", true);
            assertFitsTheWindow("a state's public page on a 390 px wide phone");
        } finally {
            phone(false);
        }

        // ---------------------------------------------------------------- 8. the secretariat imports commitments from a file
        importCommitments(stlUser, password, planId, today, agency, cso, code);
    }

    /**
     * Issue 14: a file with a date that does not exist is checked (nothing saved), its problem shown at
     * its row and column; the file fixed, checked again and imported in the background, the progress
     * bar, then the plan page with what was created (a draft commitment, its milestone and activity).
     */
    private void importCommitments(String stlUser, String password, long planId, LocalDate today, String agency, String cso,
                                   String code) throws IOException {
        String file = "{\"commitments\":[{\"commitmentId\":1,\"title\":\"Becas en datos abiertos " + code + "\","
                + "\"problem\":\"El padrón de becas no se publica.\",\"objective\":\"Publicar el padrón cada trimestre.\","
                + "\"description\":\"Padrón en datos abiertos.\",\"values\":[\"TRANSPARENCY\"],\"leadInstitution\":\"" + agency
                + "\",\"coResponsibles\":[\"" + cso + "\"],\"startDate\":\"" + today.minusDays(30) + "\",\"endDate\":\""
                + today.plusYears(1) + "\"}],\"milestones\":[{\"commitmentId\":1,\"milestoneId\":1,\"title\":\"Primer padrón publicado\","
                + "\"startDate\":\"" + today.minusDays(20) + "\",\"endDate\":\"@END@\",\"weight\":1,\"status\":\"IN_PROGRESS\","
                + "\"progress\":30,\"responsibles\":[\"" + cso + "\"]}],\"activities\":[{\"activityId\":1,\"milestoneId\":1,"
                + "\"title\":\"Depurar el padrón\",\"startDate\":\"" + today.minusDays(20) + "\",\"endDate\":\"" + today.plusDays(30)
                + "\",\"responsible\":\"" + cso + "\",\"status\":\"PENDING\"}]}";
        Path broken = shots.resolve("import-with-a-problem.json");
        Files.writeString(broken, file.replace("@END@", today.getYear() + 1 + "-02-31"));
        Path fixed = shots.resolve("import-fixed.json");
        Files.writeString(fixed, file.replace("@END@", today.plusDays(200).toString()));

        signIn(stlUser, password, By.id("newPlan:title"), false);
        open("stl/import?plan=" + planId);
        waitVisible(By.id("importTitle"));
        driver.findElement(By.cssSelector("form[id='fileForm'] input[type='file']")).sendKeys(broken.toString());
        clickAndLoad(By.id("fileForm:check"), By.id("problemsTitle"));
        assertThat(text(By.id("problems"))).contains("milestones[0], columna «endDate»", "no es una fecha válida");
        assertThat(driver.findElements(By.id("previewForm:run"))).isEmpty();
        shot("import-problem-at-its-row", By.id("problemsTitle"));

        driver.findElement(By.cssSelector("form[id='fileForm'] input[type='file']")).sendKeys(fixed.toString());
        clickAndLoad(By.id("fileForm:check"), By.id("ready"));
        assertThat(text(By.id("previewCount"))).isEqualTo("1 compromiso con 1 hito.");
        assertThat(text(By.id("previewForm"))).contains("Becas en datos abiertos " + code, "Primer padrón publicado", "1 actividad");
        shot("import-ready", By.id("ready"));
        click(By.id("previewForm:run"));
        waitVisible(By.id("planTitle"));
        assertThat(driver.getPageSource()).contains("Se creó 1 compromiso con 1 hito");
        shot("import-done");
        signOut();
    }

    // ------------------------------------------------------------------------------ steps of this walk

    private void addActor(String name, String typeLabel) {
        type(By.id("newActor:actorName"), name);
        chooseOne("newActor:actorType", typeLabel);
        clickAndLoad(By.id("newActor:addActor"), By.id("stateName"));
        assertGlobalMessage("Actor agregado.");
        assertThat(text(By.id("actors"))).contains(name, typeLabel);
    }

    private void fillAccount(String username, String fullName, String roleLabel, String organization, String password) {
        type(By.id("newAccount:username"), username);
        type(By.id("newAccount:fullName"), fullName);
        type(By.id("newAccount:email"), username + "@cocrea.example");
        chooseOne("newAccount:role", roleLabel);
        chooseOne("newAccount:actor", organization);
        type(By.id("newAccount:password"), password);
        blur(); // closes the password strength panel
    }

}
