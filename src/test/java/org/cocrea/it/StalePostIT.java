package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.PlanService;
import org.cocrea.support.Deployments;
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
 * A form posted again from a page its action already left by a redirect to another page (the
 * browser's back button, then the old form once more): Faces dropped that view's map, and with it
 * PrimeFaces' CSP nonce. The post runs nothing and is answered as an expired page, not as bad input.
 */
@ExtendWith(ArquillianExtension.class)
class StalePostIT {

    private static final Pattern VIEW_STATE = Pattern.compile("<form id=\"newPlan\"(?:(?!</form>).)*?jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"", Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("<form id=\"newPlan\"(?:(?!</form>).)*?name=\"co\\.submit\" value=\"([^\"]+)\"", Pattern.DOTALL);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    private URL base;

    @Inject private Scenario scenario;
    @Inject private PlanService plans;

    private World here;

    @BeforeEach
    void aState() {
        here = scenario.newState();
    }

    @Test
    void theOldFormOfAPageLeftByARedirectIsAnsweredAsExpiredAndRunsNothing() throws Exception {
        PageClient person = new PageClient(base);
        assertEquals(302, person.signIn(here.secretariat(), Scenario.PASSWORD).statusCode());
        String page = person.page("stl/plans").body();
        String title = "Plan Vkzq " + here.code();
        LocalDate today = scenario.today(here); // the state's day, not the test JVM's (UTC+14 in the suite)
        Map<String, String> form = new LinkedHashMap<>();
        form.put("newPlan", "newPlan");
        form.put("newPlan:title", title);
        form.put("newPlan:cycleStart_input", DAY.format(today.minusDays(30)));
        form.put("newPlan:cycleEnd_input", DAY.format(today.plusYears(1)));
        form.put("newPlan:create", "");
        form.put("co.submit", find(TOKEN, page));
        form.put("jakarta.faces.ViewState", find(VIEW_STATE, page));

        HttpResponse<String> first = person.post("stl/plans", form);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location").orElse("")).contains("/stl/plan?");

        // back to the plans page in the browser, and the same form, view state and token once more
        HttpResponse<String> again = person.post("stl/plans", form);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(302);
        String location = again.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/errors/expired.xhtml");
        HttpResponse<String> shown = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(location)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, shown.statusCode());
        assertThat(shown.body()).contains("La página expiró", "Vuelva a abrir la página", "Ir al inicio")
                .doesNotContain("\tat ", "Caused by", "java.lang.");
        // the browser follows the redirect naming the page it came from: the way back opens it afresh
        HttpResponse<String> withTheWayBack = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(location))
                .header("Referer", base + "stl/plans?from=expired").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withTheWayBack.body()).contains("id=\"again\"", "href=\"" + base.getPath() + "stl/plans?from=expired\"",
                "Volver a abrir la página").doesNotContain("Ir al inicio");

        actAs(here.secretariat());
        assertThat(plans.ofMyState()).extracting(ActionPlan::getTitle).containsOnlyOnce(title);
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("not in the page: " + pattern);
        }
        return matcher.group(1);
    }
}
