package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cocrea.support.Deployments;
import org.cocrea.support.TestDatabaseSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The web boundary, over plain HTTP: sign-in, role areas, headers, cookies, error pages, forged posts. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebSecurityIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    private URL base;

    private HttpClient client;

    @BeforeEach
    void newBrowserSession() {
        client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> home = get("");
        assertEquals(200, home.statusCode());
        assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("frame-ancestors 'none'", "object-src 'none'", "form-action 'self'"));
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(home.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(home.headers().firstValue("Referrer-Policy")).isPresent();
        assertThat(home.headers().allValues("Server")).noneMatch(server -> server.contains("Payara"));
        assertThat(home.body()).contains("lang=\"es\"");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> login = get("login");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void protectedAreasSendTheAnonymousToSignIn() throws Exception {
        for (String area : new String[] {"admin/states", "stl/plans", "actor/milestones", "account/password"}) {
            HttpResponse<String> response = get(area);
            assertEquals(302, response.statusCode(), area);
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() throws Exception {
        HttpResponse<String> response = signIn(TestDatabaseSession.ADMIN_USERNAME, "not-the-password");
        assertEquals(200, response.statusCode());
        assertThat(response.body()).contains("Usuario o contraseña incorrectos.");
        assertEquals(302, get("admin/states").statusCode());
    }

    @Test
    void guessingIsStoppedAfterFiveFailures() throws Exception {
        String account = "evaluador.dgo"; // a demo account: demo data is loaded in the test database
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(account, "adivinanza-" + i).body()).contains("Usuario o contraseña incorrectos.");
        }
        HttpResponse<String> withTheRightPassword = signIn(account, org.cocrea.demo.DemoAccounts.PASSWORD);
        assertEquals(200, withTheRightPassword.statusCode());
        assertThat(withTheRightPassword.body()).contains("Demasiados intentos fallidos");
        assertEquals(302, get("account/password").statusCode());
    }

    @Test
    void anAdministratorSignsInAndOthersAreKeptOutOfItsArea() throws Exception {
        HttpResponse<String> signedIn = signIn(TestDatabaseSession.ADMIN_USERNAME, TestDatabaseSession.ADMIN_PASSWORD);
        assertEquals(302, signedIn.statusCode());
        assertEquals(200, get("admin/states").statusCode());
        HttpResponse<String> secretariatArea = get("stl/plans");
        assertEquals(403, secretariatArea.statusCode());
        assertThat(secretariatArea.body()).contains("Acceso denegado");
        assertRevealsNothing(secretariatArea.body());
        assertThat(get("admin/states").headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void errorPagesRevealNothing() throws Exception {
        HttpResponse<String> missing = get("no-such-page");
        assertEquals(404, missing.statusCode());
        assertThat(missing.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(missing.headers().allValues("Server")).noneMatch(server -> server.contains("Payara"));
        assertThat(missing.body()).contains("Página no encontrada");
        assertRevealsNothing(missing.body());
        HttpResponse<String> noPlan = get("plan?id=999999999");
        assertEquals(404, noPlan.statusCode());
        assertRevealsNothing(noPlan.body());
        assertEquals(404, get("plan?id=not-a-number").statusCode());
        assertEquals(404, get("commitment?id=1;drop").statusCode());
        HttpResponse<String> wrongMethod = post("evidence/1", Map.of());
        assertEquals(405, wrongMethod.statusCode());
        assertRevealsNothing(wrongMethod.body());
        assertEquals(404, get("evidence/999999999").statusCode());
        assertEquals(404, get("evidence/not-a-number").statusCode());
        assertThat(get("WEB-INF/web.xml").statusCode()).isIn(403, 404);
    }

    @Test
    void aFormPostedWithoutItsViewStateIsRefused() throws Exception {
        // what a forged cross-site post looks like: the right fields, but no valid view state
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", TestDatabaseSession.ADMIN_USERNAME);
        form.put("login:password", TestDatabaseSession.ADMIN_PASSWORD);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", "-1234567890:987654321");
        HttpResponse<String> forged = post("login", form);
        assertEquals(302, forged.statusCode());
        String errorPage = forged.headers().firstValue("Location").orElseThrow();
        assertThat(errorPage).endsWith("/errors/expired.xhtml");
        assertThat(client.send(HttpRequest.newBuilder(URI.create(errorPage)).build(), HttpResponse.BodyHandlers.ofString()).body())
                .contains("La página expiró");
        assertEquals(302, get("admin/states").statusCode());
    }

    @Test
    void theEnglishSwitchTranslatesThePage() throws Exception {
        HttpResponse<String> switched = get("?lang=en");
        assertEquals(302, switched.statusCode());
        assertThat(get("").body()).contains("lang=\"en\"", "Sign in");
    }

    @Test
    void theLanguageSwitchKeepsTheQueryAndNeedsNoSession() throws Exception {
        HttpResponse<String> switched = get("plan?id=987654321&lang=en");
        assertEquals(302, switched.statusCode());
        assertThat(switched.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/plan?id=987654321"));
        assertThat(switched.headers().allValues("Set-Cookie"))
                .anyMatch(c -> c.startsWith("cocrea.lang=en"))
                .noneMatch(c -> c.startsWith("JSESSIONID"));
        // the choice lasts: a later visit (no lang in the address) is still in English, and back
        assertThat(get("toolbox").body()).contains("lang=\"en\"");
        assertThat(get("toolbox?lang=es").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/toolbox"));
        assertThat(get("toolbox").body()).contains("lang=\"es\"");
    }

    /** No stack trace, no exception class, no server name in what the user sees. */
    private static void assertRevealsNothing(String body) {
        assertThat(body).doesNotContain("\tat ", "Caused by", "java.lang.", "jakarta.faces.FacesException", "Payara");
    }

    private HttpResponse<String> signIn(String username, String password) throws Exception {
        HttpResponse<String> page = get("login");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        return post("login", form);
    }

    private static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no view state in the page");
        }
        return matcher.group(1);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
