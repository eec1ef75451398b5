package dev.cofactor.web.quiz;

import dev.cofactor.quiz.attempt.AnswerDto;
import dev.cofactor.quiz.attempt.AttemptDtos.AttemptDto;
import dev.cofactor.quiz.attempt.AttemptDtos.QuestionResultDto;
import dev.cofactor.quiz.attempt.AttemptDtos.ResultDto;
import dev.cofactor.quiz.attempt.AttemptService;
import dev.cofactor.quiz.attempt.AttemptViews;
import dev.cofactor.quiz.attempt.SaveOrder;
import dev.cofactor.web.account.Viewer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A signed-in person's attempts over JSON; nobody sees another person's attempt.
 * <p>
 * Every method asks {@link Viewer#accountId()} for the signed-in person, which answers 401 to anyone
 * else. There is no {@code @Authenticated} on purpose: Quarkus checks such annotations on the I/O
 * thread, so the session's account would be read from PostgreSQL on one worker thread and the answer
 * saved on another; asked here, both happen on the request's own worker thread (the quiz API is the
 * hot path of bench/run.sh: this saves about a sixth of the CPU of an answer).
 */
@Path("/api/attempts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attempts", description = "Taking quizzes, signed in (401 otherwise): answer, check, submit, results")
public class AttemptResource {

    private final AttemptService attempts;
    private final AttemptViews views;
    private final Viewer viewer;

    AttemptResource(AttemptService attempts, AttemptViews views, Viewer viewer) {
        this.views = views;
        this.attempts = attempts;
        this.viewer = viewer;
    }

    @GET
    @Path("{attemptId}")
    @Operation(summary = "One of your attempts: its questions, your saved answers, and the result once submitted")
    public AttemptDto attempt(@PathParam("attemptId") long attemptId) {
        return views.find(attemptId, viewer.accountId()).orElseThrow(() -> new NotFoundException("You have no attempt with this id."));
    }

    @PUT
    @Path("{attemptId}/answers/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the answer to one question")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "400", description = "The answer does not fit the question")
    @APIResponse(responseCode = "409", description = "The attempt was submitted, time is up, the answer was checked,"
            + " or a later save from the same page is stored already")
    public AnswerDto answer(@PathParam("attemptId") long attemptId, @PathParam("questionId") String questionId,
            @Parameter(description = "Optional: an id the client picks per page (letters, digits, - or _)")
            @HeaderParam("Cofactor-Save-Page") String page,
            @Parameter(description = "Optional, with the page: this save's number on it; a lower number than"
                    + " the stored save's is refused (409), so a delayed save never replaces a newer answer")
            @HeaderParam("Cofactor-Save-Sequence") String sequence,
            AnswerDto answer) {
        return attempts.saveAnswer(attemptId, viewer.accountId(), questionId, answer, SaveOrder.of(page, sequence));
    }

    public record Flag(boolean flagged) {
    }

    @PUT
    @Path("{attemptId}/flags/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Flag a question for review (\"flagged\": true), or take the flag off; the question navigation shows it")
    @APIResponse(responseCode = "204", description = "Done")
    public void flag(@PathParam("attemptId") long attemptId, @PathParam("questionId") String questionId, Flag flag) {
        attempts.flag(attemptId, viewer.accountId(), questionId, flag != null && flag.flagged());
    }

    @DELETE
    @Path("{attemptId}/answers/{questionId}")
    @Operation(summary = "Clear the answer to one question: it counts as not answered again")
    @APIResponse(responseCode = "204", description = "Cleared")
    @APIResponse(responseCode = "409", description = "The attempt was submitted, time is up, the answer was checked,"
            + " or a later save from the same page is stored already")
    public void clearAnswer(@PathParam("attemptId") long attemptId, @PathParam("questionId") String questionId,
            @HeaderParam("Cofactor-Save-Page") String page, @HeaderParam("Cofactor-Save-Sequence") String sequence) {
        attempts.clearAnswer(attemptId, viewer.accountId(), questionId, SaveOrder.of(page, sequence));
    }

    @POST
    @Path("{attemptId}/checks/{questionId}")
    @Operation(summary = "Immediate feedback: check the saved answer to one question; it becomes final")
    public QuestionResultDto check(@PathParam("attemptId") long attemptId, @PathParam("questionId") String questionId) {
        return attempts.check(attemptId, viewer.accountId(), questionId);
    }

    @POST
    @Path("{attemptId}/submission")
    @Operation(summary = "Submit the attempt; calling again returns the same result")
    public ResultDto submit(@PathParam("attemptId") long attemptId) {
        return attempts.submit(attemptId, viewer.accountId());
    }
}
