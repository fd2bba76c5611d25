package org.cocrea.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One visitor with its own cookies, as a client-side test sees the site: pages, forms, sign-in. */
public final class PageClient {

    private static final Pattern FORM_STATE = Pattern.compile("jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URL base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public PageClient(URL base) {
        this.base = base;
    }

    /** A visitor of this very server, for a test that runs inside it (given the request of the test's own call). */
    public static PageClient inside(jakarta.servlet.http.HttpServletRequest request) throws java.net.MalformedURLException {
        return new PageClient(new URL(request.getScheme() + "://localhost:" + request.getLocalPort() + request.getContextPath() + "/"));
    }

    /** A GET of the page, with request headers given as name, value, name, value… if any. */
    public HttpResponse<String> page(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET of a file (its bytes), as the signed-in person downloads it. */
    public HttpResponse<byte[]> download(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts the sign-in form as a person types it: any text at all in the user name. */
    public HttpResponse<String> signIn(String typedName, String password) throws Exception {
        return submit("login", "login", Map.of("username", typedName, "password", password, "submit", ""));
    }

    /**
     * Opens the page and posts its form {@code form} with the given inputs (by their id inside the
     * form, e.g. {@code cycleStart_input}) and the page's view state, as a browser would.
     */
    public HttpResponse<String> submit(String path, String form, Map<String, String> inputs) throws Exception {
        Matcher state = FORM_STATE.matcher(page(path).body());
        if (!state.find()) {
            throw new AssertionError("no view state on " + path);
        }
        StringBuilder body = new StringBuilder(encoded(form)).append('=').append(encoded(form))
                .append("&jakarta.faces.ViewState=").append(encoded(state.group(1)));
        inputs.forEach((id, value) -> body.append('&').append(encoded(form + ":" + id)).append('=').append(encoded(value)));
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts exactly these fields (names as sent, view state included or forged) to the page. */
    public HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(encoded(name)).append('=').append(encoded(value)));
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Posts an ajax request as PrimeFaces sends one from a form already shown: the form's fields
     * ({@link #fieldsOf}), the component that fires it ({@code source}, a client id), what it
     * processes and what it renders; the answer is Faces' partial response.
     */
    public HttpResponse<String> ajax(String path, Map<String, String> formFields, String source, String execute, String render)
            throws Exception {
        Map<String, String> fields = new java.util.LinkedHashMap<>(formFields);
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.execute", execute);
        fields.put("jakarta.faces.partial.render", render);
        fields.put(source, source);
        return post(path, fields);
    }

    private static final Pattern POLL = Pattern.compile("PrimeFaces\\.cw\\(\\s*\"Poll\"\\s*,\\s*\"[^\"]*\"\\s*,\\s*\\{\\s*id\\s*:\\s*\"([^\"]+)\"");

    /** The client id of the PrimeFaces poll in a page or partial response, or null when there is none. */
    public static String pollIn(String html) {
        Matcher poll = POLL.matcher(html);
        return poll.find() ? poll.group(1) : null;
    }

    /**
     * Fires the poll the last answer shows (in the form {@code form}, rendering it), as the browser does
     * every second, until an answer holds {@code text} (the last answer itself, if it does); at most a
     * minute. The answer that holds it.
     */
    public String pollUntil(String path, Map<String, String> formFields, String form, String lastAnswer, String text)
            throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(1).toNanos();
        String answer = lastAnswer;
        while (!answer.contains(text)) {
            String poll = pollIn(answer);
            if (poll == null || System.nanoTime() > deadline) {
                throw new AssertionError("no poll left, or a minute passed, before «" + text + "»: " + answer);
            }
            Thread.sleep(200); // the job runs on the server meanwhile, as the browser's poll waits its second
            HttpResponse<String> polled = ajax(path, formFields, poll, poll, form);
            if (polled.statusCode() != 200) {
                throw new AssertionError("the poll answered " + polled.statusCode() + ": " + polled.body());
            }
            answer = polled.body();
        }
        return answer;
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * Opens the page and posts its form {@code form} as multipart, as a browser sends a file: the
     * given inputs (by id inside the form) and one file in the form's file input.
     */
    public HttpResponse<String> upload(String path, String form, Map<String, String> inputs, String fileName, byte[] content)
            throws Exception {
        String html = page(path).body();
        Map<String, String> hidden = formFields(html, form, path);
        Matcher fileInput = Pattern.compile("name=\"(" + Pattern.quote(form) + ":[^\"]*)\"[^>]*type=\"file\"|type=\"file\"[^>]*name=\"("
                + Pattern.quote(form) + ":[^\"]*)\"").matcher(html);
        if (!fileInput.find()) {
            throw new AssertionError("no file input in " + form + " on " + path);
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>(hidden);
        inputs.forEach((id, value) -> fields.put(form + ":" + id, value));
        String name = fileInput.group(1) != null ? fileInput.group(1) : fileInput.group(2);
        return postMultipart(path, fields, name, Map.of(fileName, content));
    }

    /**
     * Posts exactly these fields as multipart, as a browser sends a form with files: the fields, then
     * in the file input {@code fileInput} each file (its name as sent, its bytes).
     */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileInput, Map<String, byte[]> files)
            throws Exception {
        String boundary = "----cocrea" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (var file : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileInput + "\"; filename=\"" + file.getKey()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(file.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Posts the form {@code form} of a page already shown ({@code html}) with the given inputs, as a
     * browser would: with the form's view state and its one-time token (web.SubmitOnce).
     */
    public HttpResponse<String> submitShown(String path, String html, String form, Map<String, String> inputs) throws Exception {
        return post(path, fieldsOf(path, html, form, inputs));
    }

    /**
     * What a browser posts with the form {@code form} of a page shown ({@code html}): the form's own
     * hidden fields (its view state and one-time token) and the given inputs by their id inside the
     * form; a map to change or to post more than once.
     */
    public static Map<String, String> fieldsOf(String path, String html, String form, Map<String, String> inputs) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(formFields(html, form, path));
        inputs.forEach((id, value) -> fields.put(form + ":" + id, value));
        return fields;
    }

    private static final Pattern TOKEN = Pattern.compile("name=\"co\\.submit\" value=\"([^\"]+)\"");

    /**
     * The hidden fields a browser sends with the form {@code form} of the page: its name, its view
     * state and, in a view that keeps state, its one-time token (web.SubmitOnce), all taken from
     * the form itself.
     */
    private static Map<String, String> formFields(String html, String form, String path) {
        Matcher open = Pattern.compile("<form id=\"" + Pattern.quote(form) + "\"").matcher(html);
        if (!open.find()) {
            throw new AssertionError("no form " + form + " on " + path);
        }
        int end = html.indexOf("</form>", open.start());
        String inForm = html.substring(open.start(), end < 0 ? html.length() : end);
        Matcher state = FORM_STATE.matcher(inForm);
        if (!state.find()) {
            throw new AssertionError("no view state in " + form + " on " + path);
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put(form, form);
        fields.put("jakarta.faces.ViewState", state.group(1));
        Matcher token = TOKEN.matcher(inForm);
        if (token.find()) {
            fields.put("co.submit", token.group(1));
        }
        return fields;
    }

    /**
     * The answer to a refused post of a plain public form (web.RefusedPost): the form page itself, no
     * redirect (no {@code Location}), no session, no leaked exception. Its body.
     */
    public static String formAgain(HttpResponse<String> answer) {
        if (answer.statusCode() != 200 || answer.headers().firstValue("Location").isPresent()
                || answer.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID"))
                || answer.body().contains("\tat ") || answer.body().contains("Caused by")) {
            throw new AssertionError("not the form again: " + answer.statusCode() + " " + answer.headers().map() + "\n" + answer.body());
        }
        return answer.body();
    }
}
