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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        // a demo account that this test locks for 15 minutes, so that no other test may sign in with it
        String account = "evaluador.dgo";
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

    // Issue 11: what a hostile probe found, tried again from the attacker's side.

    /** Values a tampered hidden number input carries: none of them is a number the widget sends. */
    private static final List<String> HOSTILE_NUMBERS = List.of("abc", "NaN", "Infinity", "1,000.50", "0x10", "1e999999999", "--1");

    /** Hostile {@code tab} parameters: not numbers, or not an int. */
    private static final List<String> HOSTILE_TABS = List.of("abc", "1e3", "2147483648", "-");

    private static final Pattern FORM = Pattern.compile("<form id=\"([^\"]+)\"(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input ([^>]*)>");
    private static final Pattern SUBMIT = Pattern.compile("<button [^>]*name=\"([^\"]+)\"[^>]*type=\"submit\"");
    /** Links, and the targets of PrimeFaces' p:button (rendered as a script that opens the page). */
    private static final Pattern LINK = Pattern.compile("href=\"([^\"#]+)\"|window\\.open\\('([^']+)'");

    @Test
    void tamperedNumberInputsOnEveryFormPageGetAMessageBesideTheField() throws Exception {
        signIn("secretariado.son", org.cocrea.demo.DemoAccounts.PASSWORD);
        int numberForms = 0;
        for (String page : formPages()) {
            String html = get(page).body();
            Matcher form = FORM.matcher(html);
            while (form.find()) {
                Map<String, String> fields = fields(form.group(1), form.group(2), viewState(html));
                List<String> numbers = fields.keySet().stream().filter(name -> name.endsWith("_hinput")).toList();
                if (numbers.isEmpty()) {
                    continue;
                }
                numberForms++;
                for (String hostile : HOSTILE_NUMBERS) {
                    Map<String, String> tampered = new LinkedHashMap<>(fields);
                    // each post spends the form's one-time token (web.SubmitOnce): the next one takes the page's fresh one
                    String fresh = get(page).body();
                    tampered.put("jakarta.faces.ViewState", viewState(fresh));
                    Matcher token = Pattern.compile("name=\"co\\.submit\" value=\"([^\"]+)\"").matcher(fresh);
                    if (tampered.containsKey("co.submit") && token.find()) {
                        tampered.put("co.submit", token.group(1));
                    }
                    numbers.forEach(name -> tampered.put(name, hostile));
                    HttpResponse<String> answer = post(page, tampered);
                    String what = page + " " + form.group(1) + " " + hostile;
                    assertSafe(what, answer);
                    assertEquals(200, answer.statusCode(), what);
                    assertThat(answer.body()).as(what).contains("Escriba un número");
                }
            }
        }
        // the budget lines and a new milestone's weight (/stl/commitment), a milestone's weight
        // (/stl/milestone), a report's percent (/actor/report)
        assertThat(numberForms).as("forms with number inputs").isGreaterThanOrEqualTo(4);
        assertThat(formPages()).as("report pages were fuzzed too").anyMatch(p -> p.startsWith("actor/report?"));
    }

    @Test
    void hostileTabParametersAndUnknownVerbsAreRefusedWithoutAServerError() throws Exception {
        signIn("secretariado.son", org.cocrea.demo.DemoAccounts.PASSWORD);
        List<String> pages = formPages();
        List<String> tabbed = pages.stream().filter(p -> p.startsWith("stl/commitment?") || p.startsWith("stl/session?")).toList();
        assertThat(tabbed).as("commitment and session pages").isNotEmpty();
        for (String page : tabbed) {
            for (String tab : HOSTILE_TABS) {
                HttpResponse<String> answer = get(page + "&tab=" + tab);
                assertSafe(page + " tab=" + tab, answer);
                assertEquals(400, answer.statusCode(), page + " tab=" + tab);
            }
            assertEquals(200, get(page + "&tab=99").statusCode(), "a tab the page does not have opens the first one");
        }
        List<String> targets = new ArrayList<>(pages);
        targets.addAll(List.of("evidence/1", "file/1", "evidence/999999999", ""));
        for (String target : targets) {
            for (String verb : List.of("PATCH", "PUT", "DELETE", "PROPFIND", "FOO")) {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + target))
                        .method(verb, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                assertSafe(verb + " " + target, answer);
                assertEquals(405, answer.statusCode(), verb + " " + target);
                assertThat(answer.headers().firstValue("X-Frame-Options")).as(verb + " " + target).contains("DENY");
            }
        }
    }

    @Test
    void oversizeBodiesAreRefusedBeforeTheyAreRead() throws Exception {
        signIn("secretariado.son", org.cocrea.demo.DemoAccounts.PASSWORD);
        for (String page : formPages()) {
            String answer = rawPost(page, "application/x-www-form-urlencoded", 5L * 1024 * 1024);
            assertThat(answer).as("5 MB form post to " + page).startsWith("HTTP/1.1 413");
            assertThat(answer.replaceAll("errorPages:\\{[^}]*\\}", "")).as(page).doesNotContain("Exception", "java.", "\tat ");
            assertThat(rawPost(page, "multipart/form-data; boundary=x", 200L * 1024 * 1024)).as("200 MB upload to " + page)
                    .startsWith("HTTP/1.1 413");
        }
        String report = formPages().stream().filter(p -> p.startsWith("actor/report?")).findFirst().orElseThrow();
        String html = get(report).body();
        Matcher form = FORM.matcher(html);
        boolean found = false;
        while (!found && form.find()) {
            found = form.group(1).equals("report"); // the report's form, not the layout's (signing out)
        }
        assertThat(found).as("the report form").isTrue();
        String boundary = "----cocrea" + System.nanoTime();
        byte[] file = new byte[31 * 1024 * 1024];
        java.util.Arrays.fill(file, (byte) 'a');
        HttpResponse<String> upload = client.send(HttpRequest.newBuilder(URI.create(base + report)).version(HttpClient.Version.HTTP_1_1)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(multipart(boundary, fields(form.group(1), form.group(2), viewState(html)), file)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertSafe("31 MB upload", upload);
        assertThat(upload.statusCode()).as("a message beside the field, or the request refused").isIn(200, 413);
    }

    @Test
    void aViewStateOfAnotherPageIsNotAServerError() throws Exception {
        signIn("secretariado.son", org.cocrea.demo.DemoAccounts.PASSWORD);
        List<String> pages = formPages();
        String otherViewState = viewState(get("account/password").body());
        for (String page : pages) {
            Matcher form = FORM.matcher(get(page).body());
            while (form.find()) {
                Map<String, String> fields = fields(form.group(1), form.group(2), otherViewState);
                assertSafe("view state of /account/password posted to " + page + " " + form.group(1), post(page, fields));
            }
        }
    }

    @Test
    void ajaxAnswersNeverNameAnException() throws Exception {
        // a lazy, paged table: the commitment's change log (the toolbox pages by GET since issue 12)
        signIn("secretariado.son", org.cocrea.demo.DemoAccounts.PASSWORD);
        String commitment = formPages().stream().filter(p -> p.startsWith("stl/commitment?")).findFirst().orElseThrow();
        HttpResponse<String> page = get(commitment);
        Matcher table = Pattern.compile("<form id=\"([^\"]+)\"[^>]*>(?:(?!</form>).)*?id=\"([^\"]*:audit)\"", Pattern.DOTALL).matcher(page.body());
        assertThat(table.find()).isTrue();
        Matcher nonce = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(page.body());
        assertThat(nonce.find()).as("the page's CSP nonce").isTrue();
        String form = table.group(1);
        String id = table.group(2);
        for (String rows : List.of("abc", "-5", "0x10", "99999999999")) {
            Map<String, String> paging = new LinkedHashMap<>();
            paging.put(form, form);
            paging.put("jakarta.faces.partial.ajax", "true");
            paging.put("jakarta.faces.source", id);
            paging.put("jakarta.faces.partial.execute", id);
            paging.put("jakarta.faces.partial.render", id);
            paging.put(id + "_pagination", "true");
            paging.put(id + "_first", "0");
            paging.put(id + "_rows", rows);
            paging.put(id + "_encodeFeature", "true");
            paging.put("primefaces.nonce", nonce.group(1));
            paging.put("jakarta.faces.ViewState", viewState(page.body()));
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + commitment))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(paging))).build(), HttpResponse.BodyHandlers.ofString());
            assertSafe("rows=" + rows, answer);
            assertThat(answer.body()).as("rows=" + rows).doesNotContain("<error", "IllegalArgument", "Unsupported rows");
        }
    }

    @Test
    void signingInGivesANewSessionIdAndSigningOutEndsIt() throws Exception {
        get("login");
        String before = sessionId();
        assertEquals(302, signIn("secretariado.son", org.cocrea.demo.DemoAccounts.PASSWORD).statusCode());
        String after = sessionId();
        assertThat(after).as("an id planted before sign-in is worth nothing after it").isNotEqualTo(before);
        HttpClient planted = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> withTheOldId = planted.send(HttpRequest.newBuilder(URI.create(base + "stl/plans"))
                .header("Cookie", "JSESSIONID=" + before).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, withTheOldId.statusCode());
        assertEquals(200, get("stl/plans").statusCode());

        HttpResponse<String> page = get("stl/plans");
        Map<String, String> logout = new LinkedHashMap<>();
        logout.put("nav", "nav");
        logout.put("nav:logout", "");
        logout.put("jakarta.faces.ViewState", viewState(page.body()));
        assertEquals(302, post("stl/plans", logout).statusCode());
        HttpResponse<String> afterwards = planted.send(HttpRequest.newBuilder(URI.create(base + "stl/plans"))
                .header("Cookie", "JSESSIONID=" + after).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, afterwards.statusCode(), "signed out: the session's id opens nothing");
    }

    /**
     * Each signed-in person keeps its role on every request, however many come at once, anonymous
     * visitors among them. Payara 6 now and then lost a caller's roles in its own check under load and
     * answered 403 (payara/Payara#6145, 1 run in 7 here, and on CI); the areas are admitted by the
     * session's roles now ({@code security.Area}, {@code AreaGuard}). The race did not show on demand,
     * so this guards the outcome rather than reproducing the cause; {@code AreaTest} pins the table.
     */
    @Test
    void signedInPeopleKeepTheirRoleUnderConcurrentRequests() throws Exception {
        Map<String, String> areaOf = Map.of("secretariado.son", "stl/plans", "osc.son", "actor/milestones",
                TestDatabaseSession.ADMIN_USERNAME, "admin/states");
        List<java.util.concurrent.Callable<String>> requests = new ArrayList<>();
        for (var person : areaOf.entrySet()) {
            org.cocrea.support.PageClient browser = new org.cocrea.support.PageClient(base);
            String password = person.getKey().equals(TestDatabaseSession.ADMIN_USERNAME) ? TestDatabaseSession.ADMIN_PASSWORD
                    : org.cocrea.demo.DemoAccounts.PASSWORD;
            assertEquals(302, browser.signIn(person.getKey(), password).statusCode(), person.getKey());
            for (int i = 0; i < 40; i++) {
                requests.add(() -> {
                    HttpResponse<String> answer = browser.page(person.getValue());
                    return answer.statusCode() == 200 ? "" : person.getKey() + " got " + answer.statusCode() + " on " + person.getValue();
                });
            }
        }
        org.cocrea.support.PageClient anonymous = new org.cocrea.support.PageClient(base);
        for (int i = 0; i < 40; i++) {
            String publicPage = i % 2 == 0 ? "toolbox" : "states";
            requests.add(() -> anonymous.page(publicPage).statusCode() == 200 ? "" : "anonymous got an error on " + publicPage);
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<String> wrong = new ArrayList<>();
            for (var answer : pool.invokeAll(requests)) {
                if (!answer.get().isEmpty()) {
                    wrong.add(answer.get());
                }
            }
            assertThat(wrong).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    private String sessionId() {
        return ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).findFirst().orElseThrow().getValue();
    }

    @Test
    void aSessionIdInTheUrlIsRefused() throws Exception {
        signIn("secretariado.son", org.cocrea.demo.DemoAccounts.PASSWORD);
        assertEquals(200, get("account/password").statusCode());
        String sessionId = ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).findFirst().orElseThrow().getValue();
        HttpClient withoutCookies = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> stolen = withoutCookies.send(HttpRequest.newBuilder(URI.create(base + "account/password;jsessionid=" + sessionId)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, stolen.statusCode());
        assertThat(stolen.body()).doesNotContain("changePassword");
    }

    @Test
    void containerAnswersCarryTheHeadersAndRedirectsIgnoreTheHostHeader() throws Exception {
        HttpResponse<String> toSignIn = get("stl/plans");
        assertEquals(302, toSignIn.statusCode());
        assertThat(toSignIn.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(toSignIn.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(toSignIn.headers().allValues("Server")).noneMatch(server -> server.contains("Payara"));
        assertThat(rawLocation("stl/plans", "evil.example")).doesNotContain("evil.example").endsWith("/login");
        HttpResponse<String> trace = client.send(HttpRequest.newBuilder(URI.create(base + "")).method("TRACE", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(trace.statusCode()).isIn(403, 405);
        assertThat(trace.headers().allValues("Server")).noneMatch(server -> server.contains("Payara"));
        assertThat(trace.headers().allValues("X-Frame-Options")).noneMatch(value -> value.equals("SAMEORIGIN"));
    }

    @Test
    void theSessionCookieIsSecureBehindATlsProxy() throws Exception {
        HttpResponse<String> viaProxy = client.send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        String cookie = viaProxy.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("Secure");
        assertThat(viaProxy.headers().firstValue("Strict-Transport-Security")).isPresent();
        HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String plainCookie = plain.send(HttpRequest.newBuilder(URI.create(base + "login")).build(), HttpResponse.BodyHandlers.ofString())
                .headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(plainCookie).doesNotContainIgnoringCase("Secure");
    }

    @Test
    void thePolicyAllowsScriptsOnlyFromThisSiteAndThePagesNonce() throws Exception {
        HttpResponse<String> home = get("toolbox");
        List<String> policies = home.headers().allValues("Content-Security-Policy");
        assertThat(policies).hasSize(1);
        String policy = policies.get(0);
        assertThat(policy).doesNotContain("unsafe-eval");
        String scripts = policy.substring(policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src")));
        assertThat(scripts).doesNotContain("unsafe-inline").containsPattern("'nonce-[^']+'");
        String nonce = scripts.replaceAll(".*'nonce-([^']+)'.*", "$1");
        Matcher script = Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(home.body());
        int inline = 0;
        while (script.find()) {
            inline++;
            assertThat(script.group(1)).as("every inline script carries the nonce").contains("nonce=\"" + nonce + "\"");
        }
        assertThat(inline).isPositive();
        assertThat(home.body()).doesNotContainPattern("\\son(click|change|load|submit|keyup|keydown)=\"");
    }

    @Test
    void aGetCarryingAViewStateRunsNoAction() throws Exception {
        HttpResponse<String> login = get("login");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", "secretariado.son");
        form.put("login:password", org.cocrea.demo.DemoAccounts.PASSWORD);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState(login.body()));
        HttpResponse<String> answer = get("login?" + encode(form));
        assertEquals(400, answer.statusCode());
        assertEquals(302, get("account/password").statusCode(), "the sign-in did not run: still signed out");
    }

    @Test
    void anotherStatesRecordIsAnsweredAsIfItDidNotExist() throws Exception {
        signIn("secretariado.son", org.cocrea.demo.DemoAccounts.PASSWORD);
        List<String> sonora = formPages().stream().filter(p -> p.matches("stl/(commitment|milestone|plan|session|priority)\\?id=\\d+")).toList();
        assertThat(sonora).isNotEmpty();
        newBrowserSession();
        signIn("secretariado.ver", org.cocrea.demo.DemoAccounts.PASSWORD);
        for (String page : sonora) {
            HttpResponse<String> other = get(page);
            HttpResponse<String> missing = get(page.replaceAll("id=\\d+", "id=999999999"));
            assertEquals(404, other.statusCode(), page);
            assertEquals(missing.statusCode(), other.statusCode(), page);
            assertThat(other.body()).contains("Página no encontrada");
            assertRevealsNothing(other.body());
        }
    }

    /**
     * The form pages a secretariat member of the demo's first state reaches from its plans, its
     * milestones and its account, following links: at most three of each kind of page.
     */
    private List<String> formPages() throws Exception {
        String root = URI.create(base.toString()).getPath();
        Deque<String> queue = new ArrayDeque<>(List.of("stl/plans", "actor/milestones", "account/password"));
        Set<String> seen = new LinkedHashSet<>(queue);
        Map<String, Integer> perKind = new HashMap<>();
        List<String> pages = new ArrayList<>();
        while (!queue.isEmpty() && pages.size() < 40) {
            String page = queue.poll();
            HttpResponse<String> answer = get(page);
            if (answer.statusCode() != 200) {
                continue;
            }
            pages.add(page);
            Matcher link = LINK.matcher(answer.body());
            while (link.find()) {
                String href = (link.group(1) != null ? link.group(1) : link.group(2)).replace("&amp;", "&").replace("\\/", "/");
                if (!href.startsWith(root)) {
                    continue;
                }
                String target = href.substring(root.length()).replaceAll("&tab=\\d+|&[ab]=\\d+", "");
                String kind = target.split("\\?")[0];
                if (target.matches("(stl|actor)/[a-z]+\\?[a-z]+=\\d+") && seen.add(target) && perKind.merge(kind, 1, Integer::sum) <= 3) {
                    queue.add(target);
                }
            }
        }
        return pages;
    }

    /** A form's fields as the browser sends them: inputs with their values, and its first submit button. */
    private static Map<String, String> fields(String formId, String formHtml, String viewState) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(formId, formId);
        Matcher input = INPUT.matcher(formHtml);
        while (input.find()) {
            String attributes = input.group(1);
            String name = attribute(attributes, "name");
            String type = attribute(attributes, "type");
            if (name != null && !"file".equals(type) && !"checkbox".equals(type) && !"radio".equals(type) && !"submit".equals(type)) {
                String value = attribute(attributes, "value");
                fields.put(name, value == null ? "" : value.replace("&amp;", "&"));
            }
        }
        Matcher submit = SUBMIT.matcher(formHtml);
        if (submit.find()) {
            fields.put(submit.group(1), "");
        }
        fields.put("jakarta.faces.ViewState", viewState);
        return fields;
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : null;
    }

    private static HttpRequest.BodyPublisher multipart(String boundary, Map<String, String> fields, byte[] file) {
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"report:file\"; filename=\"big.pdf\"\r\n")
                .append("Content-Type: application/pdf\r\n\r\n");
        String tail = "\r\n--" + boundary + "--\r\n";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
        return HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()); // a declared length, as browsers send
    }

    /** The Location of a redirect for a request whose Host header is forged (the HTTP client will not send one). */
    private String rawLocation(String path, String host) throws Exception {
        URI uri = URI.create(base + path);
        String answer = raw(uri, "GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
        return answer.lines().filter(line -> line.regionMatches(true, 0, "Location:", 0, 9)).findFirst().orElseThrow();
    }

    /**
     * A POST that declares a body of that length, signed in as this test's client, and sends none of
     * it: the answer must come from the headers alone (a refused body is never read).
     */
    private String rawPost(String path, String contentType, long declaredLength) throws Exception {
        URI uri = URI.create(base + path);
        String cookies = ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().get(uri).stream()
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        return raw(uri, "POST " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " HTTP/1.1\r\n"
                + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\nContent-Type: " + contentType + "\r\n"
                + "Content-Length: " + declaredLength + "\r\nCookie: " + cookies + "\r\nConnection: close\r\n\r\n");
    }

    /**
     * The answer to a request written by hand: its head, and its body as long as declared or up to
     * the last chunk (the server may keep the connection open to read a body that never comes).
     */
    private static String raw(URI uri, String head) throws Exception {
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            java.io.InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            for (int b = in.read(); b >= 0; b = in.read()) {
                answer.append((char) b);
                if (answer.length() >= 4 && answer.lastIndexOf("\r\n\r\n") == answer.length() - 4) {
                    break;
                }
            }
            Matcher length = Pattern.compile("(?i)\r\nContent-Length: *(\\d+)").matcher(answer);
            if (length.find()) {
                answer.append(new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.ISO_8859_1));
            } else if (Pattern.compile("(?i)\r\nTransfer-Encoding: *chunked").matcher(answer).find()) {
                while (answer.lastIndexOf("\r\n0\r\n\r\n") < 0) {
                    int b = in.read();
                    if (b < 0) {
                        break;
                    }
                    answer.append((char) b);
                }
            }
            return answer.toString();
        }
    }

    /**
     * No server error, no redirect to its page, no exception text. Every page holds PrimeFaces'
     * client settings (its error pages, one keyed by ViewExpiredException) and the layout's
     * AjaxExceptionHandler widget: those are left out of the check.
     */
    private static void assertSafe(String what, HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(what).isLessThan(500);
        assertThat(answer.headers().firstValue("Location").orElse("")).as(what).doesNotContain("/errors/500");
        String body = answer.body().replaceAll("errorPages:\\{[^}]*\\}", "").replace("\"AjaxExceptionHandler\"", "");
        assertThat(body).as(what).doesNotContain("Exception", "java.", "\tat ", "Caused by");
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
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
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
