package dev.cofactor.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Errors answer in the caller's language: {@code application/problem+json} under {@code /api/}, an
 * HTML page everywhere else. Unexpected failures are logged and never leak their details.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);
    }

    @ServerExceptionMapper
    public Response mapWebApplicationException(WebApplicationException exception, HttpServerRequest request) {
        Response.StatusType status = exception.getResponse().getStatusInfo();
        return respond(request, status, exception.getMessage());
    }

    @ServerExceptionMapper
    public Response mapUnexpected(Exception exception, HttpServerRequest request) {
        LOG.errorf(exception, "Unexpected failure on %s %s", request.method(), request.path());
        return respond(request, Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. It has been logged; please try again later.");
    }

    private static Response respond(HttpServerRequest request, Response.StatusType status, String detail) {
        if (request.path().startsWith("/api/")) {
            Problem problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                    detail, request.path());
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        String explanation = status.getStatusCode() == 404
                ? "There is no page at this address. The link may be mistyped, or the page may have moved."
                : detail;
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(status.getStatusCode(), status.getReasonPhrase(), explanation))
                .build();
    }
}
