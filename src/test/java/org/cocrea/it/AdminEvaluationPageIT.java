package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.demo.DemoAccounts;
import org.cocrea.support.Deployments;
import org.cocrea.support.PageClient;
import org.cocrea.support.TestDatabaseSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrator assigns a plan's evaluators at /admin/evaluation with the secretariat's form
 * (issue 8): only the administrator opens the page; a plan of another state, or none, is not found;
 * the form posted assigns the state's evaluator as lead. On Durango's demo plan (no other test
 * assigns evaluators there).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminEvaluationPageIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    private URL base;

    @Test
    void theAdministratorAssignsWithTheSecretariatsForm() throws Exception {
        PageClient admin = new PageClient(base);
        assertEquals(302, admin.signIn(TestDatabaseSession.ADMIN_USERNAME, TestDatabaseSession.ADMIN_PASSWORD).statusCode());
        String states = admin.page("admin/states").body();
        long durango = find(states, "admin/state(?:\\.xhtml)?\\?id=(\\d+)\"[^>]*>Durango<");
        long sonora = find(states, "admin/state(?:\\.xhtml)?\\?id=(\\d+)\"[^>]*>Sonora<");
        assertThat(admin.page("admin/state?id=" + durango).body()).containsPattern("admin/evaluation(\\.xhtml)?\\?state=" + durango);

        HttpResponse<String> plans = admin.page("admin/evaluation?state=" + durango);
        assertEquals(200, plans.statusCode());
        assertThat(plans.body()).contains("adminEvaluationTitle").doesNotContain("assign:assignButton");
        long plan = find(plans.body(), "admin/evaluation(?:\\.xhtml)?\\?state=" + durango + "&amp;plan=(\\d+)");
        String page = "admin/evaluation?state=" + durango + "&plan=" + plan;
        String form = admin.page(page).body();
        assertThat(form).contains("assign:assignButton");
        long evaluator = find(form, "<option value=\"(\\d+)\"[^>]*>[^<]*\\(evaluador\\.dgo\\)");

        // a plan of another state under this state, and no state at all: not found
        long sonoraPlan = find(admin.page("admin/evaluation?state=" + sonora).body(),
                "admin/evaluation(?:\\.xhtml)?\\?state=" + sonora + "&amp;plan=(\\d+)");
        assertEquals(404, admin.page("admin/evaluation?state=" + durango + "&plan=" + sonoraPlan).statusCode());
        assertEquals(404, admin.page("admin/evaluation").statusCode());

        LocalDate today = LocalDate.now(ZoneId.of("America/Monterrey"));
        HttpResponse<String> assigned = admin.submit(page, "assign", Map.of("evaluator_input", String.valueOf(evaluator),
                "startsOn_input", today.minusDays(1).format(DAY), "endsOn_input", today.plusMonths(6).format(DAY),
                "lead_input", "on", "assignButton", ""));
        assertEquals(302, assigned.statusCode(), assigned.body());
        assertThat(admin.page(page).body()).contains("(evaluador.dgo)</span>", "Evaluación líder");

        // the secretariat of the state coordinates at /stl/evaluation, never here; the public signs in first
        PageClient secretariat = new PageClient(base);
        assertEquals(302, secretariat.signIn("secretariado.dgo", DemoAccounts.PASSWORD).statusCode());
        assertEquals(403, secretariat.page(page).statusCode());
        assertThat(secretariat.page("stl/evaluation?plan=" + plan).body()).contains("(evaluador.dgo)</span>");
        assertEquals(302, new PageClient(base).page(page).statusCode());
    }

    private static long find(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return Long.parseLong(m.group(1));
    }
}
