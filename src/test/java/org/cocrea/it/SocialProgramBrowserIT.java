package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.cocrea.shared.Dates;
import org.cocrea.support.BrowserWalk;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.support.ScenarioServlet;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Social programs (issue 15) in a real browser, on a world of its own built by {@link Scenario} (a state, its
 * actors and its secretariat's account): the secretariat registers a program and publishes it, identifies two
 * risks with their likelihood and impact, reviews one of them later (its level falls: trend and history shown),
 * writes a recommendation to an authority and records the authority's answer; it records, for a vigilance
 * group it constitutes, a visit with a finding (a photo as evidence, published) and the group's complaint.
 * A citizen files a complaint from the public program page without an account, the secretariat channels it,
 * and the citizen follows it by its folio; the public program page at 1,366 px and on a phone (390 px, no
 * sideways scrolling). axe-core on four of these pages only (the public program page, the complaint form,
 * the folio page, the group's page); screenshots in {@code target/screenshots/SocialProgramBrowserIT/}.
 */
@Order(6)
class SocialProgramBrowserIT extends BrowserWalk {

    /** The pages axe-core checks here (the rest are forms of the same widgets that other walks check). */
    private static final Set<String> AXE_PAGES = Set.of("/program", "/file-complaint", "/complaint", "/stl/group");

    @Override
    protected boolean axeChecks(String address) {
        String path = address.replaceFirst("^[a-z]+://[^/]+/[^/]+", "").replaceFirst("[;?].*", "");
        return AXE_PAGES.contains(path);
    }

    @Test
    void theSecretariatWalksAProgramsRoadmapAndACitizenFollowsItsComplaint() throws Throwable {
        walkThrough(this::walk);
    }

    private void walk() throws IOException {
        World world = ScenarioServlet.newState(base, false);
        LocalDate today = Dates.today(Clock.systemUTC(), world.zone());
        String code = world.code();
        String programName = "Apoyo Alimentario a Adultos Mayores " + code;
        String agency = "Secretaría de la Contraloría " + code;
        String budgetRisk = "Los apoyos se entregan sin calendario publicado " + code + ".";
        String registryRisk = "El padrón no se depura de personas fallecidas " + code + ".";
        String recommendation = "Publicar cada mes el calendario de entrega por municipio " + code + ".";
        String authorityAnswer = "Se publicará el calendario de los municipios del norte a partir del próximo trimestre.";
        String groupName = "Comité de Contraloría Social de San Isidro " + code;
        String finding = "Doce personas beneficiarias no recibieron la despensa de octubre " + code + ".";
        String citizenName = "Vecina de San Isidro " + code;
        String citizenText = "En la entrega de noviembre pidieron una cuota para dar la despensa " + code + ".";

        // ---------------------------------------------------------------- 1. the secretariat registers and publishes a program
        signIn(world.secretariat(), Scenario.PASSWORD, By.id("nav:account"), false);
        open("stl/programs");
        type(By.id("newProgram:name"), programName);
        chooseOne("newProgram:agency", agency);
        type(By.id("newProgram:budgetProgramKey"), "S-176");
        type(By.id("newProgram:targetPopulation"), "Personas de 65 años o más sin pensión contributiva.");
        typeNumber("newProgram:beneficiariesPlanned", "12000");
        typeNumber("newProgram:beneficiariesReached", "9000");
        clickAndLoad(By.id("newProgram:create"), By.id("programTitle"));
        assertGlobalMessage("Programa social registrado.");
        long programId = idIn(driver.getCurrentUrl());
        assertThat(text(By.id("programTitle"))).isEqualTo(programName);
        assertThat(text(By.id("programFacts"))).contains(agency, "S-176", "12,000");
        // one line each (.kv dd keeps the source's line breaks); no empty list of open data sources under the facts
        assertThat(text(By.id("reached"))).isEqualTo("9,000 (75 %)");
        assertThat(driver.findElements(By.cssSelector("#programFacts ul"))).isEmpty();
        clickAndLoad(By.id("publishForm:publish"), By.id("programTitle"));
        assertGlobalMessage("Programa publicado");
        assertThat(text(By.id("visibility"))).isEqualTo("Publicado");
        assertReadable();
        shot("program-registered");

        // ---------------------------------------------------------------- 2. its risks, scored; one reviewed later
        clickAndLoad(By.id("publishForm:risksLink"), By.id("risksTitle"));
        long budgetRiskId = identify("Presupuesto", budgetRisk, "4", "4", today.minusDays(90));
        assertThat(text(By.id("currentLevel"))).contains("16 · alto", "(4 × 4)");
        clickAndLoad(By.xpath("//a[contains(@href, 'stl/risks')]"), By.id("risksTitle"));
        identify("Padrón de beneficiarios", registryRisk, "3", "2", null);
        assertThat(text(By.id("currentLevel"))).contains("6 · medio");
        clickAndLoad(By.xpath("//a[contains(@href, 'stl/risks')]"), By.id("risksTitle"));
        assertThat(text(By.id("risks"))).contains(budgetRisk, "16 · alto", registryRisk, "6 · medio");
        assertThat(text(By.id("heatMap"))).contains("1");
        assertReadable();
        shot("risks-scored", By.id("risksTitle"));

        clickAndLoad(By.xpath("//a[contains(@class,'risk-link')][contains(., " + literal(budgetRisk) + ")]"), By.id("riskTitle"));
        assertThat(idIn(driver.getCurrentUrl())).isEqualTo(budgetRiskId);
        typeDate("reviewForm:reviewedOn", today.minusDays(30));
        chooseOne("reviewForm:likelihood", "2");
        chooseOne("reviewForm:impact", "3");
        type(By.id("reviewForm:whatChanged"), "La dependencia publicó el calendario de entregas de tres municipios.");
        clickAndLoad(By.id("reviewForm:review"), By.id("riskTitle"));
        assertGlobalMessage("Revisión guardada");
        assertThat(text(By.id("currentLevel"))).contains("6 · medio", "(2 × 3)", "↓ baja", "16 → 6");
        assertThat(text(By.id("history"))).contains(DAY.format(today.minusDays(30)), "publicó el calendario", world.secretariat());
        assertReadable();
        shot("risk-reviewed-later");

        // ---------------------------------------------------------------- 3. a recommendation, and the authority's answer
        open("stl/recommendations?program=" + programId);
        waitVisible(By.id("recommendationsTitle"));
        chooseOne("newRecommendation:authority", agency);
        typeDate("newRecommendation:answerDueOn", today.plusDays(30));
        type(By.id("newRecommendation:what"), recommendation);
        tick("newRecommendation:risks", budgetRisk);
        clickAndLoad(By.id("newRecommendation:create"), By.id("recommendationTitle"));
        assertGlobalMessage("Recomendación registrada.");
        assertThat(text(By.id("recommendations"))).contains(recommendation, "Presupuesto", agency, "Sin respuesta");

        chooseOne("answerForm:answer", "Aceptada en parte");
        typeDate("answerForm:answeredOn", today);
        type(By.id("answerForm:answerText"), authorityAnswer);
        clickAndLoad(By.id("answerForm:saveAnswer"), By.id("recommendationTitle"));
        assertGlobalMessage("Respuesta guardada.");
        assertThat(text(By.id("recommendations"))).contains("Aceptada en parte", DAY.format(today), authorityAnswer);
        waitVisible(By.id("followUpForm"));
        assertReadable();
        shot("recommendation-answered");

        // ---------------------------------------------------------------- 4. a vigilance group: a visit, a finding, a complaint
        open("stl/groups?program=" + programId);
        waitVisible(By.id("groupsTitle"));
        type(By.id("newGroup:name"), groupName);
        type(By.id("newGroup:place"), "San Isidro, municipio de Guadalupe");
        clickAndLoad(By.id("newGroup:create"), By.id("groupTitle"));
        assertGlobalMessage("Grupo de vigilancia registrado.");
        assertThat(text(By.id("groupTitle"))).isEqualTo(groupName);

        LocalDate visitedOn = today.minusDays(7);
        typeDate("visitForm:visitedOn", visitedOn);
        type(By.id("visitForm:visitPlace"), "Centro comunitario de San Isidro");
        chooseOne("visitForm:checked", "Entrega de apoyos");
        type(By.id("visitForm:notes"), "Revisamos la lista de entrega contra el padrón publicado.");
        clickAndLoad(By.id("visitForm:recordVisit"), By.id("groupTitle"));
        assertGlobalMessage("Visita registrada.");
        assertThat(text(By.id("visitsForm"))).contains(DAY.format(visitedOn) + " · Centro comunitario de San Isidro · Entrega de apoyos");

        Path photo = TARGET.resolve("finding-photo-" + code.toLowerCase(Locale.ROOT) + ".png");
        ImageIO.write(photo(), "png", photo.toFile());
        chooseOne("findingForm:visit", DAY.format(visitedOn));
        type(By.id("findingForm:description"), finding);
        driver.findElement(By.cssSelector("form[id='findingForm'] input[type='file']")).sendKeys(photo.toString());
        wait.until(d -> text(By.cssSelector("form[id='findingForm'] .ui-fileupload-filename")).contains(photo.getFileName().toString()));
        clickAndLoad(By.id("findingForm:addFinding"), By.id("groupTitle"));
        assertGlobalMessage("Hallazgo registrado.");
        By findingItem = By.xpath("//li[contains(@class,'finding')][contains(., " + literal(finding) + ")]");
        assertThat(text(findingItem)).contains(photo.getFileName().toString(), "Reservado");
        clickAndLoad(By.xpath("//li[contains(@class,'finding')][contains(., " + literal(finding) + ")]//button[contains(@class,'publish-finding')]"),
                By.id("groupTitle"));
        assertGlobalMessage("Hallazgo publicado.");
        assertThat(text(findingItem)).contains("Público");

        chooseOne("complaintForm:complaintFinding", finding.substring(0, 40));
        type(By.id("complaintForm:what"), "El grupo pide revisar la entrega de octubre en San Isidro " + code + ".");
        assertReadable();
        shot("group-visit-finding", By.id("visitsForm"));
        clickAndLoad(By.id("complaintForm:fileComplaint"), By.id("complaintTitle"));
        assertGlobalMessage("La queja del grupo se registró.");
        assertThat(text(By.id("source"))).isEqualTo("Grupo de vigilancia · " + groupName);
        assertThat(text(By.id("complaintDetails"))).contains("Recibida");
        shot("group-complaint");
        signOut();

        // ---------------------------------------------------------------- 5. a citizen reads the program and files a complaint
        width(1366);
        open("program?id=" + programId);
        assertThat(text(By.id("programTitle"))).isEqualTo(programName);
        assertThat(text(By.id("risks"))).contains(budgetRisk, "6 · medio", "↓ baja", "16 → 6", registryRisk);
        assertThat(text(By.id("recommendations"))).contains(recommendation, "Aceptada en parte", authorityAnswer);
        assertThat(text(By.cssSelector(".vigilance-group"))).contains(groupName, finding, photo.getFileName().toString());
        assertFitsTheWindow("public program page at 1,366 px");
        assertTitlesWhole("public program page at 1,366 px");
        assertReadable();
        shot("public-program-1366", true);
        clickAndLoad(By.id("fileComplaint"), By.id("fileComplaintTitle"));
        type(By.id("what"), citizenText);
        type(By.id("complainantName"), citizenName);
        assertReadable();
        shot("complaint-form");
        clickAndLoad(By.id("send"), By.id("complaintTitle"));
        assertThat(text(By.id("filed"))).contains("Recibimos su queja");
        String folio = text(By.cssSelector("#complaintTitle .folio"));
        assertThat(folio).isNotBlank();
        assertThat(text(By.id("complaintTrack"))).contains(programName, "Recibida");
        assertThat(driver.getPageSource()).doesNotContain(citizenName);
        shot("complaint-filed");

        // ---------------------------------------------------------------- 6. the secretariat channels it; the citizen follows its folio
        signIn(world.secretariat(), Scenario.PASSWORD, By.id("nav:account"), false);
        open("stl/complaints?program=" + programId);
        clickAndLoad(By.xpath("//a[contains(@class,'complaint-link')][normalize-space()=" + literal(folio) + "]"), By.id("complaintTitle"));
        assertThat(text(By.id("complaintDetails"))).contains("Ciudadanía", citizenText);
        chooseOne("channelForm:route", "Órgano de control");
        type(By.id("channelForm:authority"), "Órgano Interno de Control de la Secretaría de Bienestar");
        clickAndLoad(By.id("channelForm:channel"), By.id("complaintTitle"));
        assertThat(text(By.id("status"))).contains("Canalizada a una autoridad");
        signOut();

        open("complaint?folio=" + folio);
        assertThat(text(By.id("complaintTitle"))).contains(folio);
        assertThat(text(By.id("complaintTrack"))).contains("Canalizada a una autoridad", "Órgano de control (contraloría)", DAY.format(today));
        assertThat(driver.getPageSource()).doesNotContain(citizenName);
        assertReadable();
        shot("complaint-followed-by-folio");

        // ---------------------------------------------------------------- 7. the public program page on a phone
        width(390);
        open("program?id=" + programId);
        waitVisible(By.id("programTitle"));
        assertThat(driver.getPageSource()).doesNotContain(citizenName);
        assertFitsTheWindow("public program page on a 390 px phone");
        assertTitlesWhole("public program page on a 390 px phone");
        shot("public-program-phone", true);
        shot("public-program-phone-groups", By.id("groupsTitle"));
        shot("public-program-phone-recommendations", By.id("recommendations"));
    }

    /** A risk identified on /stl/risks with its level (likelihood × impact), on a given day or today (null); the new risk's id. */
    private long identify(String dimension, String description, String likelihood, String impact, LocalDate identifiedOn) {
        chooseOne("newRisk:dimension", dimension);
        type(By.id("newRisk:description"), description);
        check("newRisk:descriptionPublic");
        chooseOne("newRisk:likelihood", likelihood);
        chooseOne("newRisk:impact", impact);
        if (identifiedOn != null) {
            typeDate("newRisk:identifiedOn", identifiedOn);
        }
        clickAndLoad(By.id("newRisk:identify"), By.id("riskTitle"));
        assertGlobalMessage("Riesgo registrado.");
        assertThat(text(By.id("riskTitle"))).isEqualTo(dimension);
        return idIn(driver.getCurrentUrl());
    }

    /** Ticks the box of a p:selectManyCheckbox whose label contains the text. */
    private void tick(String id, String labelPart) {
        String input = driver.findElement(By.xpath("//*[@id='" + id + "']//label[contains(., " + literal(labelPart) + ")]"))
                .getAttribute("for");
        click(By.xpath("//input[@id='" + input + "']/ancestor::div[contains(@class,'ui-chkbox')][1]//div[contains(@class,'ui-chkbox-box')]"));
        wait.until(d -> d.findElement(By.id(input)).isSelected());
    }

    /** A small photo for a finding's evidence. */
    private static BufferedImage photo() {
        BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2e7d32));
        g.fillRect(0, 0, 160, 120);
        g.setColor(Color.WHITE);
        g.fillRect(20, 40, 120, 40);
        g.dispose();
        return image;
    }
}
