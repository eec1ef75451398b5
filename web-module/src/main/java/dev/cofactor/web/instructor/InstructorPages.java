package dev.cofactor.web.instructor;

import dev.cofactor.quiz.Refusal;
import dev.cofactor.quiz.attempt.AccommodationService;
import dev.cofactor.quiz.attempt.AccommodationService.AccommodationDto;
import dev.cofactor.quiz.attempt.AttemptDtos.AttemptDto;
import dev.cofactor.quiz.attempt.AttemptDtos.AttemptSummaryDto;
import dev.cofactor.quiz.attempt.AttemptDtos.ReviewDto;
import dev.cofactor.quiz.attempt.AttemptViews;
import dev.cofactor.quiz.attempt.Learners;
import dev.cofactor.quiz.attempt.MarkingService;
import dev.cofactor.quiz.attempt.ProgressService;
import dev.cofactor.quiz.attempt.ProgressService.MasteryDto;
import dev.cofactor.quiz.attempt.RegradeService;
import dev.cofactor.quiz.attempt.RegradeService.OutdatedDto;
import dev.cofactor.quiz.attempt.RegradeService.RegradeDto;
import dev.cofactor.quiz.quiz.QuizDto;
import dev.cofactor.quiz.quiz.QuizService;
import dev.cofactor.quiz.statistics.AttemptSet;
import dev.cofactor.quiz.statistics.StatisticsDtos.StatisticsDto;
import dev.cofactor.quiz.statistics.StatisticsService;
import dev.cofactor.web.CofactorConfig;
import dev.cofactor.web.InvalidInputException;
import dev.cofactor.web.TypedNumbers;
import dev.cofactor.web.account.AccountDto;
import dev.cofactor.web.account.AccountService;
import dev.cofactor.web.account.Role;
import dev.cofactor.web.account.Viewer;
import dev.cofactor.web.instructor.GradebookService.Filter;
import dev.cofactor.web.instructor.GradebookService.Gradebook;
import dev.cofactor.web.quiz.AttemptHeader;
import dev.cofactor.web.quiz.ResultRow;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The instructor's pages: cohorts, gradebook, a learner's attempts and extra time, attempt review,
 * item statistics with charts, and regrades. Plain forms; an admin sees every learner.
 */
