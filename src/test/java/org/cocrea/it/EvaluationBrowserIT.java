package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.cocrea.demo.DemoAccounts;
import org.cocrea.shared.Dates;
import org.cocrea.support.BrowserWalk;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Evaluation in a real browser, with the demo accounts: Chihuahua's secretariat assigns
 * its evaluator as lead, who lands on its home and submits a design assessment (refused first
 * without a justification, beside the item); Veracruz's lead evaluator reconciles two disagreeing
 * assessments, the secretariat opens the reply period, the lead institution replies, the
 * information institute co-signs, and the public reads the results on a phone (390 px).
 * Screenshots go to {@code target/screenshots/EvaluationBrowserIT/}.
 */
@Order(2)
class EvaluationBrowserIT extends BrowserWalk {

    private static final String[] DESIGN_ITEMS = {"VERIFIABILITY", "RELEVANCE_TRANSPARENCY", "RELEVANCE_CITIZEN_PARTICIPATION",
        "RELEVANCE_PUBLIC_ACCOUNTABILITY", "RELEVANCE_TECHNOLOGY_AND_INNOVATION", "RELEVANCE_INCLUSION", "POTENTIAL"};

    @Test
    void fromAssignmentToPublishedResult() throws Exception {
        try {
            walk();
        } catch (Throwable failure) {
            saveFailure();
            throw failure;
        }
    }

