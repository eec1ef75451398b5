package dev.cofactor.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.cofactor.content.article.InvalidArticleException;
import dev.cofactor.content.article.StaleArticleException;
import dev.cofactor.quiz.Refusal;
import dev.cofactor.quiz.question.InvalidQuestionException;
import dev.cofactor.web.account.Cookies;
import dev.cofactor.web.account.CsrfGuard.CsrfRefusedException;
import dev.cofactor.web.account.SessionAuthenticationMechanism;
import dev.cofactor.web.admin.UploadRefusedException;
import dev.cofactor.web.faults.DatabaseFaults;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Errors answer in the caller's language: {@code application/problem+json} under {@code /api/}, an
 * HTML page or a redirect to sign-in everywhere else. Unexpected failures are logged and never leak
 * their details. Bad input of every kind (JSON that is malformed or of the wrong shape, text the
 * database cannot store, too many form fields) is a 4xx that says what to change.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    /** RFC 9110's 422, which JAX-RS's Status enum lacks. */
    public static final Response.StatusType UNPROCESSABLE_CONTENT = status(422, "Unprocessable Content");
    private static final Response.StatusType CONTENT_TOO_LARGE = status(413, "Content Too Large");

    private final DatabaseFaults faults;

    ErrorMappers(DatabaseFaults faults) {
        this.faults = faults;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail, WayOn wayOn, boolean withSession);
    }

    /** Where an error page sends the person on: the home of the part of the site they were in. */
    record WayOn(String href, String label) {

        static WayOn from(String path) {
            if (path.startsWith("/admin")) {
                return new WayOn("/admin", "Go to Admin");
            }
            if (path.startsWith("/instructor")) {
                return new WayOn("/instructor", "Go to Teaching");
            }
            if (path.startsWith("/attempts") || path.startsWith("/me/")) {
                return new WayOn("/me/progress", "Go to your progress");
            }
            return new WayOn("/", "Go to the list of articles");
        }
    }

    /**
     * JAX-RS's own refusals (404, 405, 406, 415…) and Quarkus REST's JSON reader, which wraps malformed JSON
     * and a repeated key as a 400 whose cause says where.
     */
    @ServerExceptionMapper
    public Response mapWebApplicationException(WebApplicationException exception, HttpServerRequest request) {
        if (exception.getCause() instanceof JsonProcessingException json) {
            return mapJson(json, request);
        }
        return respond(request, exception.getResponse().getStatusInfo(), exception.getMessage(), null);
    }

    /** A JSON body of the wrong shape: the field, what it must be, and what came. */
    @ServerExceptionMapper(priority = 1)
    public Response mapMismatchedInput(MismatchedInputException exception, HttpServerRequest request) {
        return mapJson(exception, request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mapJsonProcessing(JsonProcessingException exception, HttpServerRequest request) {
        return mapJson(exception, request);
    }

    @ServerExceptionMapper
    public Response mapInvalidInput(InvalidInputException exception, HttpServerRequest request) {
        return respond(request, Response.Status.BAD_REQUEST, exception.getMessage(), exception.problems());
    }

    @ServerExceptionMapper
    public Response mapUnreadableText(TextInput.Unreadable exception, HttpServerRequest request) {
        return respond(request, Response.Status.BAD_REQUEST, exception.getMessage(), null);
    }

    /** The quiz domain's refusals, in its words: 404, 409 or 400. */
    @ServerExceptionMapper
    public Response mapRefusal(Refusal refusal, HttpServerRequest request) {
        String field = refusal instanceof Refusal.BadInput bad ? bad.field() : null;
        return respond(request, status(refusal), refusal.getMessage(), field == null ? null : Map.of(field, refusal.getMessage()));
    }

    /** The status each kind of the quiz domain's refusal answers with. */
    public static Response.Status status(Refusal refusal) {
        if (refusal instanceof Refusal.NotFound) {
            return Response.Status.NOT_FOUND;
        }
        return refusal instanceof Refusal.Conflict ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST;
    }

    /** Questions or quizzes that break a rule: 422, with each field's problem when one was refused. */
    @ServerExceptionMapper
    public Response mapInvalidQuestion(InvalidQuestionException exception, HttpServerRequest request) {
        return respond(request, UNPROCESSABLE_CONTENT, exception.getMessage(),
                exception.fields().isEmpty() ? null : exception.fields());
    }

    /** Markdown that cannot be stored as an article: 400, the reason also filed under {@code markdown}, the text sent. */
    @ServerExceptionMapper
    public Response mapInvalidArticle(InvalidArticleException exception, HttpServerRequest request) {
        return respond(request, Response.Status.BAD_REQUEST, exception.getMessage(), Map.of("markdown", exception.getMessage()));
    }

    /** Another version of the article was stored since the preview this request was made from: 412. */
    @ServerExceptionMapper
    public Response mapStaleArticle(StaleArticleException exception, HttpServerRequest request) {
        return respond(request, Response.Status.PRECONDITION_FAILED, exception.getMessage(), null);
    }

    /** An article's new version that would break what cites it: 409, with one entry per question or quiz. */
    @ServerExceptionMapper
    public Response mapUploadRefused(UploadRefusedException exception, HttpServerRequest request) {
        return respond(request, Response.Status.CONFLICT, exception.getMessage(), exception.problems());
    }

    /**
     * Nobody is signed in: an API caller is asked for credentials, a reader is sent to sign in and then
     * back here; when the request came with a session that has ended, the sign-in page says so.
     */
    @ServerExceptionMapper
    public Response mapUnauthorized(UnauthorizedException exception, HttpServerRequest request, RoutingContext routing) {
        if (isApi(request)) {
            return unauthorizedProblem(request, "Sign in, or send HTTP Basic credentials, to use this endpoint.");
        }
        boolean ended = Boolean.TRUE.equals(routing.get(SessionAuthenticationMechanism.ENDED));
        String back = request.method().name().equals("GET") ? request.uri() : null;
        String next = back == null ? "" : (ended ? "&" : "?") + "next=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
        return Response.seeOther(URI.create("/login" + (ended ? "?notice=ended" : "") + next)).build();
    }

    /** HTTP Basic credentials were wrong, or their account cannot sign in. */
    @ServerExceptionMapper
    public Response mapAuthenticationFailed(AuthenticationFailedException exception, HttpServerRequest request) {
        if (isApi(request)) {
            return unauthorizedProblem(request, "Email or password is wrong, or the account cannot sign in.");
        }
        return Response.seeOther(URI.create("/login?error=true")).build();
    }

    @ServerExceptionMapper
    public Response mapForbidden(ForbiddenException exception, HttpServerRequest request) {
        return respond(request, Response.Status.FORBIDDEN, "Your account does not have access to this.", null);
    }

    @ServerExceptionMapper
    public Response mapCsrfRefused(CsrfRefusedException exception, HttpServerRequest request) {
        return respond(request, Response.Status.FORBIDDEN, exception.getMessage(), null, "Not carried out");
    }

    /**
     * The database refused a value no check caught (a safety net): text it cannot store, a number out of
     * its range. The transaction rolled back, so nothing changed.
     */
    @ServerExceptionMapper
    public Response mapPersistence(PersistenceException exception, HttpServerRequest request) {
        Optional<String> refused = refusedValue(exception);
        if (refused.isPresent()) {
            return respond(request, Response.Status.BAD_REQUEST, refused.get(), null);
        }
        return mapUnexpected(exception, request);
    }

    /** More than 1,000 fields in one form (Quarkus REST's fixed limit) is not a server failure. */
    @ServerExceptionMapper
    public Response mapRuntime(RuntimeException exception, HttpServerRequest request) {
        if (exception.getClass() == RuntimeException.class && String.valueOf(exception.getMessage()).startsWith("Param limit of")) {
            return respond(request, CONTENT_TOO_LARGE, "This form has more than 1,000 fields, more than any page of"
                    + " Cofactor sends. Send fewer rows at a time.", null);
        }
        return mapUnexpected(exception, request);
    }

    /**
     * A failure nothing above expected. When the database could not serve the request (down, restarting,
     * too slow, full), it is a 503 with Retry-After, counted by {@link DatabaseFaults}; anything else is a
     * bug: logged with its trace, answered 500.
     */
    @ServerExceptionMapper
    public Response mapUnexpected(Exception exception, HttpServerRequest request) {
        Optional<DatabaseFaults.Kind> fault = DatabaseFaults.classify(exception);
        if (fault.isPresent()) {
            faults.record(fault.get(), exception, request.method() + " " + request.path());
            return Response.fromResponse(respond(request, Response.Status.SERVICE_UNAVAILABLE, "The database did not"
                    + " answer in time. Try again in a few seconds: saving an answer or submitting again is safe.", null))
                    .header(HttpHeaders.RETRY_AFTER, DatabaseFaults.RETRY_AFTER_SECONDS).build();
        }
        LOG.errorf(exception, "Unexpected failure on %s %s", request.method(), request.path());
        return respond(request, Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. It has been logged; please try again later.", null);
    }

    private static Response mapJson(JsonProcessingException exception, HttpServerRequest request) {
        return respond(request, Response.Status.BAD_REQUEST, describe(exception), null);
    }

    /** What is wrong with a JSON body, in words a client can act on. */
    static String describe(JsonProcessingException exception) {
        JsonLocation at = exception.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        if (exception instanceof UnrecognizedPropertyException unknown) {
            Collection<Object> known = unknown.getKnownPropertyIds();
            return "The field '" + path(unknown) + "' is not one this request takes"
                    + (known == null || known.isEmpty() ? "." : "; it takes " + known.stream().map(String::valueOf)
                            .sorted().collect(Collectors.joining(", ")) + ".");
        }
        if (exception instanceof StrictJson.UnstorableText text) {
            return "The field '" + path(text) + "' " + text.getOriginalMessage() + ".";
        }
        if (exception instanceof MismatchedInputException mismatched) {
            String field = path(mismatched);
            return (field.isEmpty() ? "The body" : "The field '" + field + "'") + " must be "
                    + expected(mismatched.getTargetType()) + where + ".";
        }
        if (exception instanceof StreamReadException read && read.getOriginalMessage() != null
                && read.getOriginalMessage().startsWith("Duplicate field")) {
            return "The body names the field " + read.getOriginalMessage().replaceFirst("Duplicate field ", "")
                    + " twice" + where + "; send each field once.";
        }
        if (exception instanceof DatabindException) {
            return "The body does not have the shape this request takes" + where + ".";
        }
        return "The body is not valid JSON" + where + ".";
    }

    private static String path(JsonMappingException exception) {
        return exception.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class || type.isEnum()) {
            return "text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object with fields";
    }

    /** PostgreSQL's words for values it cannot take: invalid text (22021, 22P05) or numbers out of range (22003). */
    private static Optional<String> refusedValue(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                switch (sql.getSQLState()) {
                    case "22021", "22P05" -> {
                        return Optional.of("The request holds text that cannot be stored (a NUL character or an invalid"
                                + " character). Nothing was changed.");
                    }
                    case "22003" -> {
                        return Optional.of("The request holds a number too large to store. Nothing was changed.");
                    }
                    default -> {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Response unauthorizedProblem(HttpServerRequest request, String detail) {
        return Response.fromResponse(respond(request, Response.Status.UNAUTHORIZED, detail, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Cofactor\"").build();
    }

    private static boolean isApi(HttpServerRequest request) {
        return request.path().startsWith("/api/");
    }

    static Response respond(HttpServerRequest request, Response.StatusType status, String detail,
            Map<String, String> errors) {
        return respond(request, status, detail, errors, null);
    }

    private static Response respond(HttpServerRequest request, Response.StatusType status, String detail,
            Map<String, String> errors, String pageTitle) {
        if (isApi(request)) {
            Problem problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                    detail, request.path(), errors);
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        String explanation = status.getStatusCode() == 404
                ? "There is no page at this address. The link may be mistyped, or the page may have moved."
                : detail;
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(status.getStatusCode(), pageTitle == null ? pageTitle(status) : pageTitle, explanation,
                        WayOn.from(request.path()), Cookies.session(request) != null))
                .build();
    }

    /** A page's heading in plain words; the JSON API keeps the standard reason phrase. */
    private static String pageTitle(Response.StatusType status) {
        return switch (status.getStatusCode()) {
            case 400 -> "That could not be used";
            case 403 -> "Not open to your account";
            case 404 -> "Page not found";
            case 409 -> "That cannot be done now";
            case 413 -> "Too much at once";
            case 415 -> "That could not be read";
            case 422 -> "Not saved: something to fix";
            case 429 -> "Too many tries just now";
            case 500 -> "Something went wrong";
            case 503 -> "Busy for a moment";
            default -> status.getReasonPhrase();
        };
    }

    private static Response.StatusType status(int code, String reason) {
        return new Response.StatusType() {
            @Override
            public int getStatusCode() {
                return code;
            }

            @Override
            public Response.Status.Family getFamily() {
                return Response.Status.Family.familyOf(code);
            }

            @Override
            public String getReasonPhrase() {
                return reason;
            }
        };
    }
}
