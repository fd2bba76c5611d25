package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 10, a phone on a slow network: the public pages' light path. The home page's chart is drawn
 * by the server (a table of bars, the same figures as the state cards), without chart.js or moment.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LightPublicPagesIT {

    private static final Pattern CHART = Pattern.compile("<table class=\"bars\" id=\"homeChart\">(.*?)</table>", Pattern.DOTALL);
    private static final Pattern CHART_ROW = Pattern.compile("<th scope=\"row\">([^<]+)</th>.*?style=\"width: ([0-9.]+)%\".*?"
            + "<span class=\"bar-value\">(\\d+)%</span>", Pattern.DOTALL);
    private static final Pattern STATE_CARD = Pattern.compile("<section class=\"card state-card\">\\s*<h3>([^<]+)</h3>(.*?)</section>",
            Pattern.DOTALL);
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

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Cache-Control", "no-cache");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
