package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.cocrea.demo.DemoAccounts;
import org.cocrea.shared.Dates;
import org.cocrea.support.BrowserWalk;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Phase 5 of a demo plan in a real browser, as Zacatecas' secretariat walks it:
 * its indicators with their charts, a measurement refused in the future and then recorded, the
 * theory of change, the follow-up treasure hunt with its comparison; phase 6: a lesson recorded, the
 * systematization report generated in the background, read and published; then the public downloads
 * it and reads the results on a phone. Screenshots go to {@code target/screenshots/IndicatorsAndHuntsBrowserIT/}.
 */
@Order(4)
class IndicatorsAndHuntsBrowserIT extends BrowserWalk {

    /** The answer of a fetch, as base64 (what WebDriver can hand back). */
    private static final String AS_BASE64 = ".then(r => r.arrayBuffer()).then(b => { const bytes = new Uint8Array(b); let text = '';"
            + " for (let i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); } return btoa(text); });";

    @Test
    void theSecretariatMeasuresAndComparesAndThePublicReadsTheResultsOnAPhone() throws Exception {
        try {
            walk();
        } catch (Throwable failure) {
            saveFailure();
            throw failure;
        }
    }

    /**
     * Phase 6: a lesson recorded, the report generated in the background (the progress bar, then the
     * file offered), read (its first page rendered to a screenshot) and published. The edition's link.
     */
    private String systematize(long planId, LocalDate today) {
        open("stl/lessons?plan=" + planId);
        waitVisible(By.id("lessonsTitle"));
        chooseOne("newLesson:phase", "5. Evaluación");
        typeDate("newLesson:learnedOn", today);
        type(By.id("newLesson:tried"), "Repetir la búsqueda del tesoro de línea base un año después, con las mismas preguntas.");
        type(By.id("newLesson:happened"), "Dos preguntas se volvieron más fáciles: la contraloría publicó los contratos.");
        type(By.id("newLesson:changed"), "Cada búsqueda de seguimiento se compara con su línea base antes de recomendar.");
        click(By.xpath("//*[@id='newLesson:sources']//div[contains(@class,'ui-chkbox-box')]"));
        check("newLesson:visibleToPublic");
        clickAndLoad(By.id("newLesson:create"), By.id("lessonsTitle"));
        assertThat(driver.getPageSource()).contains("Aprendizaje registrado.");

        clickAndLoad(By.id("toReport"), By.id("reportTitle"));
        click(By.id("generate:generate"));
        waitVisible(By.cssSelector("[id='generate'] .ui-progressbar"));
        shot("report-generating", By.id("reportTitle"));
        waitVisible(By.id("generate:download"));
        assertThat(text(By.id("generate"))).contains("El PDF está listo.", "100%");
        shot("report-ready", By.id("reportTitle"));
        byte[] pdf = download("generate", "generate:download");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("Repetir la búsqueda del tesoro de línea base un año después");
            java.awt.image.BufferedImage cover = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 72);
            javax.imageio.ImageIO.write(cover, "png", shots.resolve("report-pdf-page-1.png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        clickAndLoad(By.id("generate:publish"), By.id("reportEditions"));
        assertThat(text(By.id("reportEditions"))).contains("Informe de sistematización publicado");
        shot("report-published", By.id("reportEditions"));
        String href = driver.findElement(By.cssSelector("a.report-edition")).getAttribute("href");
        return href;
    }

    /** What a form's file button answers, fetched by the page itself (its fields, its session): the file's bytes. */
    private byte[] download(String form, String button) {
        String base64 = (String) js("const form = document.getElementById(arguments[0]);"
                + "const data = new URLSearchParams(new FormData(form)); data.append(arguments[1], '');"
                + "return fetch(form.action, {method: 'POST', body: data})" + AS_BASE64, form, button);
        return java.util.Base64.getDecoder().decode(base64);
    }

    /** A file the public downloads: its bytes, fetched by the browser itself. */
    private byte[] fetch(String url) {
        String base64 = (String) js("return fetch(arguments[0])" + AS_BASE64, url);
        return java.util.Base64.getDecoder().decode(base64);
    }

    private void walk() {
        // Zacatecas keeps the default zone (Mexico City): its today, by the system clock
        LocalDate today = Dates.today(Clock.systemUTC(), Dates.DEFAULT_ZONE);
        signIn("secretariado.zac", DemoAccounts.PASSWORD, By.id("nav:account"), false);
        open("stl/plans");
        long planId = idIn(waitVisible(By.cssSelector("a[href*='stl/plan?id=']")).getAttribute("href"));

        open("stl/plan?id=" + planId);
        clickAndLoad(By.id("toIndicators"), By.id("indicatorsTitle"));
        waitForCharts();
        shot("indicators", true);
        assertThat(driver.getPageSource()).contains("Medición atrasada", "Centros de salud con inventario de medicamentos publicado");

        // a measurement dated tomorrow is refused next to its date
        chooseOne("measurementForm:indicatorId", "Centros de salud con inventario");
        typeDate("measurementForm:measuredOn", today.plusDays(1));
        typeNumber("measurementForm:value", "61");
        type(By.id("measurementForm:source"), "Inventario público de abasto, corte de hoy");
        click(By.id("measurementForm:measure"));
        assertThat(waitVisible(fieldMessage("measurementForm:measuredOn")).getText()).contains("posterior a hoy");
        shot("measurement-refused", By.id("measurementForm"));

        typeDate("measurementForm:measuredOn", today);
        clickAndLoad(By.id("measurementForm:measure"), By.id("indicatorsTitle"));
        assertThat(driver.getPageSource()).contains("Medición registrada.", "Inventario público de abasto, corte de hoy");

        open("stl/theory?plan=" + planId);
        waitVisible(By.id("theoryTitle"));
        shot("theory-of-change", true);

        open("stl/hunts?plan=" + planId);
        waitVisible(By.id("huntsTitle"));
        clickAndLoad(By.linkText("Búsqueda del tesoro de seguimiento"), By.id("huntTitle"));
        assertThat(driver.getPageSource()).contains("Antes y después", "Más fácil", "2 preguntas más fáciles");
        shot("follow-up-hunt", true);
        // the baseline keeps the route a team followed, with the folio of each request
        open("stl/hunts?plan=" + planId);
        clickAndLoad(By.linkText("Búsqueda del tesoro de línea base"), By.id("huntTitle"));
        assertThat(text(By.id("answersGrid"))).contains("Recurso de revisión ante el IZAI", "folio RR-214/2025");

        String editionLink = systematize(planId, today);
        signOut();
        // the CSO co-responsible for both commitments sees their indicators on its own page, with the form
        signIn("osc.zac", DemoAccounts.PASSWORD, By.id("nav:account"), false);
        open("actor/indicators");
        waitVisible(By.id("actorIndicatorsTitle"));
        assertThat(driver.getPageSource()).contains("Centros de salud con inventario de medicamentos publicado",
                "Obras de caminos rurales con cédula de vigilancia", "Registrar medición");
        waitForCharts();
        shot("actor-indicators", true);
        signOut();

        // the public downloads the published edition from the plan's page
        open("plan?id=" + planId);
        String edition = editionLink.substring(editionLink.indexOf("/report/"));
        assertThat(driver.findElement(By.cssSelector("a.report-edition[href$='" + edition + "']")).getText()).contains("PDF");
        byte[] published = fetch(editionLink);
        assertThat(new String(published, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");

        phone(true);
        try {
            open("results?plan=" + planId);
            waitVisible(By.id("resultsHunts"));
            waitForCharts();
            assertThat(text(By.id("resultsHunts"))).contains("Seguir el dinero se volvió más fácil");
            assertThat(text(By.id("resultsIndicators"))).contains("Centros de salud con inventario de medicamentos publicado", "61");
            Number pageWidth = (Number) js("return document.documentElement.scrollWidth;");
            shot("public-results-phone", true);
            assertThat(pageWidth.intValue()).as("page width on a 390 px wide phone").isLessThanOrEqualTo(390);
        } finally {
            phone(false);
        }
    }
}
