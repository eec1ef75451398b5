package dev.cofactor.web.quiz;

import dev.cofactor.quiz.attempt.AttemptDtos.AttemptDto;
import dev.cofactor.quiz.attempt.AttemptService;
import dev.cofactor.quiz.quiz.QuizDto;
import dev.cofactor.quiz.quiz.QuizService;
import dev.cofactor.web.account.Viewer;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Quizzes over JSON: anyone may list them; a signed-in person starts attempts. What instructors get under
 * the same path (item statistics, CSV exports, regrades) is {@code instructor.InstructorQuizResource}.
 */
@Path("/api/quizzes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quizzes", description = "Quizzes over articles, and starting attempts")
public class QuizResource {

    private final QuizService quizzes;
    private final AttemptService attempts;
    private final Viewer viewer;

    QuizResource(QuizService quizzes, AttemptService attempts, Viewer viewer) {
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.viewer = viewer;
    }

    @GET
    @Operation(summary = "List the quizzes with their settings")
    public List<QuizDto> list() {
        return quizzes.listQuizzes();
    }

    @POST
    @Authenticated
    @Path("{quizId}/attempts")
    @Operation(summary = "Start an attempt, or resume the one already open")
    @APIResponse(responseCode = "201", description = "The attempt, its deadline and its questions in their shuffled order")
    @APIResponse(responseCode = "409", description = "No attempts left")
    public Response start(@PathParam("quizId") long quizId) {
        AttemptDto attempt = attempts.start(quizId, viewer.accountId());
        return Response.created(URI.create("/api/attempts/" + attempt.id())).entity(attempt).build();
    }

    @POST
    @Authenticated
    @Path("{quizId}/practice")
    @Operation(summary = "Start a practice attempt with only the questions missed in the last submitted attempt")
    public Response practice(@PathParam("quizId") long quizId) {
        AttemptDto attempt = attempts.practiceMissed(quizId, viewer.accountId());
        return Response.created(URI.create("/api/attempts/" + attempt.id())).entity(attempt).build();
    }
}
