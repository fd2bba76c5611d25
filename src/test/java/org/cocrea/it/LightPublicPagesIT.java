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
 * widgets (a commitment's indicator charts drawn by the server as SVG), with a versioned stylesheet kept a year and a language switch that is a plain link; a
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
    private static final Pattern INDICATOR_CARD = Pattern.compile("<section class=\"card indicator\" id=\"indicator-(\\d+)\">(.*?)</section>",
            Pattern.DOTALL);
    private static final Pattern BASELINE_ROW = Pattern.compile("<dt>[^<]+</dt>\\s*<dd>([^<·]+) · ([0-9/]+)</dd>");
    private static final Pattern INDICATOR_CHART = Pattern.compile("<figure class=\"line-chart\"[^>]*>(.*?<title id=\"[^\"]+\">([^<]+)</title>.*?)</figure>",
            Pattern.DOTALL);
    private static final Pattern POINT = Pattern.compile("<circle ");
    private static final Pattern MEASUREMENT_ROW = Pattern.compile("<tr>\\s*<td>[0-9/]+</td>");
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
        List<String> pages = lightPages();
        for (String page : pages) {
            String body = get(page, null).body();
            assertThat(body).as(page).contains("id=\"nav:login\"", "class=\"cocrea light\"")
                    .doesNotContain("chart.js", "theme.css", "primeicons", "locale-",
                            "ui-menubar", "ui-datatable", "ui-progressbar", "jakarta.faces.ViewState");
        }
        for (String page : pages) {
            assertThat(get(page, null).body()).as(page).doesNotContain("ln=primefaces", "jquery", "core.js", "components.js");
        }
    }

    @Test
    void aCommitmentWithIndicatorsDrawsTheirChartsOnTheServerWithoutPrimeFaces() throws Exception {
        String page = publicCommitment(true);
        for (String[] language : new String[][] {{"es", "Línea base", " el "}, {"en", "Baseline", " on "}}) {
            String body = get(page, "cocrea.lang=" + language[0]).body();
            assertThat(body).as(page).contains("class=\"cocrea light\"")
                    .doesNotContain("ln=primefaces", "jquery", "core.js", "components.js", "chart.js", "<canvas", "theme.css", "primeicons");

            Matcher card = INDICATOR_CARD.matcher(body);
            int cards = 0;
            while (card.find()) {
                cards++;
                String id = card.group(1);
                String html = card.group(2);
                Matcher baseline = BASELINE_ROW.matcher(html);
                assertThat(baseline.find()).as("the baseline of indicator " + id).isTrue();
                String value = baseline.group(1);
                String date = baseline.group(2);
                Matcher chart = INDICATOR_CHART.matcher(html);
                assertThat(chart.find()).as("the chart of indicator " + id).isTrue();
                assertThat(chart.group(1)).as("the chart of indicator " + id + " is an image named by its title")
                        .contains("role=\"img\" aria-labelledby=\"indicatorChart-" + id + "-title\"");
                // the figures in words for screen readers, a tooltip per point, a legend in the page's text
                assertThat(chart.group(2)).as("the chart's title").contains(value + language[2] + date);
                int measurements = count(MEASUREMENT_ROW, html);
                assertThat(count(POINT, chart.group(1))).as("the baseline and each measurement of indicator " + id).isEqualTo(measurements + 1);
                assertThat(chart.group(1)).contains("<path class=\"measured\" d=\"M", "class=\"target-mark\"",
                        "<li><span class=\"key baseline\" aria-hidden=\"true\"></span>" + language[1] + " · " + date + ": " + value + "</li>");
            }
            assertThat(cards).as("indicators on " + page).isPositive();
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

    /** The home, the plan of a public commitment without indicators and that commitment. */
    private List<String> lightPages() throws Exception {
        String commitment = publicCommitment(false);
        return List.of("", commitment.substring(0, commitment.indexOf('|')), commitment.substring(commitment.indexOf('|') + 1));
    }

    /**
     * A public commitment with or without indicators, for lightPages as "plan?id=…|commitment?id=…".
     * Other tests of the suite add indicators to the demo's commitments, so every plan on the home
     * page is looked at, in order.
     */
    private String publicCommitment(boolean withIndicators) throws Exception {
        Matcher plan = StatelessPublicPagesIT.PLAN_LINK.matcher(get("", null).body());
        while (plan.find()) {
            Matcher commitment = StatelessPublicPagesIT.COMMITMENT_LINK.matcher(get("plan?id=" + plan.group(1), null).body());
            while (commitment.find()) {
                String page = "commitment?id=" + commitment.group(1);
                if (get(page, null).body().contains("id=\"commitmentIndicators\"") == withIndicators) {
                    return withIndicators ? page : "plan?id=" + plan.group(1) + "|" + page;
                }
            }
        }
        throw new AssertionError("no public commitment " + (withIndicators ? "with" : "without") + " indicators on any plan of the home page");
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Cache-Control", "no-cache");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
