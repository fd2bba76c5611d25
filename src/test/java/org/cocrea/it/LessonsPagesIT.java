package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.demo.DemoAccounts;
import org.cocrea.support.Deployments;
import org.cocrea.support.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The lessons pages over plain HTTP, as a browser posts them, on the demo data: a secretariat member
 * records a public lesson, the public plan page shows it, another state's member gets the same 404
 * as for a plan that does not exist, and a forged link is refused beside its field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LessonsPagesIT {

    private static final String MEMBER = "instituto.zac";
    private static final String OTHER_STATE = "instituto.dgo";

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aMemberRecordsAPublicLessonAndThePublicReadsIt() throws Exception {
        PageClient member = new PageClient(base);
        assertEquals(302, member.signIn(MEMBER, DemoAccounts.PASSWORD).statusCode());
        Matcher plan = Pattern.compile("plan\\?id=(\\d+)").matcher(member.page("stl/plans").body());
        assertThat(plan.find()).isTrue();
        String lessonsPath = "stl/lessons?plan=" + plan.group(1);
        HttpResponse<String> page = member.page(lessonsPath);
        assertEquals(200, page.statusCode());
        assertThat(page.body()).contains("Aprendizajes", "Registrar un aprendizaje");

        String tried = "Probamos mesas por colonia " + UUID.randomUUID();
        String learnedOn = LocalDate.now(ZoneId.of("America/Mexico_City")).minusDays(10)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Map<String, String> inputs = new java.util.HashMap<>(Map.of(
                "phase_input", "FOLLOW_UP", "learnedOn_input", learnedOn, "tried", tried,
                "happened", "Llegaron más personas que a las mesas en el centro.",
                "changed", "Las siguientes mesas serán por colonia.", "sources", "PROBLEM_SOLVING",
                "visibleToPublic_input", "on", "create", ""));
        HttpResponse<String> created = member.submit(lessonsPath, "newLesson", inputs);
        assertEquals(302, created.statusCode(), created.body());
        page = member.page(lessonsPath);
        assertThat(page.body()).contains(tried, "Resolución de problemas");

        // a link to a record that is not the plan's, forged past the menu: never stored (PrimeFaces drops a value
        // that is not one of the menu's, and LessonService refuses one that is not the plan's: LessonsIT)
        String forgedTried = "Enlace falsificado " + UUID.randomUUID();
        inputs.put("tried", forgedTried);
        inputs.put("links", "MILESTONE:999999999");
        member.submit(lessonsPath, "newLesson", inputs);
        String after = member.page(lessonsPath).body();
        assertThat(after).doesNotContain("999999999");

        PageClient anonymous = new PageClient(base);
        HttpResponse<String> publicPlan = anonymous.page("plan?id=" + plan.group(1));
        assertEquals(200, publicPlan.statusCode());
        assertThat(publicPlan.body()).contains(tried, "publicLessons");

        PageClient other = new PageClient(base);
        assertEquals(302, other.signIn(OTHER_STATE, DemoAccounts.PASSWORD).statusCode());
        HttpResponse<String> foreign = other.page(lessonsPath);
        assertEquals(404, foreign.statusCode());
        assertThat(foreign.body()).doesNotContain(tried);
        assertEquals(404, other.page("stl/lessons?plan=999999999").statusCode());
    }

    @Test
    void theSecretariatDownloadsTheReportAndAnotherStateGetsNotFound() throws Exception {
        PageClient member = new PageClient(base);
        assertEquals(302, member.signIn(MEMBER, DemoAccounts.PASSWORD).statusCode());
        Matcher plan = Pattern.compile("plan\\?id=(\\d+)").matcher(member.page("stl/plans").body());
        assertThat(plan.find()).isTrue();
        String reportPath = "stl/report?plan=" + plan.group(1);
        HttpResponse<String> shown = member.page(reportPath);
        assertEquals(200, shown.statusCode());
        // generated in the background: the page polls it until the file is offered
        Map<String, String> form = PageClient.fieldsOf(reportPath, shown.body(), "generate", Map.of("language_input", "en"));
        HttpResponse<String> asked = member.ajax(reportPath, form, "generate:generate", "generate", "generate");
        assertEquals(200, asked.statusCode());
        assertThat(member.pollUntil(reportPath, form, "generate", asked.body(), "id=\"generate:download\"")).contains("El PDF está listo.");
        Map<String, String> download = new java.util.LinkedHashMap<>(form);
        download.put("generate:download", "");
        HttpResponse<String> pdf = member.post(reportPath, download);
        assertEquals(200, pdf.statusCode());
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");

        PageClient other = new PageClient(base);
        assertEquals(302, other.signIn(OTHER_STATE, DemoAccounts.PASSWORD).statusCode());
        assertEquals(404, other.page(reportPath).statusCode());
    }
}
