package org.cocrea.api;

import jakarta.json.Json;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cocrea.shared.NotFoundException;

/**
 * Every failure of the API as a small JSON object with its status: {@code {"error":"not-found"}},
 * {@code "bad-request"}, {@code "method-not-allowed"}, … and {@code "internal"} for anything
 * unexpected (logged here, never shown). Never a stack trace or an exception's name.
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
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Json.createObjectBuilder().add("error", "bad-request").add("parameter", bad.getMessage()).build().toString())
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
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder().add("error", error).build().toString()).build();
    }

    /** A query or path parameter that is not what the endpoint takes; its message is the parameter's name. */
    static final class BadParameter extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadParameter(String parameter) {
            super(parameter, null, false, false);
        }
    }
}
