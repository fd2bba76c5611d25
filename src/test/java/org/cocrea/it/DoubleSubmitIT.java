package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorService;
import org.cocrea.support.Deployments;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12: a form posted twice — the same request again, as a double click or a reload of the post
 * sends it — creates one record, and the second post is told so; a tampered token runs nothing;
 * public pages carry no token (they keep no session).
 */
@ExtendWith(ArquillianExtension.class)
class DoubleSubmitIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("name=\"co\\.submit\" value=\"([^\"]+)\"");
    private static final String ALREADY_SENT = "Este formulario ya se había enviado";

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private ActorService actors;
    @Inject private HttpServletRequest request;

    private World here;
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void aState() {
        here = scenario.newState();
    }

    @Test
    void theSameFormPostedTwiceCreatesOneRecord() throws Exception {
        signIn(here.secretariat());
        String page = send(get("stl/actors")).body();
        String name = "Colectivo Qwyx " + here.code();
        Map<String, String> fields = newActor(name, viewState(page), token(page));

        HttpResponse<String> first = send(post("stl/actors", fields));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
        HttpResponse<String> again = send(post("stl/actors", fields));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains(ALREADY_SENT);

        actAs(here.secretariat());
        assertThat(actors.ofState(here.stateId())).extracting(Actor::getName).containsOnlyOnce(name);

        // the page shown after the refusal carries a new token, which posts once
        String other = "Red Vecinal Plmk " + here.code();
        HttpResponse<String> next = send(post("stl/actors", newActor(other, viewState(again.body()), token(again.body()))));
        assertThat(next.statusCode()).as(next.body()).isEqualTo(302);
        assertThat(actors.ofState(here.stateId())).extracting(Actor::getName).containsOnlyOnce(name).containsOnlyOnce(other);
    }

    @Test
    void aTamperedTokenRunsNothing() throws Exception {
        signIn(here.secretariat());
        String page = send(get("stl/actors")).body();
        String name = "Colectivo Zrvb " + here.code();
        HttpResponse<String> forged = send(post("stl/actors", newActor(name, viewState(page), token(page) + "x")));
        assertThat(forged.statusCode()).isEqualTo(200);
        assertThat(forged.body()).contains(ALREADY_SENT).doesNotContain("\tat ", "Caused by", "java.lang.", "jakarta.faces.FacesException");
        actAs(here.secretariat());
        assertThat(actors.ofState(here.stateId())).extracting(Actor::getName).doesNotContain(name);
    }

    @Test
    void statelessPublicPagesCarryNoToken() throws Exception {
        HttpResponse<String> home = HttpClient.newHttpClient().send(get(""), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).doesNotContain("co.submit");
        assertThat(home.headers().allValues("Set-Cookie")).isEmpty();
    }

    private static Map<String, String> newActor(String name, String viewState, String token) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("newActor", "newActor");
        fields.put("newActor:actorName", name);
        fields.put("newActor:acronym", "");
        fields.put("newActor:actorType_input", "CSO");
        fields.put("newActor:kind_input", "ORGANIZATION");
        fields.put("newActor:secretariatRole_input", "");
        fields.put("newActor:gender_input", "");
        fields.put("newActor:contactName", "");
        fields.put("newActor:email", "");
        fields.put("newActor:phone", "");
        fields.put("newActor:website", "");
        fields.put("newActor:notes", "");
        fields.put("newActor:save", "");
        fields.put("co.submit", token);
        fields.put("jakarta.faces.ViewState", viewState);
        return fields;
    }

    private void signIn(String username) throws Exception {
        String page = send(get("login")).body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", Scenario.PASSWORD);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState(page));
        assertThat(send(post("login", form)).statusCode()).isEqualTo(302);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return browser.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return request.getScheme() + "://localhost:" + request.getLocalPort() + request.getContextPath() + "/";
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).GET().build();
    }

    private HttpRequest post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String viewState(String html) {
        return find(VIEW_STATE, html, "view state");
    }

    private static String token(String html) {
        return find(TOKEN, html, "submit token");
    }

    private static String find(Pattern pattern, String html, String what) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no " + what + " in the page");
        }
        return matcher.group(1);
    }
}