    private void walk() {
        // ---------------------------------------------------------------- 1. the secretariat assigns
        LocalDate chihuahua = Dates.today(Clock.systemUTC(), ZoneId.of("America/Chihuahua"));
        signIn("secretariado.chih", DemoAccounts.PASSWORD, By.id("nav:account"), false);
        open("stl/plans");
        clickAndLoad(By.className("plan-link"), By.id("toEvaluation"));
        clickAndLoad(By.id("toEvaluation"), By.id("assign:assignButton"));
        chooseOne("assign:evaluator", "Sergio Arturo Holguín Medina");
        typeDate("assign:startsOn", chihuahua.minusDays(1));
        typeDate("assign:endsOn", chihuahua.plusMonths(6));
        check("assign:lead");
        clickAndLoad(By.id("assign:assignButton"), By.id("assignments:assigned"));
        assertThat(text(By.id("assignments:assigned"))).contains("evaluador.chih");
        shot("secretariat-assigns");
        signOut();

        // ---------------------------------------------------------------- 2. the evaluator lands on its work
        signIn("evaluador.chih", DemoAccounts.PASSWORD, By.id("countToAssess"), false);
        assertThat(driver.getCurrentUrl()).contains("/evaluation/");
        assertThat(Integer.parseInt(text(By.id("countToAssess")))).isPositive();
        shot("evaluator-home");
        clickAndLoad(By.cssSelector("#toAssess .task-link"), By.id("assess:submit"));
        fillItems("assess");
        type(By.id("assess:POTENTIAL_justification"), " ");
        click(By.id("assess:submit"));
        assertThat(waitVisible(fieldMessage("assess:POTENTIAL")).getText()).contains("justificación");
        shot("assessment-refused-beside-the-item", By.id("assess:POTENTIAL"));
        type(By.id("assess:POTENTIAL_justification"), "Metas medibles por trimestre.");
        clickAndLoad(By.id("assess:submit"), By.id("countToAssess"));
        assertGlobalMessage("Valoración enviada");
        signOut();

        // ---------------------------------------------------------------- 3. the lead reconciles
        signIn("evaluador.ver", DemoAccounts.PASSWORD, By.id("countToReconcile"), false);
        assertThat(Integer.parseInt(text(By.id("countToReconcile")))).isPositive();
        clickAndLoad(By.cssSelector("#toReconcile .task-link"), By.id("reconcile:record"));
        long commitmentId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*[?&]commitment=(\\d+).*", "$1"));
        assertThat(text(By.id("sideBySide"))).contains("Difieren");
        assertThat(text(By.id("agreement"))).contains("Alfa").doesNotContain("???");
        shot("reconciliation-side-by-side");
        fillItems("reconcile");
        click(By.id("reconcile:record"));
        // the first item where the two evaluators differ: verifiability
        assertThat(waitVisible(fieldMessage("reconcile:VERIFIABILITY")).getText()).contains("nota");
        shot("reconciliation-needs-a-note", By.id("reconcile:VERIFIABILITY"));
        for (String item : DESIGN_ITEMS) {
            type(By.id("reconcile:" + item + "_note"), "Conciliado en reunión de evaluadoras.");
        }
        clickAndLoad(By.id("reconcile:record"), By.id("countToReconcile"));
        assertGlobalMessage("Resultado conciliado guardado");
        signOut();

        // ---------------------------------------------------------------- 4. reply period, reply, co-signature
        LocalDate veracruz = Dates.today(Clock.systemUTC(), Dates.DEFAULT_ZONE);
        signIn("secretariado.ver", DemoAccounts.PASSWORD, By.id("nav:account"), false);
        open("stl/plans");
        clickAndLoad(By.className("plan-link"), By.id("toEvaluation"));
        long planId = idIn(driver.getCurrentUrl());
        clickAndLoad(By.id("toEvaluation"), By.id("reply:saveReply"));
        typeDate("reply:replyFrom", veracruz.minusDays(1));
        typeDate("reply:replyUntil", veracruz.plusDays(10));
        clickAndLoad(By.id("reply:saveReply"), By.id("pending"));
        assertThat(text(By.id("pending"))).contains("Sin réplica");
        shot("secretariat-evaluation-page");
        signOut();

        signIn("dependencia.ver", DemoAccounts.PASSWORD, By.id("nav:account"), false);
        open("actor/reply?commitment=" + commitmentId);
        type(By.id("replyForm:reply"), "La Secretaría de Educación publicará el padrón de plazas por escuela en el próximo trimestre.");
        clickAndLoad(By.id("replyForm:send"), By.id("replyText"));
        shot("government-reply");
        signOut();

        signIn("instituto.ver", DemoAccounts.PASSWORD, By.id("nav:account"), false);
        open("stl/evaluation?plan=" + planId);
        clickAndLoad(By.id("publishForm:cosign"), By.id("publications"));
        assertThat(text(By.id("publications"))).contains("Publicación 1");
        shot("institute-cosigned");
        signOut();

        // ---------------------------------------------------------------- 5. the public, on a phone
        phone(true);
        open("results?plan=" + planId);
        waitVisible(By.id("resultsTitle"));
        waitForCharts();
        assertThat(driver.getPageSource()).contains("La Secretaría de Educación publicará el padrón");
        assertThat((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth;")).isTrue();
        shot("public-results-phone", true);
        open("commitment?id=" + commitmentId);
        waitVisible(By.id("evaluationResult"));
        shot("public-commitment-result-phone", By.id("evaluationResult"));
        open("results/compare");
        waitVisible(By.id("comparison"));
        waitForCharts();
        assertThat(text(By.id("comparison"))).contains("Veracruz").contains("Sonora");
        shot("public-comparison-phone", true);
        phone(false);

        // ---------------------------------------------------------------- 6. an evaluator in English, on a phone: its home,
        // its Pendientes and the assess page with the change log (public record only)
        signIn("evaluador.zac", DemoAccounts.PASSWORD, By.id("countToAssess"), false);
        clickAndLoad(By.id("nav:langEn"), By.id("countToAssess"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        phone(true);
        assertThat(driver.getPageSource()).doesNotContain("???");
        shot("evaluator-home-english-phone", true);
        open("account/pending");
        waitVisible(By.id("pendingTitle"));
        assertThat(text(By.id("pending"))).contains("Design assessments to do");
        shot("evaluator-pending-english-phone", true);
        clickAndLoad(By.cssSelector(".pending-ASSESSMENT_DESIGN .pending-link"), By.id("changeLog"));
        click(By.cssSelector("#changeLog summary"));
        assertThat(text(By.id("changeLog"))).contains("Commitment · published").doesNotContain("Assessment");
        assertThat(driver.getPageSource()).doesNotContain("???");
        assertThat((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth;")).isTrue();
        shot("evaluator-change-log-english-phone", By.id("changeLog"));
        phone(false);
        signOut();

        // ---------------------------------------------------------------- 7. the results moment: Sonora's past plan, in English
        open("results/compare");
        waitVisible(By.id("comparison"));
        // the language chosen while signed in stays after signing out
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        waitForCharts();
        assertThat(driver.getPageSource()).doesNotContain("???");
        shot("public-comparison-english", true);
        phone(true);
        clickAndLoad(By.partialLinkText("Cuentas claras"), By.id("resultsTitle"));
        waitForCharts();
        assertThat(text(By.id("strongCount"))).isEqualTo("2 / 3");
        assertThat(text(By.id("byCompletion"))).contains("Complete", "Substantial", "Limited");
        assertThat(driver.getPageSource()).doesNotContain("???");
        assertThat((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth;")).isTrue();
        shot("past-plan-results-english-phone", true);
        phone(false);
        clickAndLoad(By.id("nav:langEs"), By.id("resultsTitle"));
    }

    /** Every design item of a form: verifiable, relevant to transparency only, substantial potential, each justified. */
    private void fillItems(String form) {
        for (String item : DESIGN_ITEMS) {
            String level = switch (item) {
                case "VERIFIABILITY" -> "Verificable";
                case "POTENTIAL" -> "Sustancial";
                case "RELEVANCE_TRANSPARENCY" -> "Relevante";
                default -> "No relevante";
            };
            chooseOne(form + ":" + item, level);
            type(By.id(form + ":" + item + "_justification"), "Justificación de " + item.toLowerCase(java.util.Locale.ROOT) + ".");
        }
    }
}
