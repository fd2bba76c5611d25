package org.cocrea.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cocrea.shared.NotFoundException;

/**
 * Every failure of the API as an RFC 9457 problem detail ({@code application/problem+json}):
 * {@code type} ({@code about:blank}), {@code title}, {@code status}, and the short code
 * {@code error}: {@code "not-found"}, {@code "bad-request"} (with the {@code parameter} at fault),
 * {@code "method-not-allowed"}, … and {@code "internal"} for anything unexpected (logged here, never
 * shown). Never a stack trace or an exception's name.
 */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof NotFoundException) {
            return of(404, "not-found");
        }
        if (failure instanceof BadParameter bad) {
            return Response.status(400).type(PROBLEM)
                    .entity(problem(400, "bad-request").add("detail", "Parameter not accepted: " + bad.getMessage())
                            .add("parameter", bad.getMessage()).build().toString())
                    .build();
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return of(status, switch (status) {
                case 404 -> "not-found";
                case 405 -> "method-not-allowed";
                case 406 -> "not-acceptable";
                case 415 -> "unsupported-media-type";
                default -> "bad-request";
            });
        }
        LOG.log(Level.SEVERE, "API request failed", failure);
        return of(500, "internal");
    }

    static Response of(int status, String error) {
        return Response.status(status).type(PROBLEM).entity(problem(status, error).build().toString()).build();
    }

    /** RFC 9457's media type. */
    static final MediaType PROBLEM = new MediaType("application", "problem+json");

    private static JsonObjectBuilder problem(int status, String error) {
        return Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", Response.Status.fromStatusCode(status) == null ? error : Response.Status.fromStatusCode(status).getReasonPhrase())
                .add("status", status)
                .add("error", error);
    }

    /** A query or path parameter that is not what the endpoint takes; its message is the parameter's name. */
    static final class BadParameter extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadParameter(String parameter) {
            super(parameter, null, false, false);
        }
    }
}