@Path("/instructor")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.INSTRUCTOR)
public class InstructorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<CohortDto> cohorts, List<QuizDto> quizzes, String name,
                Map<String, String> problems);

        static native TemplateInstance cohort(CohortDto cohort, List<MemberDto> members, String joinLink,
                Map<Long, AccommodationDto> accommodations, String notice);

        static native TemplateInstance gradebook(Gradebook gradebook, List<CohortDto> cohorts, Map<String, String> problems);

        static native TemplateInstance learner(AccountDto learner, List<CohortDto> cohorts, List<MasteryDto> mastery,
                List<AttemptSummaryDto> attempts,
                AccommodationDto accommodation, String multiplier, String minutes, Map<String, String> problems, String notice);

        static native TemplateInstance attempt(ReviewDto review, AccountDto learner, AttemptHeader header, List<ResultRow> rows,
                MarkForm form, Map<String, String> problems, String notice);

        static native TemplateInstance statistics(QuizDto quiz, StatisticsDto statistics, List<CohortDto> cohorts,
                Long cohort, List<Charts.Bar> distribution, List<Charts.Tick> counts, List<Charts.Point> items,
                List<Integer> unplotted,
                List<Charts.Bar> mastery, double masteryHeight, List<AttemptSet> attemptSets);

        static native TemplateInstance regrade(QuizDto quiz, List<OutdatedDto> outdated, RegradeDto preview,
                List<RegradeDto> history, Map<Long, String> names, String notice);
    }

    /** The mark form of one question as sent ({@code questionId} null: no form was sent). */
    public record MarkForm(String questionId, String points, String comment, String reason) {

        static final MarkForm NONE = new MarkForm(null, null, null, null);

        /** Whether this is the form of that question, so that it opens with what was typed and its errors. */
        public boolean isFor(String question) {
            return question.equals(questionId);
        }
    }

    private final CohortService cohorts;
    private final GradebookService gradebooks;
    private final AttemptViews attempts;
    private final AccommodationService accommodations;
    private final StatisticsService statistics;
    private final RegradeService regrades;
    private final QuizService quizzes;
    private final AccountService accounts;
    private final ProgressService progress;
    private final CofactorConfig config;
    private final Viewer viewer;

    InstructorPages(CohortService cohorts, GradebookService gradebooks, AttemptViews attempts,
            AccommodationService accommodations, StatisticsService statistics, RegradeService regrades,
            QuizService quizzes, AccountService accounts, ProgressService progress, CofactorConfig config, Viewer viewer) {
        this.progress = progress;
        this.config = config;
        this.cohorts = cohorts;
        this.gradebooks = gradebooks;
        this.attempts = attempts;
        this.accommodations = accommodations;
        this.statistics = statistics;
        this.regrades = regrades;
        this.quizzes = quizzes;
        this.accounts = accounts;
        this.viewer = viewer;
    }

    @GET
    public TemplateInstance home() {
        return home("", Map.of());
    }

    private TemplateInstance home(String name, Map<String, String> problems) {
        return Templates.home(cohorts.visibleTo(viewer.account()), quizzes.listQuizzes(), name, problems);
    }

    @POST
    @Path("cohorts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createCohort(@FormParam("name") String name) {
        try {
            CohortDto cohort = cohorts.create(name, viewer.account());
            return Response.seeOther(URI.create("/instructor/cohorts/" + cohort.id() + "?done=created")).build();
        } catch (InvalidInputException invalid) {
            return Response.status(Response.Status.BAD_REQUEST).entity(home(name, invalid.problems())).build();
        }
    }

    @GET
    @Path("cohorts/{id}")
    public TemplateInstance cohort(@PathParam("id") long id, @QueryParam("done") String done) {
        CohortDto cohort = cohorts.require(id, viewer.account());
        List<MemberDto> members = cohorts.members(id, viewer.account());
        return Templates.cohort(cohort, members, config.publicUrl().resolve("/me/cohorts?code=" + cohort.joinCode()).toString(),
                accommodations.byLearner(members.stream().map(MemberDto::learnerId).toList()),
                "created".equals(done) ? "The cohort was created. Give learners its join code." : null);
    }

    @GET
    @Path("gradebook")
    public Response gradebook(@QueryParam("cohort") Long cohort, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("sort") String sort) {
        Filter filter = new Filter(cohort, from, to, sort);
        List<CohortDto> mine = cohorts.visibleTo(viewer.account());
        try {
            return Response.ok(Templates.gradebook(gradebooks.gradebook(viewer.account(), filter), mine, Map.of())).build();
        } catch (InvalidInputException invalid) {
            Gradebook empty = new Gradebook(filter, quizzes.listQuizzes(), List.of());
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.gradebook(empty, mine, invalid.problems())).build();
        }
    }

    @GET
    @Path("learners/{id}")
    public TemplateInstance learner(@PathParam("id") long id, @QueryParam("done") String done) {
        AccommodationDto extra = accommodations.find(id).orElse(null);
        return learnerPage(id, extra == null ? "1" : extra.timeMultiplier().stripTrailingZeros().toPlainString(),
                extra == null ? "0" : String.valueOf(extra.extraMinutes()), Map.of(),
                "accommodation".equals(done) ? "The extra time was saved; open attempts got their new deadline." : null);
    }

    private TemplateInstance learnerPage(long id, String multiplier, String minutes, Map<String, String> problems,
            String notice) {
        cohorts.requireVisible(id, viewer.account());
        return Templates.learner(learner(id), cohorts.joinedVisibleTo(id, viewer.account()),
                progress.mastery(id, Set.of()), attempts.listForInstructor(id), accommodations.find(id).orElse(null),
                multiplier, minutes, problems, notice);
    }

    @POST
    @Path("learners/{id}/accommodation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accommodate(@PathParam("id") long id, @FormParam("timeMultiplier") String multiplier,
            @FormParam("extraMinutes") String minutes) {
        try {
            cohorts.accommodate(id, decimal(multiplier), whole(minutes), viewer.account());
            return Response.seeOther(URI.create("/instructor/learners/" + id + "?done=accommodation")).build();
        } catch (InvalidInputException invalid) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(learnerPage(id, multiplier, minutes, invalid.problems(), null)).build();
        }
    }

    @GET
    @Path("attempts/{id}")
    public TemplateInstance attempt(@PathParam("id") long id, @QueryParam("marked") String marked) {
        return attemptPage(cohorts.review(id, viewer.account()), MarkForm.NONE, Map.of(),
                marked == null ? null : "The mark of question " + marked + " is saved, with the reason in the audit log.");
    }

    private TemplateInstance attemptPage(ReviewDto review, MarkForm form, Map<String, String> problems, String notice) {
        AttemptDto attempt = review.attempt();
        QuizDto quiz = quizzes.findQuiz(attempt.quizId()).orElseThrow(() -> new NotFoundException("This attempt's quiz is gone."));
        return Templates.attempt(review, learner(review.learnerId()),
                AttemptHeader.of(attempt, quiz, attempts.listForLearner(review.learnerId())),
                attempt.result() == null ? List.of() : ResultRow.of(attempt), form, problems, notice);
    }

    /** "Make comment or override mark" on one question of the attempt; refused input re-renders its form with the message at the field. */
    @POST
    @Path("attempts/{id}/marks/{questionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response mark(@PathParam("id") long id, @PathParam("questionId") String questionId,
            @FormParam("points") String points, @FormParam("comment") String comment, @FormParam("reason") String reason) {
        MarkForm form = new MarkForm(questionId, points, comment, reason);
        try {
            cohorts.mark(id, questionId, new MarkingService.Mark(TypedNumbers.decimal(points), comment, reason), viewer.account());
        } catch (TypedNumbers.NotANumber notANumber) {
            return Response.status(Response.Status.BAD_REQUEST).entity(attemptPage(cohorts.review(id, viewer.account()), form,
                    Map.of("points", notANumber.getMessage() + " Give points like 1 or 0.5."), null)).build();
        } catch (Refusal.BadInput refused) {
            return Response.status(Response.Status.BAD_REQUEST).entity(attemptPage(cohorts.review(id, viewer.account()), form,
                    Map.of(refused.field() == null ? "points" : refused.field(), refused.getMessage()), null)).build();
        }
        return Response.seeOther(URI.create("/instructor/attempts/" + id + "?marked=" + URLEncoder.encode(questionId,
                StandardCharsets.UTF_8))).build();
    }

    @GET
    @Path("quizzes/{id}/statistics")
    public TemplateInstance statistics(@PathParam("id") long id, @QueryParam("cohort") Long cohort,
            @QueryParam("attempts") String attemptSet) {
        QuizDto quiz = quiz(id);
        Learners learners = cohorts.scope(viewer.account(), Optional.ofNullable(cohort));
        StatisticsDto report = statistics.statistics(id, AttemptSetParameter.parse(attemptSet), learners);
        return Templates.statistics(quiz, report, cohorts.visibleTo(viewer.account()), cohort,
                Charts.distribution(report.distribution()), Charts.countTicks(report.distribution()),
                Charts.facilityAgainstDiscrimination(report.questions()), Charts.unplotted(report.questions()),
                Charts.mastery(report.mastery()),
                Charts.masteryHeight(report.mastery()), List.of(AttemptSet.values()));
    }

    @GET
    @Path("quizzes/{id}/regrade")
    public TemplateInstance regrade(@PathParam("id") long id, @QueryParam("question") String question,
            @QueryParam("done") String done) {
        QuizDto quiz = quiz(id);
        Learners learners = cohorts.scope(viewer.account(), Optional.empty());
        RegradeDto preview = question == null || question.isBlank() ? null : regrades.preview(id, question, learners);
        List<RegradeDto> history = regrades.history(id, learners);
        Map<Long, String> names = new HashMap<>();
        Stream.concat(history.stream(), Optional.ofNullable(preview).stream())
                .flatMap(regrade -> regrade.changes().stream())
                .forEach(change -> names.computeIfAbsent(change.learnerId(), learnerId -> learner(learnerId).displayName()));
        history.forEach(regrade -> names.computeIfAbsent(regrade.appliedBy(), by -> learner(by).displayName()));
        return Templates.regrade(quiz, regrades.outdated(id, learners), preview, history, names,
                "applied".equals(done) ? "The regrade was applied and recorded below." : null);
    }

    @POST
    @Path("quizzes/{id}/regrade")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response applyRegrade(@PathParam("id") long id, @FormParam("question") String question) {
        regrades.apply(quiz(id).id(), question, cohorts.scope(viewer.account(), Optional.empty()), viewer.accountId());
        return Response.seeOther(URI.create("/instructor/quizzes/" + id + "/regrade?done=applied")).build();
    }

    private QuizDto quiz(long id) {
        return quizzes.findQuiz(id).orElseThrow(() -> new NotFoundException("There is no quiz with the id " + id + "."));
    }

    private AccountDto learner(long id) {
        return accounts.findAccount(id)
                .orElseThrow(() -> new NotFoundException("There is no learner with the id " + id + "."));
    }

    private static BigDecimal decimal(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer whole(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
