package org.cocrea.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.cocrea.opendata.OpenDataReader;
import org.cocrea.opendata.Scope;
import org.cocrea.security.PublicAddress;
import org.cocrea.shared.NotFoundException;

/**
 * The public read API (issue 14, {@code META-INF/openapi.yaml}, served at {@code /openapi}):
 * states, plans, commitments, milestones and their activities, reports and evidence, published social programs, their risks and
 * recommendations, public records only, as the open-data tables have
 * them (the same rows and keys as the JSON download). Lists are pages ({@code limit}, at most
 * {@value #MAX_LIMIT}) with a cursor ({@code after}: the last id of the page before; {@code next}
 * is the next page's address). Every answer has an {@code ETag} (a conditional GET is answered 304),
 * {@code Cache-Control} and CORS open for reads; errors are RFC 9457 problem details ({@link ApiErrors}).
 */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
public class PublicDataResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    @Inject
    private OpenDataReader reader;

    @Inject
    private PublicAddress address;

    @Context
    private HttpServletRequest request;

    @Context
    private UriInfo uri;

    @Context
    private Request conditional;

    @GET
    @Path("states")
    public Response states(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        return page(reader.states(null, after(after), limit(limit)));
    }

    @GET
    @Path("states/{id}")
    public Response state(@PathParam("id") String id) {
        return one(reader.states(OpenDataResource.id("id", id), 0, 1));
    }

    @GET
    @Path("plans")
    public Response plans(@QueryParam("state") String state, @QueryParam("after") String after, @QueryParam("limit") String limit) {
        return list("plans", OpenDataResource.scopeOf(state, null, null), after, limit);
    }

    @GET
    @Path("plans/{id}")
    public Response plan(@PathParam("id") String id) {
        return one("plans", Scope.plan(OpenDataResource.id("id", id)));
    }

    @GET
    @Path("commitments")
    public Response commitments(@QueryParam("state") String state, @QueryParam("plan") String plan,
                                @QueryParam("after") String after, @QueryParam("limit") String limit) {
        return list("commitments", OpenDataResource.scopeOf(state, plan, null), after, limit);
    }

    @GET
    @Path("commitments/{id}")
    public Response commitment(@PathParam("id") String id) {
        return one("commitments", Scope.commitment(OpenDataResource.id("id", id)));
    }

    @GET
    @Path("milestones")
    public Response milestones(@QueryParam("state") String state, @QueryParam("plan") String plan,
                               @QueryParam("commitment") String commitment,
                               @QueryParam("after") String after, @QueryParam("limit") String limit) {
        return list("milestones", OpenDataResource.scopeOf(state, plan, commitment), after, limit);
    }

    /** Activities of public milestones (title, dates, responsible actor, status), issue 14. */
    @GET
    @Path("activities")
    public Response activities(@QueryParam("state") String state, @QueryParam("plan") String plan,
                               @QueryParam("commitment") String commitment,
                               @QueryParam("after") String after, @QueryParam("limit") String limit) {
        return list("activities", OpenDataResource.scopeOf(state, plan, commitment), after, limit);
    }

    /** Published progress reports of public milestones (date, percent, label, narrative), issue 14. */
    @GET
    @Path("reports")
    public Response reports(@QueryParam("state") String state, @QueryParam("plan") String plan,
                            @QueryParam("commitment") String commitment,
                            @QueryParam("after") String after, @QueryParam("limit") String limit) {
        return list("reports", OpenDataResource.scopeOf(state, plan, commitment), after, limit);
    }

    /** Evidence metadata of those reports (name, type, size, SHA-256, download address), issue 14. */
    @GET
    @Path("evidence")
    public Response evidence(@QueryParam("state") String state, @QueryParam("plan") String plan,
                             @QueryParam("commitment") String commitment,
                             @QueryParam("after") String after, @QueryParam("limit") String limit) {
        return list("evidence", OpenDataResource.scopeOf(state, plan, commitment), after, limit);
    }

    /** Published evaluation results, the current published version of each moment (the open-data table results), issue 14. */
    @GET
    @Path("results")
    public Response results(@QueryParam("state") String state, @QueryParam("plan") String plan,
                            @QueryParam("commitment") String commitment,
                            @QueryParam("after") String after, @QueryParam("limit") String limit) {
        return list("results", OpenDataResource.scopeOf(state, plan, commitment), after, limit);
    }

    /**
     * Published social programs (issue 15): money, beneficiaries, rules, open data sources, and their
     * complaints as counts by status and by route only, never who complained (the open-data table programs).
     */
    @GET
    @Path("programs")
    public Response programs(@QueryParam("state") String state, @QueryParam("after") String after, @QueryParam("limit") String limit) {
        return list("programs", OpenDataResource.scopeOf(state, null, null), after, limit);
    }

    @GET
    @Path("programs/{id}")
    public Response program(@PathParam("id") String id) {
        return one("programs", Scope.program(OpenDataResource.id("id", id)));
    }

    /** The corruption risks of published programs, current level; descriptions only where public (the table programRisks). */
    @GET
    @Path("risks")
    public Response risks(@QueryParam("state") String state, @QueryParam("program") String program,
                          @QueryParam("after") String after, @QueryParam("limit") String limit) {
        return list("programRisks", programScope(state, program), after, limit);
    }

    /** Recommendations on published programs' risks with the authority's answer and follow-up (the table recommendations). */
    @GET
    @Path("recommendations")
    public Response recommendations(@QueryParam("state") String state, @QueryParam("program") String program,
                                    @QueryParam("after") String after, @QueryParam("limit") String limit) {
        return list("recommendations", programScope(state, program), after, limit);
    }

    /** A state's programs, one program, or every published program. */
    private static Scope programScope(String state, String program) {
        if (state != null && program != null) {
            throw new ApiErrors.BadParameter("state|program");
        }
        return program != null ? Scope.program(OpenDataResource.id("program", program)) : OpenDataResource.scopeOf(state, null, null);
    }

    private Response list(String table, Scope scope, String after, String limit) {
        reader.requirePublic(scope);
        return page(reader.page(table, scope, after(after), limit(limit), baseUrl()));
    }

    private Response one(String table, Scope scope) {
        reader.requirePublic(scope);
        return one(reader.page(table, scope, 0, 1, baseUrl()));
    }

    private Response one(OpenDataReader.Page page) {
        if (page.items().isEmpty()) {
            throw new NotFoundException();
        }
        return answer(page.items().get(0));
    }

    /** {@code {"items":[…],"next":"<address of the next page>"}}; no {@code next} on the last page. */
    private Response page(OpenDataReader.Page page) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        page.items().forEach(items::add);
        JsonObjectBuilder body = Json.createObjectBuilder().add("items", items);
        if (page.next() != null) {
            java.net.URI next = uri.getRequestUriBuilder().replaceQueryParam("after", page.next()).build();
            body.add("next", address.of(request, next.getRawPath() + "?" + next.getRawQuery()));
        }
        return answer(body.build());
    }

    /** 200 with an ETag of the body, or 304 when the client holds that version; cacheable, readable from any origin. */
    private Response answer(JsonObject body) {
        String json = body.toString();
        EntityTag tag = new EntityTag(sha256(json));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        Response.ResponseBuilder notModified = conditional.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified : Response.ok(json, MediaType.APPLICATION_JSON_TYPE);
        return answer.tag(tag).cacheControl(cache).header("Access-Control-Allow-Origin", "*").build();
    }

    private String baseUrl() {
        return OpenDataResource.baseUrl(address, request);
    }

    private static long after(String after) {
        return after == null || after.isBlank() ? 0 : OpenDataResource.id("after", after);
    }

    private static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        long value = OpenDataResource.id("limit", limit);
        if (value > MAX_LIMIT) {
            throw new ApiErrors.BadParameter("limit");
        }
        return (int) value;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
