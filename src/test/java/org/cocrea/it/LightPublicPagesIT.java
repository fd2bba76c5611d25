package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * Issue 10, a phone on a slow network: the public pages' light path (web.LightPath). The home page's
 * chart is drawn by the server (a table of bars, the same figures as the state cards), without chart.js
 * or moment; a visitor gets the home, a plan and a commitment without PrimeFaces' theme, scripts or
 * widgets, with a versioned stylesheet kept a year and a language switch that is a plain link; a
 * signed-in person gets the full layout on the same pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LightPublicPagesIT {

    private static final Pattern CHART = Pattern.compile("<table class=\"bars\" id=\"homeChart\">(.*?)</table>", Pattern.DOTALL);
    private static final Pattern CHART_ROW = Pattern.compile("<th scope=\"row\">([^<]+)</th>.*?style=\"width: ([0-9.]+)%\".*?"
            + "<span class=\"bar-value\">(\\d+)%</span>", Pattern.DOTALL);
    private static final Pattern STATE_CARD = Pattern.compile("<section class=\"card state-card\">\\s*<h3>([^<]+)</h3>(.*?)</section>",
            Pattern.DOTALL);
    private static final Pattern STYLESHEET = Pattern.compile("<link [^>]*href=\"([^\"]*/jakarta\\.faces\\.resource/css/cocrea\\.css[^\"]*)\"");
    private static final Pattern LANGUAGE_LINK = Pattern.compile("<a id=\"nav:langEn\" href=\"([^\"]+)\"");
    private static final Pattern PROGRESS_VALUE = Pattern.compile("title=\"[^\"]*: (\\d+)%\"");

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theHomeChartIsATableOfTheStatesFiguresWithoutAChartScript() throws Exception {
        for (String language : new String[] {"es", "en"}) {
            String home = get("", "cocrea.lang=" + language).body();

            Matcher chart = CHART.matcher(home);
            assertThat(chart.find()).as("the home chart as a table").isTrue();
            assertThat(chart.group(1)).contains("<caption", "<th scope=\"col\">");
            Map<String, Integer> bars = new LinkedHashMap<>();
            Matcher row = CHART_ROW.matcher(chart.group(1));
            while (row.find()) {
                bars.put(row.group(1), Integer.parseInt(row.group(3)));
                assertThat(Double.parseDouble(row.group(2))).as("bar of " + row.group(1)).isEqualTo(Double.parseDouble(row.group(3)));
            }
            Map<String, Integer> cards = new LinkedHashMap<>();
            Matcher card = STATE_CARD.matcher(home);
            while (card.find()) {
                Matcher progress = PROGRESS_VALUE.matcher(card.group(2));
                if (progress.find()) { // the state's own bar comes first in its card, its title "Avance: 42%"
                    cards.put(card.group(1), Integer.parseInt(progress.group(1)));
                }
            }
            assertThat(cards).as("states with a computable progress in the demo").isNotEmpty();
            assertThat(bars).as("one bar per state with a computable progress, the card's figure").isEqualTo(cards);

            assertThat(home).doesNotContain("<canvas", "chart.js", "moment");
        }
    }

    @Test
    void aVisitorGetsTheHomeAPlanAndACommitmentWithoutPrimeFaces() throws Exception {
        for (String page : lightPages()) {
            String body = get(page, null).body();
            assertThat(body).as(page).contains("id=\"nav:login\"", "class=\"cocrea light\"")
                    .doesNotContain("jquery", "core.js", "components.js", "chart.js", "theme.css", "primeicons", "locale-",
                            "ui-menubar", "ui-datatable", "ui-progressbar", "jakarta.faces.ViewState");
        }
    }

    @Test
    void theStylesheetCarriesAHashOfItsContentAndIsKeptAYear() throws Exception {
        for (String page : List.of("", "login")) {
            Matcher link = STYLESHEET.matcher(get(page, null).body());
            assertThat(link.find()).as("cocrea.css on " + page).isTrue();
            URI css = base.toURI().resolve(link.group(1).replace("&amp;", "&"));
            assertThat(css.getQuery()).matches("(.*&)?v=[0-9a-f]{12}");
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(css).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains(".light-nav");
            assertThat(response.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        }
    }

    @Test
    void theLanguageSwitchIsAPlainLinkThatKeepsTheAddress() throws Exception {
        for (String page : lightPages()) {
            Matcher link = LANGUAGE_LINK.matcher(get(page, "cocrea.lang=es").body());
            assertThat(link.find()).as("the English link on " + page).isTrue();
            HttpResponse<String> choice = http.send(HttpRequest.newBuilder(base.toURI().resolve(link.group(1).replace("&amp;", "&"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(choice.statusCode()).as(page).isEqualTo(302);
            String back = choice.headers().firstValue("Location").orElseThrow();
            assertThat(back).as(page).endsWith("/" + page);
            String cookie = choice.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            String english = get(page, cookie).body();
            assertThat(english).as(page).contains("lang=\"en\"", "id=\"nav:langEs\"", "Sign in</a>");
        }
    }

    @Test
    void aSignedInPersonGetsTheFullLayoutOnTheSamePages() throws Exception {
        PageClient secretariat = new PageClient(base);
        assertThat(secretariat.signIn("secretariado.son", DemoAccounts.PASSWORD).statusCode()).isEqualTo(302);
        for (String page : lightPages()) {
            String body = secretariat.page(page).body();
            assertThat(body).as(page).contains("id=\"nav:logout\"", "ui-menubar", "theme.css", "primeicons.css")
                    .doesNotContain("class=\"cocrea light\"");
        }
    }

    /**
     * The home, a published plan and one of its commitments without indicators (one with indicators
     * brings its PrimeFaces chart, docs/architecture.md). Other tests of the suite add indicators to
     * the demo's commitments, so every plan on the home page is looked at, in order.
     */
    private List<String> lightPages() throws Exception {
        Matcher plan = StatelessPublicPagesIT.PLAN_LINK.matcher(get("", null).body());
        while (plan.find()) {
            Matcher commitment = StatelessPublicPagesIT.COMMITMENT_LINK.matcher(get("plan?id=" + plan.group(1), null).body());
            while (commitment.find()) {
                String page = "commitment?id=" + commitment.group(1);
                if (!get(page, null).body().contains("id=\"commitmentIndicators\"")) {
                    return List.of("", "plan?id=" + plan.group(1), page);
                }
            }
        }
        throw new AssertionError("no public commitment without indicators on any plan of the home page");
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Cache-Control", "no-cache");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
