package dev.cofactor.web.instructor;

import dev.cofactor.quiz.attempt.AccommodationService;
import dev.cofactor.quiz.attempt.AccommodationService.AccommodationDto;
import dev.cofactor.quiz.attempt.AttemptDtos.AttemptSummaryDto;
import dev.cofactor.quiz.attempt.AttemptDtos.ReviewDto;
import dev.cofactor.quiz.attempt.AttemptViews;
import dev.cofactor.quiz.attempt.MarkingService;
import dev.cofactor.web.account.Role;
import dev.cofactor.web.account.Viewer;
import dev.cofactor.web.instructor.GradebookService.Filter;
import dev.cofactor.web.instructor.GradebookService.Gradebook;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Instructors over JSON: their cohorts, the gradebook, a learner's attempts and extra time. An admin sees everyone. */
@Path("/api/instructor")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.INSTRUCTOR)
@Tag(name = "Instructors", description = "Cohorts, gradebook, attempt review and accommodations")
public class InstructorResource {

    public record NewCohort(String name) {
    }

    public record CohortWithMembers(CohortDto cohort, List<MemberDto> members) {
    }

    public record AccommodationRequest(BigDecimal timeMultiplier, Integer extraMinutes) {
    }

    public record LearnerDto(long learnerId, List<AttemptSummaryDto> attempts, AccommodationDto accommodation) {
    }

    private final CohortService cohorts;
    private final GradebookService gradebook;
    private final AttemptViews attempts;
    private final AccommodationService accommodations;
    private final Viewer viewer;

    InstructorResource(CohortService cohorts, GradebookService gradebook, AttemptViews attempts,
            AccommodationService accommodations, Viewer viewer) {
        this.cohorts = cohorts;
        this.gradebook = gradebook;
        this.attempts = attempts;
        this.accommodations = accommodations;
        this.viewer = viewer;
    }

    @GET
    @Path("cohorts")
    @Operation(summary = "Your cohorts (an admin: every cohort), with their join codes")
    public List<CohortDto> cohorts() {
        return cohorts.visibleTo(viewer.account());
    }

    @POST
    @Path("cohorts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a cohort; learners join it with its code")
    public Response create(NewCohort cohort) {
        CohortDto created = cohorts.create(cohort == null ? null : cohort.name(), viewer.account());
        return Response.created(URI.create("/api/instructor/cohorts/" + created.id())).entity(created).build();
    }

    @GET
    @Path("cohorts/{cohortId}")
    @Operation(summary = "One of your cohorts with its members")
    public CohortWithMembers cohort(@PathParam("cohortId") long cohortId) {
        return new CohortWithMembers(cohorts.require(cohortId, viewer.account()), cohorts.members(cohortId, viewer.account()));
    }

    @GET
    @Path("gradebook")
    @Operation(summary = "Learners by quizzes: grade by the quiz's grading method, attempts and last activity",
            description = "cohort: one of your cohorts (default: all of them); from and to: yyyy-mm-dd, inclusive, UTC; "
                    + "sort: name, activity or a quiz slug")
    public Gradebook gradebook(@QueryParam("cohort") Long cohort, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("sort") String sort) {
        return gradebook.gradebook(viewer.account(), new Filter(cohort, from, to, sort));
    }

    @GET
    @Path("learners/{learnerId}")
    @Operation(summary = "A learner of your cohorts: every attempt, and their extra time")
    public LearnerDto learner(@PathParam("learnerId") long learnerId) {
        cohorts.requireVisible(learnerId, viewer.account());
        return new LearnerDto(learnerId, attempts.listForInstructor(learnerId), accommodations.find(learnerId).orElse(null));
    }

    @PUT
    @Path("learners/{learnerId}/accommodation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a learner extra time on timed quizzes (a multiplier of 1 and 0 minutes takes it away); "
            + "open attempts get the new deadline at once")
    public LearnerDto accommodate(@PathParam("learnerId") long learnerId, AccommodationRequest request) {
        cohorts.accommodate(learnerId, request == null ? null : request.timeMultiplier(),
                request == null ? null : request.extraMinutes(), viewer.account());
        return learner(learnerId);
    }

    @GET
    @Path("attempts/{attemptId}")
    @Operation(summary = "An attempt of a learner of your cohorts, exactly as answered, on the question versions shown, "
            + "with the right answers")
    public ReviewDto attempt(@PathParam("attemptId") long attemptId) {
        return cohorts.review(attemptId, viewer.account());
    }

    @PUT
    @Path("attempts/{attemptId}/marks/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the points of one answer of a submitted attempt, leave a comment for the learner, or both;"
            + " the reason goes to the audit log, and later regrades keep the points")
    @APIResponse(responseCode = "200", description = "The attempt as it is now")
    @APIResponse(responseCode = "400", description = "No reason, points out of range, or a comment too long (errors says which)")
    @APIResponse(responseCode = "409", description = "The attempt is still open")
    public ReviewDto mark(@PathParam("attemptId") long attemptId, @PathParam("questionId") String questionId,
            MarkingService.Mark mark) {
        return cohorts.mark(attemptId, questionId, mark == null ? new MarkingService.Mark(null, null, null) : mark,
                viewer.account());
    }
}
