package dev.cofactor.web.instructor;

import dev.cofactor.quiz.attempt.Learners;
import dev.cofactor.quiz.attempt.RegradeService;
import dev.cofactor.quiz.attempt.RegradeService.OutdatedDto;
import dev.cofactor.quiz.attempt.RegradeService.RegradeDto;
import dev.cofactor.quiz.quiz.QuizDto;
import dev.cofactor.quiz.quiz.QuizService;
import dev.cofactor.quiz.statistics.StatisticsDtos.StatisticsDto;
import dev.cofactor.quiz.statistics.StatisticsService;
import dev.cofactor.web.InvalidInputException;
import dev.cofactor.web.account.Role;
import dev.cofactor.web.account.Viewer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A quiz's instructor side over JSON, beside {@code quiz.QuizResource} under {@code /api/quizzes}: item
 * statistics, CSV exports and regrades, over the learners of the instructor's cohorts (an admin: everyone).
 */
@Path("/api/quizzes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.INSTRUCTOR)
@Tag(name = "Quizzes", description = "Quizzes over articles, and starting attempts")
public class InstructorQuizResource {

    private static final String CSV = "text/csv; charset=UTF-8";

    public record RegradeRequest(String questionId) {
    }

    public record RegradesDto(List<OutdatedDto> outdated, List<RegradeDto> history) {
    }

    private final QuizService quizzes;
    private final Viewer viewer;
    private final CohortService cohorts;
    private final StatisticsService statistics;
    private final QuizExports exports;
    private final RegradeService regrades;

    InstructorQuizResource(QuizService quizzes, Viewer viewer, CohortService cohorts, StatisticsService statistics,
            QuizExports exports, RegradeService regrades) {
        this.quizzes = quizzes;
        this.viewer = viewer;
        this.cohorts = cohorts;
        this.statistics = statistics;
        this.exports = exports;
        this.regrades = regrades;
    }

    @GET
    @Path("{quizId}/statistics")
    @Operation(summary = "Item statistics (Moodle's definitions), in percentages as Moodle's report shows them",
            description = "cohort: one of your cohorts (default: all your learners; an admin: everyone); "
                    + "attempts: first (default), all, highest or last")
    public StatisticsDto statistics(@PathParam("quizId") long quizId, @QueryParam("cohort") Long cohort,
            @QueryParam("attempts") String attemptSet) {
        return statistics.statistics(quizId, AttemptSetParameter.parse(attemptSet),
                cohorts.scope(viewer.account(), Optional.ofNullable(cohort)));
    }

    @GET
    @Path("{quizId}/grades.csv")
    @Produces(CSV)
    @Operation(summary = "Grades as CSV: one row per learner, by the quiz's grading method",
            description = "bom=true starts the file with a UTF-8 byte order mark, for Excel")
    public Response grades(@PathParam("quizId") long quizId, @QueryParam("cohort") Long cohort, @QueryParam("bom") boolean bom) {
        Learners scope = cohorts.scope(viewer.account(), Optional.ofNullable(cohort));
        Map<Long, String> names = cohorts.cohortNames(viewer.account());
        return csv(quizId, "grades", bom, out -> exports.grades(quizId, scope, names, out));
    }

    @GET
    @Path("{quizId}/responses.csv")
    @Produces(CSV)
    @Operation(summary = "Responses as CSV: one row per question per submitted attempt, the answer by ids and as the"
            + " text the learner saw; an unanswered question scores 0",
            description = "bom=true starts the file with a UTF-8 byte order mark, for Excel")
    public Response responses(@PathParam("quizId") long quizId, @QueryParam("cohort") Long cohort,
            @QueryParam("bom") boolean bom) {
        Learners scope = cohorts.scope(viewer.account(), Optional.ofNullable(cohort));
        Map<Long, String> names = cohorts.cohortNames(viewer.account());
        return csv(quizId, "responses", bom, out -> exports.responses(quizId, scope, names, out));
    }

    /**
     * A CSV download, written row by row as the database returns them (a quiz's responses can be millions);
     * with {@code bom}, first a byte order mark, without which Excel reads UTF-8 as another encoding.
     */
    private Response csv(long quizId, String what, boolean bom, Consumer<Appendable> body) {
        QuizDto quiz = quizzes.findQuiz(quizId)
                .orElseThrow(() -> new NotFoundException("There is no quiz with the id " + quizId + "."));
        StreamingOutput rows = output -> {
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8))) {
                if (bom) {
                    writer.write('\uFEFF');
                }
                body.accept(writer); // the CSV printer closes it when done; closing again does nothing
            }
        };
        return Response.ok(rows, CSV)
                .header("Content-Disposition", "attachment; filename=\"" + quiz.slug() + "-" + what + ".csv\"").build();
    }

    @GET
    @Path("{quizId}/regrades")
    @Operation(summary = "Questions answered on older versions than the newest, and the regrades applied so far")
    public RegradesDto regrades(@PathParam("quizId") long quizId) {
        Learners learners = cohorts.scope(viewer.account(), Optional.empty());
        return new RegradesDto(regrades.outdated(quizId, learners), regrades.history(quizId, learners));
    }

    @POST
    @Path("{quizId}/regrades")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Regrade the submitted attempts of your learners on a question's newest version",
            description = "dryRun=true (the default) only previews every grade change; dryRun=false applies and records them")
    @APIResponse(responseCode = "200", description = "The preview")
    @APIResponse(responseCode = "201", description = "The regrade applied")
    public Response regrade(@PathParam("quizId") long quizId, @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
            RegradeRequest request) {
        if (request == null || request.questionId() == null || request.questionId().isBlank()) {
            throw new InvalidInputException(Map.of("questionId", "Name the question to regrade."));
        }
        Learners learners = cohorts.scope(viewer.account(), Optional.empty());
        if (dryRun) {
            return Response.ok(regrades.preview(quizId, request.questionId(), learners)).build();
        }
        RegradeDto applied = regrades.apply(quizId, request.questionId(), learners, viewer.accountId());
        return Response.created(URI.create("/api/quizzes/" + quizId + "/regrades")).entity(applied).build();
    }
}
