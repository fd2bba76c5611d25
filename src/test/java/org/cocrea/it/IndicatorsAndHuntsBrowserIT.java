package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.cocrea.demo.DemoAccounts;
import org.cocrea.shared.Dates;
import org.cocrea.support.BrowserWalk;
import org.cocrea.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Phase 5 of a demo plan in a real browser, as Zacatecas' secretariat walks it:
 * its indicators with their charts, a measurement refused in the future and then recorded, the
 * theory of change, the follow-up treasure hunt with its comparison; then the public results on a
 * phone. Screenshots go to {@code target/screenshots/IndicatorsAndHuntsBrowserIT/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IndicatorsAndHuntsBrowserIT extends BrowserWalk {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Test
    void theSecretariatMeasuresAndComparesAndThePublicReadsTheResultsOnAPhone() throws Exception {
        try {
            walk();
        } catch (Throwable failure) {
            saveFailure();
            throw failure;
        }
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
