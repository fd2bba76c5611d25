package org.cocrea.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.cocrea.opendata.Format;
import org.cocrea.opendata.OpenDataExport;
import org.cocrea.opendata.OpenDataSchema;
import org.cocrea.opendata.Scope;
import org.cocrea.security.PublicAddress;

/**
 * The open-data downloads (docs/open-data.md): {@code /api/v1/opendata/download?format=csv|xlsx|json}
 * for the whole installation, or with one of {@code state}, {@code plan}, {@code commitment}. Public
 * data only; streamed as it is read. A scope that names nothing public is a 404 before anything is sent.
 */
@Path("v1/opendata")
public class OpenDataResource {

    @Inject
    private OpenDataExport export;

    @Inject
    private PublicAddress address;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("download")
    public Response download(@QueryParam("format") String formatName, @QueryParam("state") String state,
                             @QueryParam("plan") String plan, @QueryParam("commitment") String commitment) {
        Format format = Format.named(formatName);
        if (format == null) {
            throw new ApiErrors.BadParameter("format");
        }
        Scope scope = scopeOf(state, plan, commitment);
        export.requirePublic(scope);
        String base = baseUrl();
        StreamingOutput body = out -> export.write(format, scope, base, out);
        String file = "cocrea-opendata-" + scope.slug() + "-" + LocalDate.ofInstant(export.about(scope, base).generatedAt(), ZoneOffset.UTC)
                + "." + format.extension();
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("Cache-Control", "public, max-age=300")
                .header("Link", "<" + export.licenceUrl() + ">; rel=\"license\"")
                .build();
    }

    /** The JSON Schema of the JSON download, at a stable address (its {@code $id}). */
    @GET
    @Path("schema.json")
    @Produces({"application/schema+json", MediaType.APPLICATION_JSON})
    public Response schema() {
        return Response.ok(OpenDataSchema.of(baseUrl() + OpenDataExport.SCHEMA_PATH).toString())
                .header("Cache-Control", "public, max-age=3600")
                .build();
    }

    String baseUrl() {
        return baseUrl(address, request);
    }

    /** The application's public address with its context path, for absolute links in files and answers. */
    static String baseUrl(PublicAddress address, HttpServletRequest request) {
        String root = address.of(request, request.getContextPath() + "/");
        return root.substring(0, root.length() - 1);
    }

    /** At most one of the three; none is the whole installation. */
    static Scope scopeOf(String state, String plan, String commitment) {
        int given = (state == null ? 0 : 1) + (plan == null ? 0 : 1) + (commitment == null ? 0 : 1);
        if (given > 1) {
            throw new ApiErrors.BadParameter("state|plan|commitment");
        }
        if (state != null) {
            return Scope.state(id("state", state));
        }
        if (plan != null) {
            return Scope.plan(id("plan", plan));
        }
        return commitment != null ? Scope.commitment(id("commitment", commitment)) : Scope.all();
    }

    static long id(String name, String value) {
        try {
            long id = Long.parseLong(value.trim());
            if (id < 1) {
                throw new ApiErrors.BadParameter(name);
            }
            return id;
        } catch (NumberFormatException e) {
            throw new ApiErrors.BadParameter(name);
        }
    }
}
