package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import org.cocrea.demo.DemoAccounts;
import org.cocrea.support.BrowserWalk;
import org.cocrea.shared.Dates;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The road to a commitment (issue 3, points 1 to 5) in a real browser, as Durango's secretariat
 * walks it: the actor map with its guard against the same organization entered twice, a new plan
 * moved from its first phase to the second, a priority scored and turned into a draft, a
 * co-creation session with attendance and an overdue agreement, and the draft sent to review,
 * sent back with a requested change, edited into a second version and compared side by side.
 * Then the public reads where a published commitment came from, and the toolbox. Screenshots go
 * to {@code target/screenshots/CoCreationBrowserIT/}.
 *
 * <p>It signs in with a demo account (the test database holds the demo data) and names what it
 * creates with a random code, so it neither depends on nor disturbs other tests.
 */
@Order(3)
class CoCreationBrowserIT extends BrowserWalk {

    @Test
    void aSecretariatWalksFromItsActorsToAReviewedDraftAndThePublicSeesWhereCommitmentsComeFrom() throws Exception {
        try {
            walk();
        } catch (Throwable failure) {
            saveFailure();
            throw failure;
        }
    }

    private void walk() {
        String code = randomCode();
        String cso = "Colectivo Ríos Vivos del Guadiana " + code + ", A.C.";
        String planTitle = "Plan de Acción Local de prueba " + code;
        String priorityTitle = "Agua potable intermitente en colonias del oriente " + code;
        String draftTitle = "Agua potable con gasto abierto " + code;
        String sessionTitle = "Mesa de cocreación sobre agua " + code;
        // the state of this walk keeps the default zone (Mexico City): its today, by the system clock
        LocalDate today = Dates.today(Clock.systemUTC(), Dates.DEFAULT_ZONE);

        signIn("secretariado.dgo", DemoAccounts.PASSWORD, By.id("nav:account"), false);

        // ---------------------------------------------------------------- 1. the actor map
        open("stl/actors");
        waitVisible(By.id("total"));
        shot("actor-map");
        type(By.id("newActor:actorName"), cso);
        chooseOne("newActor:actorType", "Organización de la sociedad civil");
        type(By.id("newActor:email"), "contacto." + code.toLowerCase(java.util.Locale.ROOT) + "@rios-vivos.example.mx");
        clickAndLoad(By.id("newActor:save"), By.id("total"));
        assertThat(driver.getPageSource()).contains(cso);

        // the same organization, typed without accents or its legal form, is refused next to the name
        type(By.id("newActor:actorName"), "Colectivo Rios Vivos del Guadiana " + code);
        chooseOne("newActor:actorType", "Organización de la sociedad civil");
        click(By.id("newActor:save"));
        assertThat(waitVisible(fieldMessage("newActor:actorName")).getText()).startsWith("Ya existe");
        shot("actor-map-duplicate-refused", By.id("newActor"));

        // a look-alike is only a warning: the secretariat may save it anyway
        String lookAlike = "Colectivos Ríos Vivos del Guadiana " + code;
        type(By.id("newActor:actorName"), lookAlike);
        click(By.id("newActor:save"));
        assertThat(text(By.id("similarWarning"))).contains("Se parece a", cso);
        shot("actor-map-look-alike-warning", By.id("newActor"));
        clickAndLoad(By.id("newActor:saveAnyway"), By.id("total"));
        assertThat(driver.getPageSource()).contains(lookAlike);

        // ---------------------------------------------------------------- 2. a plan and its phases
        open("stl/plans");
        type(By.id("newPlan:title"), planTitle);
        typeDate("newPlan:cycleStart", LocalDate.of(today.getYear(), 1, 1));
        typeDate("newPlan:cycleEnd", LocalDate.of(today.getYear() + 1, 12, 31));
        clickAndLoad(By.id("newPlan:create"), By.id("planTitle"));
        long planId = idIn(driver.getCurrentUrl());
        click(By.id("advanceForm:advance"));
        waitForText(By.id("advanceForm"), "Márquelos o confirme");
        shot("plan-phase-pending", By.id("phasesTitle"));
        for (int item = 0; item < 3; item++) {
            clickAndLoad(By.xpath("(//*[contains(@class,'phase-current')]//li[contains(@class,'pending')]//a)[1]"),
                    By.id("phasesTitle"));
        }
        clickAndLoad(By.id("advanceForm:advance"), By.id("phasesTitle"));
        assertGlobalMessage("El plan pasó a la siguiente fase.");
        assertThat(text(By.cssSelector(".phase-current .phase-head"))).contains("2. Formación");
        shot("plan-phase-advanced", By.id("phasesTitle"));

        // ---------------------------------------------------------------- 3. a priority, scored, becomes a draft
        clickAndLoad(By.id("toPriorities"), By.id("prioritiesTitle"));
        type(By.id("newPriority:title"), priorityTitle);
        type(By.id("newPriority:description"), "El servicio de agua llega dos días por semana; no se sabe cuánto se invierte ni dónde.");
        clickAndLoad(By.id("newPriority:create"), By.id("priorityTitle"));
        click(By.xpath("//*[@id='scoreForm:score']//label[normalize-space()='5']"));
        clickAndLoad(By.id("scoreForm:saveScore"), By.id("priorityTitle"));
        assertThat(text(By.id("meanScore"))).contains("5");
        shot("priority-scored");
        open("stl/priorities?plan=" + planId);
        waitForCharts();
        assertThat(text(By.id("ranking"))).contains(priorityTitle);
        shot("priorities-ranking");
        click(By.linkText(priorityTitle));
        type(By.id("draftForm:draftTitle"), draftTitle);
        clickAndLoad(By.id("draftForm:draft"), By.id("stlCommitmentTitle"));
        long draftId = idIn(driver.getCurrentUrl());
        assertThat(text(By.id("stlCommitmentTitle"))).contains(draftTitle, "Borrador");

        // ---------------------------------------------------------------- 4. a co-creation session
        open("stl/sessions?plan=" + planId);
        type(By.id("newSession:title"), sessionTitle);
        chooseOne("newSession:kind", "Cocreación");
        typeDate("newSession:heldOn", today.minusDays(20));
        type(By.id("newSession:place"), "Sala del órgano garante, Victoria de Durango");
        clickAndLoad(By.id("newSession:createSession"), By.id("sessionTitle"));
        long sessionId = idIn(driver.getCurrentUrl());

        open("stl/session?id=" + sessionId + "&tab=1");
        addAttendee(cso, "Irma Castañeda", "Mujer");
        addAttendee("Secretaría de Finanzas y de Administración del Estado de Durango", "Arturo Gurrola", "Hombre");
        assertThat(text(By.id("attendanceCount"))).contains("2");
        waitForCharts();
        shot("session-attendance-figures", By.id("tabs:attendanceForm"));

        // a refused agreement (no text) comes back on the Acuerdos tab with its error and the date typed
        open("stl/session?id=" + sessionId);
        waitVisible(By.id("sessionTitle"));
        click(By.cssSelector("a[href='#tabs:agreementsTab']"));
        typeDate("tabs:addAgreement:agreementDue", today.plusDays(9));
        clickAndLoad(By.id("tabs:addAgreement:addAgreementButton"), By.id("sessionTitle"));
        assertThat(driver.findElement(By.id("tabs:addAgreement:agreementText")).isDisplayed()).as("the Acuerdos tab is shown").isTrue();
        assertThat(text(fieldMessage("tabs:addAgreement:agreementText"))).isNotBlank();
        assertThat(driver.findElement(By.id("tabs:addAgreement:agreementDue_input")).getAttribute("value"))
                .isEqualTo(today.plusDays(9).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        shot("session-agreement-refused", By.id("tabs:addAgreement"));

        open("stl/session?id=" + sessionId + "&tab=3");
        type(By.id("tabs:addAgreement:agreementText"), "Entregar el padrón de tomas de agua por colonia " + code);
        chooseOne("tabs:addAgreement:agreementOwner", "Secretaría de Finanzas");
        typeDate("tabs:addAgreement:agreementDue", today.minusDays(3));
        clickAndLoad(By.id("tabs:addAgreement:addAgreementButton"), By.id("sessionTitle"));
        assertGlobalMessage("Acuerdo registrado.");
        assertThat(text(By.id("tabs:agreementsForm"))).contains("Atrasado");
        shot("session-agreement-overdue", By.id("tabs:agreementsForm"));

        open("stl/session?id=" + sessionId + "&tab=4");
        chooseOne("tabs:linkCommitment:commitmentToLink", draftTitle);
        clickAndLoad(By.id("tabs:linkCommitment:linkButton"), By.id("sessionTitle"));
        assertThat(driver.getPageSource()).contains(draftTitle);

        // ---------------------------------------------------------------- 5. review, a requested change, version 2
        open("stl/commitment?id=" + draftId);
        clickAndLoad(By.id("workflowForm:submit"), By.id("stlCommitmentTitle"));
        assertThat(text(By.id("stlCommitmentTitle"))).contains("En revisión");
        click(By.id("requestChangesForm:requestChanges"));
        assertThat(waitVisible(fieldMessage("requestChangesForm:reason")).isDisplayed()).isTrue();
        type(By.id("requestChangesForm:reason"), "Digan cuántas colonias y con qué periodicidad se publicará el gasto.");
        shot("draft-in-review", By.id("requestChangesForm"));
        clickAndLoad(By.id("requestChangesForm:requestChanges"), By.id("stlCommitmentTitle"));
        assertThat(text(By.id("stlCommitmentTitle"))).contains("Cambios solicitados");

        open("stl/commitment?id=" + draftId + "&tab=0");
        type(By.id("tabs:template:objective"), "Publicar cada mes, en datos abiertos, el gasto en agua potable de las 40 colonias del oriente.");
        clickAndLoad(By.id("tabs:template:save"), By.id("stlCommitmentTitle"));
        open("stl/commitment?id=" + draftId + "&tab=5");
        assertThat(waitVisible(By.id("diff")).findElements(By.cssSelector(".diff-ins"))).isNotEmpty();
        shot("draft-versions-side-by-side", By.id("diff"));
        open("stl/commitment?id=" + draftId + "&tab=6");
        assertThat(text(By.id("tabs:commentsTab"))).contains("Digan cuántas colonias");
        shot("draft-comments", By.id("tabs:commentsTab"));
        open("stl/commitment?id=" + draftId + "&tab=7");
        assertThat(text(By.id("commitmentOrigin"))).contains(priorityTitle, sessionTitle, cso);
        shot("draft-origin", By.id("commitmentOrigin"));
        signOut();

        // ---------------------------------------------------------------- the public: where a commitment came from
        open("commitment?id=" + draftId);
        assertThat(text(By.tagName("h1"))).isEqualTo("Página no encontrada");
        open("");
        clickAndLoad(By.xpath("//section[contains(@class,'state-card')][h3[normalize-space()='Durango']]//a[contains(@class,'plan-link')]"),
                By.id("planTitle"));
        clickAndLoad(By.linkText("Vacunación y salud comunitaria con gasto abierto"), By.id("commitmentOrigin"));
        String origin = text(By.id("commitmentOrigin"));
        assertThat(origin).contains("Cobertura de vacunación desigual entre municipios", "Mesa de cocreación 1", "Cocreación");
        // no contact details, minutes, attendees' names or people taking part on their own
        assertThat(driver.getPageSource()).doesNotContain("@dgo.ejemplo.mx", "Se revisó la priorización", "Sofía Reyes Soto",
                "contralora social");
        shot("public-commitment-origin", By.id("commitmentOrigin"));
        phone(true);
        shot("public-commitment-origin-phone", By.id("commitmentOrigin"));
        phone(false);

        open("toolbox");
        assertThat(driver.getPageSource()).contains("Guía para la cocreación de planes de acción locales")
                .doesNotContain("Minuta tipo de las mesas de cocreación");
        shot("public-toolbox");
    }

    private void addAttendee(String organization, String name, String genderLabel) {
        chooseOne("tabs:addAttendance:attendanceActor", organization);
        type(By.id("tabs:addAttendance:attendeeName"), name);
        chooseOne("tabs:addAttendance:attendanceGender", genderLabel);
        clickAndLoad(By.id("tabs:addAttendance:addAttendanceButton"), By.id("sessionTitle"));
        assertGlobalMessage("Asistencia registrada.");
    }

    private static String randomCode() {
        SecureRandom random = new SecureRandom();
        StringBuilder code = new StringBuilder("W");
        for (int i = 0; i < 5; i++) {
            code.append((char) ('A' + random.nextInt(26)));
        }
        return code.toString();
    }
}
