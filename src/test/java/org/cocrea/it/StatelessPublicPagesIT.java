package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Issue 12: an anonymous GET of a public page leaves no HTTP session and no view state on the server,
 * in both languages; signed-in pages keep their view state and refuse a post that claims none.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatelessPublicPagesIT {

    static final Pattern PLAN_LINK = Pattern.compile("href=\"[^\"]*/plan(?:\\.xhtml)?\\?id=(\\d+)\"");
    static final Pattern COMMITMENT_LINK = Pattern.compile("href=\"[^\"]*/commitment(?:\\.xhtml)?\\?id=(\\d+)\"");
    private static final Pattern EVIDENCE_LINK = Pattern.compile("href=\"[^\"]*/evidence/(\\d+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyPublicPageAnswersWithoutASession() throws Exception {
        Map<String, Integer> pages = publicPages();
        List<String> checked = new ArrayList<>();
        for (String language : List.of("es", "en")) {
            for (Map.Entry<String, Integer> page : pages.entrySet()) {
                HttpResponse<String> response = get(page.getKey(), "cocrea.lang=" + language);
                assertThat(response.statusCode()).as(page.getKey()).isEqualTo(page.getValue());
                assertThat(response.headers().allValues("Set-Cookie")).as("cookies of " + page.getKey()).isEmpty();
                Matcher state = VIEW_STATE.matcher(response.body());
                while (state.find()) {
                    assertThat(state.group(1)).as("view state of " + page.getKey()).isEqualTo("stateless");
                }
                if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                    assertThat(response.body()).as(page.getKey()).contains("lang=\"" + language + "\"");
                }
                checked.add(page.getKey());
            }
        }
        assertThat(checked).hasSize(2 * pages.size());
    }

    @Test
    void theLanguageChoiceNeedsNoSession() throws Exception {
        long plan = firstPlan();
        HttpResponse<String> choice = get("plan?lang=en&id=" + plan, null);
        assertThat(choice.statusCode()).isEqualTo(302);
        assertThat(choice.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/plan?id=" + plan));
        assertThat(choice.headers().allValues("Set-Cookie")).singleElement()
                .satisfies(cookie -> assertThat(cookie).startsWith("cocrea.lang=en"));
    }

    @Test
    void signedInPagesKeepTheirViewStateAndRefuseAPostThatClaimsNone() throws Exception {
        PageClient secretariat = new PageClient(base);
        assertThat(secretariat.signIn("secretariado.son", DemoAccounts.PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> home = secretariat.page("");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"nav:logout\"");
        Matcher state = VIEW_STATE.matcher(home.body());
        assertThat(state.find()).isTrue();
        assertThat(state.group(1)).isNotEqualTo("stateless");

        // a forged sign-out: the menu form with the view state of a stateless view
        HttpResponse<String> forged = secretariat.post("", Map.of("nav", "nav", "nav:logout", "",
                "jakarta.faces.ViewState", "stateless"));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(secretariat.page("account/pending").statusCode()).as("still signed in").isEqualTo(200);
    }

    /** Issue 12: the toolbox filters and pages by GET parameters, with no session; a parameter it cannot read is a 400. */
    @Test
    void theToolboxFiltersAndPagesByGetParameters() throws Exception {
        HttpResponse<String> all = get("toolbox", null);
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains("<form id=\"filters\"", "method=\"get\"", "name=\"kind\"").doesNotContain("co.submit");
        int every = count(all.body(), "material-row");
        assertThat(every).as("the demo's shared materials").isPositive();

        HttpResponse<String> guides = get("toolbox?phase=&language=&kind=GUIDE", null);
        assertThat(guides.statusCode()).isEqualTo(200);
        assertThat(guides.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(guides.body()).contains("<option value=\"GUIDE\" selected=\"selected\"");
        int guideRows = count(guides.body(), "material-row");
        int guideLabels = count(guides.body(), ">Guía</td>");
        assertThat(guideRows).isLessThanOrEqualTo(every).isEqualTo(guideLabels);

        assertThat(get("toolbox?page=999", null).body()).as("past the last page: the last").contains("material-row");
        assertThat(get("toolbox?kind=NOT_A_KIND", null).statusCode()).isEqualTo(400);
        assertThat(get("toolbox?page=abc", null).statusCode()).isEqualTo(400);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    /** Every public page of the demo's first plan, with the status it answers. */
    private Map<String, Integer> publicPages() throws Exception {
        long plan = firstPlan();
        String planPage = get("plan?id=" + plan, null).body();
        Matcher commitment = COMMITMENT_LINK.matcher(planPage);
        assertThat(commitment.find()).as("a commitment on the plan page").isTrue();
        Map<String, Integer> pages = new LinkedHashMap<>();
        pages.put("", 200);
        pages.put("index", 200);
        pages.put("plan?id=" + plan, 200);
        pages.put("commitment?id=" + commitment.group(1), 200);
        pages.put("results?plan=" + plan, 200);
        pages.put("results/compare", 200);
        pages.put("transparency", 200);
        pages.put("help", 200);
        pages.put("toolbox", 200);
        pages.put("toolbox?phase=TRAINING&language=&kind=GUIDE&page=2", 200);
        pages.put("commitment?id=999999999", 404);
        pages.put("no-such-page", 404);
        Matcher evidence = EVIDENCE_LINK.matcher(publicEvidencePage(plan));
        if (evidence.find()) {
            pages.put("evidence/" + evidence.group(1), 200);
        }
        return pages;
    }

    /** A commitment page of the plan that shows a file of evidence (the demo has reports with files). */
    private String publicEvidencePage(long plan) throws Exception {
        Matcher commitments = COMMITMENT_LINK.matcher(get("plan?id=" + plan, null).body());
        while (commitments.find()) {
            String page = get("commitment?id=" + commitments.group(1), null).body();
            if (EVIDENCE_LINK.matcher(page).find()) {
                return page;
            }
        }
        throw new AssertionError("no evidence file on any commitment of plan " + plan);
    }

    private long firstPlan() throws Exception {
        Matcher plan = PLAN_LINK.matcher(get("", null).body());
        assertThat(plan.find()).as("a plan on the home page").isTrue();
        return Long.parseLong(plan.group(1));
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
