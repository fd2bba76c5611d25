package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.cocrea.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A phone on a slow network (issue 10): pages and resources compressed, versioned resources kept a year. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompressionAndCachingIT {

    private static final Pattern COMPONENTS_JS = Pattern.compile("src=\"([^\"]*/jakarta\\.faces\\.resource/components\\.js[^\"]*)\"");

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aPageIsGzippedForABrowserThatAcceptsIt() throws Exception {
        HttpResponse<byte[]> plain = get("", null, null);
        HttpResponse<byte[]> gzipped = get("", "gzip, deflate, br", null);

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gzipped.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
        String page = new String(gunzip(gzipped.body()), StandardCharsets.UTF_8);
        assertThat(page).contains("<html", "</html>");
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 3);
    }

    @Test
    void primeFacesScriptsAreGzippedAndKeptAYear() throws Exception {
        // the sign-in page: the public home takes the light path, without PrimeFaces (LightPublicPagesIT)
        String login = new String(get("login", null, null).body(), StandardCharsets.UTF_8);
        Matcher found = COMPONENTS_JS.matcher(login);
        assertThat(found.find()).as("components.js on the sign-in page").isTrue();
        URI script = base.toURI().resolve(found.group(1).replace("&amp;", "&"));
        assertThat(script.getQuery()).contains("v=");

        HttpResponse<byte[]> plain = get(script, null, null);
        HttpResponse<byte[]> gzipped = get(script, "gzip", null);

        assertThat(plain.statusCode()).isEqualTo(200);

        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
        assertThat(gzipped.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(plain.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
    }

    @Test
    void notForRangesNorForABrowserThatRefusesGzip() throws Exception {
        assertThat(get("", "gzip;q=0, identity", null).headers().firstValue("Content-Encoding")).isEmpty();
        HttpResponse<byte[]> range = get("favicon.svg", "gzip", "bytes=0-9");
        assertThat(range.headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void theFaviconIsThereAndEveryPageDescribesItself() throws Exception {
        HttpResponse<byte[]> icon = get("favicon.svg", "gzip", null);
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
        assertThat(icon.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(new String(gunzip(icon.body()), StandardCharsets.UTF_8)).contains("<svg");

        String home = new String(get("", null, null).body(), StandardCharsets.UTF_8);
        assertThat(home).containsPattern("<link rel=\"icon\" [^>]*href=\"[^\"]*favicon\\.svg\"")
                .containsPattern("<meta name=\"description\" content=\"[^\"]{40,}\"");
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding, String range) throws Exception {
        return get(URI.create(base + path), acceptEncoding, range);
    }

    private HttpResponse<byte[]> get(URI address, String acceptEncoding, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(address);
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        if (range != null) {
            request.header("Range", range);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
