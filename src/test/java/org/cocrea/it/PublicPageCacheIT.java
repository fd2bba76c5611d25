package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.milestone.ProgressReport;
import org.cocrea.milestone.ReportService;
import org.cocrea.support.Deployments;
import org.cocrea.support.PageClient;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12: anonymous public pages come from the rendered-page cache, and never stale: a write
 * acknowledged to its author shows on the next view; ETag revalidation answers 304; each answer has
 * its own CSP nonce; languages are kept apart; a signed-in person never gets the anonymous page.
 * Writes go through the services here; views go over HTTP to this same server.
 */
@ExtendWith(ArquillianExtension.class)
class PublicPageCacheIT {

    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private ReportService reports;

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aReportShowsOnTheNextViewOfTheCachedCommitmentPage() throws Exception {
        World world = publishedWorld();
        String page = "commitment?id=" + world.commitmentId();
        HttpResponse<String> first = get(page, null, null);
        HttpResponse<String> second = get(page, null, null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag")).isPresent();
        assertThat(second.body()).doesNotContain("Se publicó el primer corte del caché");

        actAs(world.csoMember());
        ProgressReport report = ProgressReport.draft(scenario.today(world));
        report.setNarrative("Se publicó el primer corte del caché.");
        report.setPercent(40);
        reports.submit(world.milestoneId(), report, List.of(), List.of());

        HttpResponse<String> after = get(page, null, null);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("Se publicó el primer corte del caché.");
        assertThat(after.headers().firstValue("ETag")).isNotEqualTo(first.headers().firstValue("ETag"));
        // the browser's copy is out of date: it gets the new page, not 304
        assertThat(get(page, null, first.headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(200);
    }

    @Test
    void aNewStateShowsOnTheNextViewOfTheCachedHomePage() throws Exception {
        get("", null, null);
        assertThat(get("", null, null).statusCode()).isEqualTo(200);
        World world = scenario.newState();
        assertThat(get("", null, null).body()).contains("Estado de prueba " + world.code());
    }

    @Test
    void revalidationAnswers304AndEveryAnswerHasItsOwnNonce() throws Exception {
        World world = publishedWorld();
        String page = "plan?id=" + world.planId();
        HttpResponse<String> first = get(page, null, null);
        HttpResponse<String> second = get(page, null, null);
        String etag = second.headers().firstValue("ETag").orElseThrow();
        assertThat(second.headers().firstValue("Cache-Control")).contains("public, no-cache");
        assertThat(second.headers().firstValue("Last-Modified")).isPresent();
        assertThat(second.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Cookie"));
        assertThat(second.headers().allValues("Set-Cookie")).isEmpty();

        String nonce = nonceOf(second.body());
        assertThat(nonce).isNotEqualTo(nonceOf(first.body()));
        assertThat(second.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("'nonce-" + nonce + "'").contains("default-src 'self'"));
        assertThat(second.body().replace(nonce, "N")).isEqualTo(first.body().replace(nonceOf(first.body()), "N"));

        HttpResponse<String> revalidated = get(page, null, etag);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(revalidated.headers().firstValue("ETag")).contains(etag);
    }

    @Test
    void languagesAreKeptApart() throws Exception {
        World world = publishedWorld();
        String page = "plan?id=" + world.planId();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> english = get(page, "en", null);
            HttpResponse<String> spanish = get(page, "es", null);
            assertThat(english.body()).contains("lang=\"en\"").doesNotContain("lang=\"es\"");
            assertThat(spanish.body()).contains("lang=\"es\"").doesNotContain("lang=\"en\"");
            assertThat(english.headers().firstValue("ETag")).isNotEqualTo(spanish.headers().firstValue("ETag"));
        }
    }

    @Test
    void aSignedInPersonNeverGetsTheAnonymousPage() throws Exception {
        World world = publishedWorld();
        String page = "commitment?id=" + world.commitmentId();
        String etag = get(page, null, null).headers().firstValue("ETag").orElseThrow();
        get(page, null, null);

        PageClient secretariat = new PageClient(base);
        assertThat(secretariat.signIn(world.secretariat(), Scenario.PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> signedIn = secretariat.page(page);
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.body()).contains("id=\"nav:logout\"");
        assertThat(signedIn.headers().firstValue("ETag")).isEmpty();
        assertThat(signedIn.headers().firstValue("Cache-Control")).contains("no-store");
        // and the anonymous page is still the anonymous one
        HttpResponse<String> anonymous = get(page, null, null);
        assertThat(anonymous.body()).doesNotContain("id=\"nav:logout\"");
        assertThat(anonymous.headers().firstValue("ETag")).contains(etag);
    }

    private World publishedWorld() {
        World world = scenario.newState();
        scenario.publish(world);
        return world;
    }

    private static String nonceOf(String body) {
        Matcher nonce = NONCE.matcher(body);
        assertThat(nonce.find()).as("a nonce in the page").isTrue();
        return nonce.group(1);
    }

    private HttpResponse<String> get(String path, String language, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (language != null) {
            request.header("Cookie", "cocrea.lang=" + language);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
