package org.cocrea.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

    public HttpResponse<String> page(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the sign-in form as a person types it: any text at all in the user name. */
    public HttpResponse<String> signIn(String typedName, String password) throws Exception {
        Matcher state = FORM_STATE.matcher(page("login").body());
        if (!state.find()) {
            throw new AssertionError("the sign-in page has no view state");
        }
        String form = "login=login&login%3Asubmit=&login%3Ausername=" + encoded(typedName)
                + "&login%3Apassword=" + encoded(password) + "&jakarta.faces.ViewState=" + encoded(state.group(1));
        return http.send(HttpRequest.newBuilder(URI.create(base + "login"))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
