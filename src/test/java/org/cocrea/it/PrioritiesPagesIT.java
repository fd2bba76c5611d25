package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cocrea.demo.DemoAccounts;
import org.cocrea.support.Deployments;
import org.cocrea.support.TestDatabaseSession;
import org.cocrea.support.TestFiles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The priorities and toolbox pages over plain HTTP, as a browser posts them: a secretariat member
 * creates, scores, documents and drafts a priority; the toolbox lists and serves files through
 * /file/{id} to whom it may, and to nobody else. Works on the demo data of the test database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrioritiesPagesIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final String MEMBER = "instituto.zac"; // a demo secretariat member (information institute)

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    private URL base;

    private HttpClient newClient() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void aSecretariatMemberWorksAPriorityThroughThePages() throws Exception {
        HttpClient member = newClient();
        assertEquals(302, signIn(member, MEMBER, DemoAccounts.PASSWORD).statusCode());
        String plans = get(member, "stl/plans").body();
        Matcher plan = Pattern.compile("plan\\?id=(\\d+)").matcher(plans);
        assertThat(plan.find()).isTrue();
        String planId = plan.group(1);

        HttpResponse<String> ranking = get(member, "stl/priorities?plan=" + planId);
        assertEquals(200, ranking.statusCode());
        assertThat(ranking.body()).contains("Clasificación", "Nueva prioridad");

        String title = "Abasto de agua " + UUID.randomUUID();
        Map<String, String> create = form("newPriority", ranking.body());
        create.put("newPriority:title", title);
        create.put("newPriority:description", "Colonias sin agua tres días por semana.");
        create.put("newPriority:proposerNote", "Foro ciudadano de Zacatecas");
        create.put("newPriority:create", "");
        HttpResponse<String> created = post(member, "stl/priorities?plan=" + planId, create);
        assertEquals(302, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        Matcher priorityId = Pattern.compile("priority\\?id=(\\d+)").matcher(location);
        assertThat(priorityId.find()).as(location).isTrue();
        String priorityPath = "stl/priority?id=" + priorityId.group(1);

        HttpResponse<String> page = get(member, priorityPath);
        assertEquals(200, page.statusCode());
        assertThat(page.body()).contains(title, "Foro ciudadano de Zacatecas", "Nadie ha puntuado esta prioridad.");

        Map<String, String> score = form("scoreForm", page.body());
        score.put("scoreForm:score", "4");
        score.put("scoreForm:saveScore", "");
        assertEquals(302, post(member, priorityPath, score).statusCode());

        page = get(member, priorityPath);
        Map<String, String> link = form("linkForm", page.body());
        link.put("linkForm:link", "https://datos.zacatecas.gob.mx/agua");
        link.put("linkForm:addLink", "");
        assertEquals(302, post(member, priorityPath, link).statusCode());

        page = get(member, priorityPath);
        Map<String, String> draft = form("draftForm", page.body());
        draft.put("draftForm:draftTitle", "Tablero público del abasto de agua");
        draft.put("draftForm:draft", "");
        HttpResponse<String> drafted = post(member, priorityPath, draft);
        assertEquals(302, drafted.statusCode());
        assertThat(drafted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("stl/commitment?id="));

        page = get(member, priorityPath);
        assertThat(page.body()).contains("https://datos.zacatecas.gob.mx/agua", "Tablero público del abasto de agua", "Borrador")
                .doesNotContain("Nadie ha puntuado esta prioridad.");
        ranking = get(member, "stl/priorities?plan=" + planId);
        assertEquals(200, ranking.statusCode());
        assertThat(ranking.body()).contains(title, "priority-rank", "Puntuación promedio por prioridad");

        // a score out of range, forged past the select, is refused next to the field
        Map<String, String> forged = form("scoreForm", page.body());
        forged.put("scoreForm:score", "9");
        forged.put("scoreForm:saveScore", "");
        HttpResponse<String> refused = post(member, priorityPath, forged);
        assertEquals(200, refused.statusCode());

        HttpClient anonymous = newClient();
        assertEquals(302, get(anonymous, priorityPath).statusCode());
        assertEquals(302, get(anonymous, "stl/priorities?plan=" + planId).statusCode());
    }

    @Test
    void theToolboxServesEachFileOnlyToWhomItMay() throws Exception {
        String shared = "Guía compartida " + UUID.randomUUID();
        String own = "Plantilla propia " + UUID.randomUUID();

        HttpClient admin = newClient();
        assertEquals(302, signIn(admin, TestDatabaseSession.ADMIN_USERNAME, TestDatabaseSession.ADMIN_PASSWORD).statusCode());
        assertEquals(302, addMaterial(admin, shared, "guia.pdf").statusCode());
        HttpClient member = newClient();
        assertEquals(302, signIn(member, MEMBER, DemoAccounts.PASSWORD).statusCode());
        assertEquals(302, addMaterial(member, own, "plantilla.pdf").statusCode());

        String memberView = get(member, "toolbox").body();
        assertThat(memberView).contains(shared, own, "Todos los estados", "Agregar material");
        String sharedFile = fileLinkAfter(memberView, shared);
        String ownFile = fileLinkAfter(memberView, own);

        HttpClient anonymous = newClient();
        HttpResponse<String> publicView = get(anonymous, "toolbox");
        assertEquals(200, publicView.statusCode());
        assertThat(publicView.body()).contains(shared).doesNotContain(own, "Agregar material");
        assertEquals(200, get(anonymous, sharedFile).statusCode());
        assertEquals(404, get(anonymous, ownFile).statusCode());

        HttpClient otherState = newClient();
        assertEquals(302, signIn(otherState, "instituto.dgo", DemoAccounts.PASSWORD).statusCode());
        assertThat(get(otherState, "toolbox").body()).contains(shared).doesNotContain(own);
        assertEquals(404, get(otherState, ownFile).statusCode());
        assertEquals(200, get(member, ownFile).statusCode());
        assertEquals(200, get(admin, ownFile).statusCode());

        // a renamed program is refused, and nothing is listed
        String fake = "Material falso " + UUID.randomUUID();
        HttpResponse<String> refused = addMaterial(admin, fake, "falso.pdf", TestFiles.windowsExecutable());
        assertEquals(200, refused.statusCode());
        assertThat(get(anonymous, "toolbox").body()).doesNotContain(fake);
    }

    /** The /file/{id} path of the first file listed after the given title. */
    private static String fileLinkAfter(String html, String title) {
        int at = html.indexOf(title);
        assertThat(at).as(title).isNotNegative();
        Matcher file = Pattern.compile("/file/(\\d+)").matcher(html);
        assertThat(file.find(at)).as("a file after " + title).isTrue();
        return "file/" + file.group(1);
    }

    private HttpResponse<String> addMaterial(HttpClient client, String title, String fileName) throws Exception {
        return addMaterial(client, title, fileName, TestFiles.pdf(title));
    }

    private HttpResponse<String> addMaterial(HttpClient client, String title, String fileName, byte[] content) throws Exception {
        String page = get(client, "toolbox").body();
        Map<String, String> fields = form("addMaterial", page);
        fields.put("addMaterial:title", title);
        fields.put(nameOf(page, "addMaterial:kind"), "GUIDE");
        fields.put(nameOf(page, "addMaterial:phase"), "TRAINING");
        fields.put(nameOf(page, "addMaterial:language"), "ES");
        fields.put("addMaterial:description", "Material de prueba");
        fields.put("addMaterial:link", "");
        fields.put("addMaterial:addButton", "");
        String fileField = Pattern.compile("type=\"file\"[^>]*name=\"([^\"]+)\"|name=\"([^\"]+)\"[^>]*type=\"file\"").matcher(page)
                .results().map(m -> m.group(1) != null ? m.group(1) : m.group(2)).findFirst().orElseThrow();
        String boundary = "----cocrea" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(base + "toolbox"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The submitted name of a PrimeFaces select whose id starts with the given client id. */
    private static String nameOf(String html, String clientId) {
        Matcher matcher = Pattern.compile("<select[^>]*name=\"(" + Pattern.quote(clientId) + "[^\"]*)\"").matcher(html);
        assertThat(matcher.find()).as(clientId).isTrue();
        return matcher.group(1);
    }

    private static Map<String, String> form(String formId, String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(formId, formId);
        Matcher matcher = VIEW_STATE.matcher(html);
        assertThat(matcher.find()).as("a view state").isTrue();
        fields.put("jakarta.faces.ViewState", matcher.group(1));
        return fields;
    }

    private HttpResponse<String> signIn(HttpClient client, String username, String password) throws Exception {
        HttpResponse<String> page = get(client, "login");
        Map<String, String> fields = form("login", page.body());
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        return post(client, "login", fields);
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient client, String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
