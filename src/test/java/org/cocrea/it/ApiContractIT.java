package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.cocrea.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API's contract (issue 14): the OpenAPI document at {@code /openapi} parses (swagger-parser)
 * without errors, and every documented path answers as documented, anonymously — 200 with the
 * documented media type and the required keys of its schema for a record that exists (ids taken
 * from the lists, over the demo data the suite loads), and the documented 404 problem for one that
 * does not. No answer creates a session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiContractIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyDocumentedPathAnswersAsDocumented() throws Exception {
        // MicroProfile OpenAPI answers at the server's root, whatever the application's context root
        HttpResponse<String> document = http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("/openapi")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(document.statusCode()).as(document.body()).isEqualTo(200);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document.body(), null, fully());
        // Payara adds its own top-level "endpoints" list (where the API is served), not part of OpenAPI 3
        assertThat(parsed.getMessages()).as("parser messages").allMatch(m -> m.equals("attribute endpoints is unexpected"));
        OpenAPI api = parsed.getOpenAPI();
        assertThat(api.getPaths()).containsKeys("/api/v1/states", "/api/v1/plans", "/api/v1/commitments", "/api/v1/milestones",
                "/api/v1/activities", "/api/v1/reports", "/api/v1/evidence", "/api/v1/results",
                "/api/v1/programs", "/api/v1/programs/{id}", "/api/v1/risks", "/api/v1/recommendations");

        for (var path : api.getPaths().entrySet()) {
            Operation get = path.getValue().getGet();
            assertThat(get).as(path.getKey()).isNotNull();
            assertThat(get.getDescription()).as(path.getKey()).isNotBlank();
            String address = path.getKey().substring(1);
            if (address.endsWith("/{id}")) {
                String list = address.substring(0, address.length() - "/{id}".length());
                JsonObject first = json(get(list + "?limit=1")).getJsonArray("items").getJsonObject(0);
                String idKey = first.keySet().iterator().next(); // the table's id column comes first
                assertAsDocumented(get, "200", get(address.replace("{id}", first.get(idKey).toString())));
                assertAsDocumented(get, "404", get(address.replace("{id}", "999999999")));
                assertAsDocumented(get, "400", get(address.replace("{id}", "abc")));
            } else {
                HttpResponse<String> page = get(address + "?limit=2");
                assertAsDocumented(get, "200", page);
                assertThat(json(page).getJsonArray("items")).as(address).isNotEmpty();
                assertAsDocumented(get, "400", get(address + "?limit=501"));
            }
        }
    }

    /** The answer's status is documented, with its media type, and the body has the schema's required keys. */
    private static void assertAsDocumented(Operation operation, String status, HttpResponse<String> answer) {
        String where = answer.uri().toString();
        assertThat(String.valueOf(answer.statusCode())).as(where).isEqualTo(status);
        assertThat(answer.headers().firstValue("Set-Cookie")).as(where + " creates no session").isEmpty();
        ApiResponse documented = operation.getResponses().get(status);
        assertThat(documented).as(where + " documents " + status).isNotNull();
        Map.Entry<String, io.swagger.v3.oas.models.media.MediaType> content = documented.getContent().entrySet().iterator().next();
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(where).startsWith(content.getKey());
        JsonObject body = Json.createReader(new StringReader(answer.body())).readObject();
        Schema<?> schema = content.getValue().getSchema();
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        assertThat(body.keySet()).as(where).containsAll(required);
    }

    private static ParseOptions fully() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        return options;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.uri() + " " + answer.body()).isEqualTo(200);
        return Json.createReader(new StringReader(answer.body())).readObject();
    }
}
