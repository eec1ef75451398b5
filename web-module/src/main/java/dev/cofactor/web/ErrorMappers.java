package dev.cofactor.web;

import dev.cofactor.quiz.question.InvalidQuestionException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Errors answer in the caller's language: {@code application/problem+json} under {@code /api/}, an
 * HTML page or a redirect to sign-in everywhere else. Unexpected failures are logged and never leak
 * their details.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    /** Must match quarkus.http.auth.form.cookie-name and location-cookie. */
    public static final String SESSION_COOKIE = "cofactor-session";
    static final String RETURN_TO_COOKIE = "cofactor-return-to";
    /** RFC 9110's 422, which JAX-RS's Status enum lacks. */
    public static final Response.StatusType UNPROCESSABLE_CONTENT = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);
    }

    @ServerExceptionMapper
    public Response mapWebApplicationException(WebApplicationException exception, HttpServerRequest request) {
        return respond(request, exception.getResponse().getStatusInfo(), exception.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response mapInvalidInput(InvalidInputException exception, HttpServerRequest request) {
        return respond(request, Response.Status.BAD_REQUEST, exception.getMessage(), exception.problems());
    }

    /** Questions or quizzes that break a rule: 422, with each field's problem when one was refused. */
    @ServerExceptionMapper
    public Response mapInvalidQuestion(InvalidQuestionException exception, HttpServerRequest request) {
        return respond(request, UNPROCESSABLE_CONTENT, exception.getMessage(),
                exception.fields().isEmpty() ? null : exception.fields());
    }

    /** Nobody is signed in: an API caller is asked for credentials, a reader is sent to sign in. */
    @ServerExceptionMapper
    public Response mapUnauthorized(UnauthorizedException exception, HttpServerRequest request) {
        if (isApi(request)) {
            return unauthorizedProblem(request, "Sign in, or send HTTP Basic credentials, to use this endpoint.");
        }
        Response.ResponseBuilder toSignIn = Response.seeOther(URI.create("/login"));
        String here = request.absoluteURI();
        if (here.matches("https?://[\\w.:/?&=%-]*")) { // form authentication sends the reader back here
            toSignIn.header(HttpHeaders.SET_COOKIE,
                    RETURN_TO_COOKIE + "=" + here + "; Path=/; HttpOnly; SameSite=Lax");
        }
        return toSignIn.build();
    }

    /**
     * Credentials were wrong, or a session belongs to an account that is gone or disabled. With lazy
     * authentication this also receives the failures of the sign-in form ({@code /j_security_check}).
     */
    @ServerExceptionMapper
    public Response mapAuthenticationFailed(AuthenticationFailedException exception, HttpServerRequest request) {
        if (isApi(request)) {
            return unauthorizedProblem(request, "Email or password is wrong, or the account cannot sign in.");
        }
        String signIn = request.path().equals("/j_security_check") ? "/login?error=true" : "/login?ended=true";
        return Response.seeOther(URI.create(signIn))
                .cookie(new NewCookie.Builder(SESSION_COOKIE).value("").path("/").maxAge(0).build())
                .build();
    }

    @ServerExceptionMapper
    public Response mapForbidden(ForbiddenException exception, HttpServerRequest request) {
        return respond(request, Response.Status.FORBIDDEN, "Your account does not have access to this.", null);
    }

    @ServerExceptionMapper
    public Response mapUnexpected(Exception exception, HttpServerRequest request) {
        LOG.errorf(exception, "Unexpected failure on %s %s", request.method(), request.path());
        return respond(request, Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. It has been logged; please try again later.", null);
    }

    private static Response unauthorizedProblem(HttpServerRequest request, String detail) {
        return Response.fromResponse(respond(request, Response.Status.UNAUTHORIZED, detail, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Cofactor\"").build();
    }

    private static boolean isApi(HttpServerRequest request) {
        return request.path().startsWith("/api/");
    }

    private static Response respond(HttpServerRequest request, Response.StatusType status, String detail,
            Map<String, String> errors) {
        if (isApi(request)) {
            Problem problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                    detail, request.path(), errors);
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        String explanation = status.getStatusCode() == 404
                ? "There is no page at this address. The link may be mistyped, or the page may have moved."
                : detail;
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(status.getStatusCode(), pageTitle(status), explanation))
                .build();
    }

    /** A page's heading in plain words; the JSON API keeps the standard reason phrase. */
    private static String pageTitle(Response.StatusType status) {
        return switch (status.getStatusCode()) {
            case 400 -> "That could not be used";
            case 403 -> "Not open to your account";
            case 404 -> "Page not found";
            case 409 -> "That cannot be done now";
            case 422 -> "Not saved: something to fix";
            case 500 -> "Something went wrong";
            default -> status.getReasonPhrase();
        };
    }
}
