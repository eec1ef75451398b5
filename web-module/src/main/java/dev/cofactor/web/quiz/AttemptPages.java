package dev.cofactor.web.quiz;

import dev.cofactor.content.article.ArticleService;
import dev.cofactor.content.article.ArticleSummaryDto;
import dev.cofactor.quiz.Refusal;
import dev.cofactor.quiz.attempt.AccommodationService;
import dev.cofactor.quiz.attempt.AccommodationService.AccommodationDto;
import dev.cofactor.quiz.attempt.AnswerDto;
import dev.cofactor.quiz.attempt.AttemptDtos.AttemptDto;
import dev.cofactor.quiz.attempt.AttemptDtos.AttemptSummaryDto;
import dev.cofactor.quiz.attempt.AttemptDtos.QuestionDto;
import dev.cofactor.quiz.attempt.AttemptService;
import dev.cofactor.quiz.attempt.AttemptViews;
import dev.cofactor.quiz.attempt.AttemptViews.PostedQuestion;
import dev.cofactor.quiz.attempt.ProgressService;
import dev.cofactor.quiz.attempt.ProgressService.MasteryDto;
import dev.cofactor.quiz.attempt.ProgressService.QuizGradeDto;
import dev.cofactor.quiz.attempt.SaveOrder;
import dev.cofactor.quiz.quiz.QuizDto;
import dev.cofactor.quiz.quiz.QuizService;
import dev.cofactor.web.ErrorMappers;
import dev.cofactor.web.account.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Taking a quiz in the browser, one question a page, with plain forms: every answer is saved on the
 * server when the learner moves on (and at once with JavaScript), so nothing is lost on a reload.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AttemptPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quiz(QuizDto quiz, String articleTitle, String sectionTitle,
                List<AttemptSummaryDto> attempts, long used, QuizGradeDto grade, boolean signedIn, boolean canStart, boolean hasOpen,
                AccommodationDto accommodation, boolean canPractise, String notice);

        static native TemplateInstance start(QuizDto quiz, AccommodationDto accommodation);

        static native TemplateInstance question(AttemptDto attempt, QuestionView view, int total);

        static native TemplateInstance review(AttemptDto attempt, List<QuestionView> questions, String error);

        static native TemplateInstance result(AttemptDto attempt, AttemptHeader header, List<ResultRow> rows,
                boolean rightAnswersLater, boolean canPractise);

        static native TemplateInstance progress(List<QuizProgress> quizzes, List<MasteryDto> mastery,
                List<AttemptSummaryDto> attempts);
    }

    /**
     * One quiz on the learner's progress page, as Canvas and Open edX list them: its grade (null before a
     * counted attempt, and while the quiz hides the score), the attempt open now (or null), whether "Practise
     * what I missed" is on offer, and how many graded attempts were submitted.
     */
    public record QuizProgress(QuizDto quiz, QuizGradeDto grade, AttemptSummaryDto open, boolean canPractise, long submitted) {
    }

    private final QuizService quizzes;
    private final AttemptService attempts;
    private final AttemptViews attemptViews;
    private final ProgressService progress;
    private final Viewer viewer;
    private final AccommodationService accommodations;
    private final ArticleService articles;

    AttemptPages(QuizService quizzes, AttemptService attempts, AttemptViews views, ProgressService progress, Viewer viewer,
            AccommodationService accommodations, ArticleService articles) {
        this.attemptViews = views;
        this.accommodations = accommodations;
        this.articles = articles;
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.progress = progress;
        this.viewer = viewer;
    }

    @GET
    @Path("quizzes/{slug}")
    @Operation(hidden = true)
    public TemplateInstance quiz(@PathParam("slug") String slug) {
        return quizPage(slug, null);
    }

    /** The quiz's page, with {@code notice} (a refusal to say) at its top, or null. */
    private TemplateInstance quizPage(String slug, String notice) {
        QuizDto quiz = findQuiz(slug);
        List<AttemptSummaryDto> mine = viewer.isSignedIn()
                ? attemptViews.listForLearner(viewer.accountId()).stream().filter(a -> a.quizId() == quiz.id()).toList()
                : List.of();
        boolean hasOpen = mine.stream().anyMatch(a -> a.submittedAt() == null && !a.practice());
        boolean canStart = !viewer.isSignedIn() || attemptViews.canStart(quiz.id(), viewer.accountId());
        AccommodationDto extraTime = viewer.isSignedIn() ? accommodations.find(viewer.accountId()).orElse(null) : null;
        String articleTitle = articles.listArticles().stream().filter(article -> article.slug().equals(quiz.articleSlug()))
                .map(ArticleSummaryDto::title).findFirst().orElse(quiz.articleSlug());
        String sectionTitle = quiz.sectionAnchor() == null ? null
                : articles.sectionTitles(quiz.articleSlug()).getOrDefault(quiz.sectionAnchor(), quiz.sectionAnchor());
        boolean canPractise = viewer.isSignedIn() && attempts.practiceRefusal(quiz.id(), viewer.accountId()).isEmpty();
        QuizGradeDto grade = viewer.isSignedIn() ? progress.grades(viewer.accountId(), attemptViews.scoresHidden(viewer.accountId()))
                .stream().filter(g -> g.quizId() == quiz.id()).findFirst().orElse(null) : null;
        long used = mine.stream().filter(a -> !a.practice()).count();
        return Templates.quiz(quiz, articleTitle, sectionTitle, mine, used, grade, viewer.isSignedIn(), canStart, hasOpen,
                extraTime, canPractise, notice);
    }

    /**
     * Before a timed attempt starts, as Moodle asks: the time it will have, and a button to start it. A quiz
     * without a time limit asks nothing: back to its page.
     */
    @GET
    @Path("quizzes/{slug}/start")
    @Authenticated
    @Operation(hidden = true)
    public Response confirmStart(@PathParam("slug") String slug) {
        QuizDto quiz = findQuiz(slug);
        if (quiz.settings().timeLimitMinutes() == null) {
            return Response.seeOther(URI.create("/quizzes/" + slug)).build();
        }
        return Response.ok(Templates.start(quiz, accommodations.find(viewer.accountId()).orElse(null))).build();
    }

    @POST
    @Path("quizzes/{slug}/attempts")
    @Authenticated
    @Operation(hidden = true)
    public Response start(@PathParam("slug") String slug) {
        AttemptDto attempt = attempts.start(findQuiz(slug).id(), viewer.accountId());
        return toQuestion(attempt.id(), firstUnanswered(attempt));
    }

    @POST
    @Path("quizzes/{slug}/practice")
    @Authenticated
    @Operation(hidden = true)
    public Response practice(@PathParam("slug") String slug) {
        try {
            return toQuestion(attempts.practiceMissed(findQuiz(slug).id(), viewer.accountId()).id(), 1);
        } catch (Refusal.Conflict refused) { // offered and no longer possible (another tab): say why, here
            return Response.status(Response.Status.CONFLICT).entity(quizPage(slug, refused.getMessage())).build();
        }
    }

    @GET
    @Path("attempts/{id}/questions/{number}")
    @Authenticated
    @Operation(hidden = true)
    public Response question(@PathParam("id") long id, @PathParam("number") int number,
            @QueryParam("moved") String moved) {
        AttemptDto attempt = attempt(id);
        if (attempt.submittedAt() != null) {
            return toResult(id);
        }
        return Response.ok(Templates.question(attempt,
                QuestionView.of(number, questionAt(attempt, number), null).afterMove(moved), attempt.questions().size())).build();
    }

    @POST
    @Path("attempts/{id}/questions/{number}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    @Operation(hidden = true)
    public Response answer(@PathParam("id") long id, @PathParam("number") int number,
            MultivaluedMap<String, String> form) {
        if (attempts.submitIfOverdue(id, viewer.accountId())) {
            return toResult(id);
        }
        PostedQuestion posted = attemptViews.posted(id, viewer.accountId(), number)
                .orElseThrow(() -> new NotFoundException("This attempt has no question " + number + "."));
        QuestionDto question = posted.question();
        String action = form.containsKey("move") ? "move" : form.containsKey("goto") ? "goto"
                : Optional.ofNullable(form.getFirst("action")).orElse("next");
        try {
            if (!posted.checked()) {
                // quiz.js numbers the form's post after its own saves, so none of them still on its way replaces it
                SaveOrder order = SaveOrder.of(form.getFirst("save-page"), form.getFirst("save-sequence"));
                Optional<AnswerDto> answer = action.equals("clear") ? Optional.empty() : AnswerForm.read(question, form);
                if (answer.isPresent()) {
                    attempts.saveAnswer(id, viewer.accountId(), question.id(), answer.get(), order);
                } else if (question.answer() != null) { // emptied, unticked or "Clear my answer": not answered again
                    attempts.clearAnswer(id, viewer.accountId(), question.id(), order);
                }
            }
            if (action.equals("check")) {
                attempts.check(id, viewer.accountId(), question.id());
            }
            if (action.equals("flag") || action.equals("unflag")) {
                attempts.flag(id, viewer.accountId(), question.id(), action.equals("flag"));
            }
        } catch (Refusal refused) {
            AttemptDto fresh = attempt(id);
            String typed = form.containsKey("number") ? form.getFirst("number") : form.getFirst("text");
            return Response.status(ErrorMappers.status(refused)).entity(Templates.question(fresh,
                    QuestionView.of(number, questionAt(fresh, number), refused.getMessage()).typed(typed),
                    fresh.questions().size())).build();
        }
        int total = posted.questions();
        return switch (action) {
            case "previous" -> toQuestion(id, Math.max(1, number - 1));
            case "review" -> Response.seeOther(URI.create("/attempts/" + id + "/review")).build();
            case "goto" -> toQuestion(id, Math.max(1, Math.min(total, parsedOr(form.getFirst("goto"), number))));
            case "leave" -> Response.seeOther(URI.create("/quizzes/" + attempt(id).quizSlug())).build();
            case "check", "clear", "flag", "unflag" -> toQuestion(id, number);
            // without JavaScript: back to the moved item, its button focused (autofocus), its new place said
            case "move" -> afterMove(id, number, form.getFirst("move"));
            default -> number < total ? toQuestion(id, number + 1)
                    : Response.seeOther(URI.create("/attempts/" + id + "/review")).build();
        };
    }

    /** A question number as a button posted it; {@code fallback} for anything else. */
    private static int parsedOr(String number, int fallback) {
        try {
            return number == null ? fallback : Integer.parseInt(number);
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }

    @GET
    @Path("attempts/{id}/review")
    @Authenticated
    @Operation(hidden = true)
    public TemplateInstance review(@PathParam("id") long id) {
        AttemptDto attempt = attempt(id);
        return Templates.review(attempt, views(attempt), null);
    }

    @POST
    @Path("attempts/{id}/submission")
    @Authenticated
    @Operation(hidden = true)
    public Response submit(@PathParam("id") long id) {
        attempts.submit(id, viewer.accountId());
        return toResult(id);
    }

    @GET
    @Path("attempts/{id}/result")
    @Authenticated
    @Operation(hidden = true)
    public Response result(@PathParam("id") long id) {
        AttemptDto attempt = attempt(id);
        if (attempt.result() == null) {
            return Response.seeOther(URI.create("/attempts/" + id + "/review")).build();
        }
        List<ResultRow> rows = ResultRow.of(attempt);
        long me = viewer.accountId();
        AttemptHeader header = AttemptHeader.of(attempt, findQuiz(attempt.quizSlug()), attemptViews.listForLearner(me));
        return Response.ok(Templates.result(attempt, header, rows, rows.stream().allMatch(row -> row.rightAnswer() == null),
                attempts.practiceRefusal(attempt.quizId(), me).isEmpty())).build();
    }

    @GET
    @Path("me/progress")
    @Authenticated
    @Operation(hidden = true)
    public TemplateInstance progress() {
        long me = viewer.accountId();
        Set<Long> hidden = attemptViews.scoresHidden(me);
        List<QuizGradeDto> grades = progress.grades(me, hidden);
        List<AttemptSummaryDto> mine = attemptViews.listForLearner(me);
        List<QuizProgress> rows = quizzes.listQuizzes().stream().map(quiz -> new QuizProgress(quiz,
                grades.stream().filter(grade -> grade.quizId() == quiz.id()).findFirst().orElse(null),
                mine.stream().filter(a -> a.quizId() == quiz.id() && a.submittedAt() == null && !a.practice()).findFirst()
                        .orElse(null),
                grades.stream().anyMatch(grade -> grade.quizId() == quiz.id())
                        && attempts.practiceRefusal(quiz.id(), me).isEmpty(),
                mine.stream().filter(a -> a.quizId() == quiz.id() && a.submittedAt() != null && !a.practice()).count())).toList();
        return Templates.progress(rows, progress.mastery(me, hidden), mine);
    }

    /** The learner's attempt, as they may see it now. */
    /** The viewer's attempt, submitted first if its time ran out (a check at every page read). */
    private AttemptDto attempt(long id) {
        attempts.submitIfOverdue(id, viewer.accountId());
        return attemptViews.find(id, viewer.accountId()).orElseThrow(() -> new NotFoundException("You have no attempt with this id."));
    }

    /**
     * Back to the question after a move without JavaScript ({@code itemId:up}), where the moved item's button
     * takes the focus (autofocus, which also scrolls to it; a fragment in the URL would cancel it).
     */
    private static Response afterMove(long id, int number, String move) {
        return Response.seeOther(URI.create("/attempts/" + id + "/questions/" + number + "?moved="
                + URLEncoder.encode(move, StandardCharsets.UTF_8))).build();
    }

    private static Response toResult(long id) {
        return Response.seeOther(URI.create("/attempts/" + id + "/result")).build();
    }

    private static List<QuestionView> views(AttemptDto attempt) {
        return IntStream.range(0, attempt.questions().size())
                .mapToObj(i -> QuestionView.of(i + 1, attempt.questions().get(i), null)).toList();
    }

    private static QuestionDto questionAt(AttemptDto attempt, int number) {
        if (number < 1 || number > attempt.questions().size()) {
            throw new NotFoundException("This attempt has no question " + number + ".");
        }
        return attempt.questions().get(number - 1);
    }

    private static int firstUnanswered(AttemptDto attempt) {
        return IntStream.range(0, attempt.questions().size())
                .filter(i -> attempt.questions().get(i).answer() == null)
                .findFirst().orElse(0) + 1;
    }

    private QuizDto findQuiz(String slug) {
        return quizzes.findQuiz(slug).orElseThrow(() -> new NotFoundException("There is no quiz '" + slug + "'."));
    }

    private static Response toQuestion(long attemptId, int number) {
        return Response.seeOther(URI.create("/attempts/" + attemptId + "/questions/" + number)).build();
    }
}
