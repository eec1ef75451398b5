package dev.cofactor.web.admin;

import dev.cofactor.quiz.attempt.AttemptViews;
import dev.cofactor.quiz.question.InvalidQuestionException;
import dev.cofactor.quiz.question.QuestionBankService;
import dev.cofactor.quiz.question.QuestionBankService.CurrentDto;
import dev.cofactor.quiz.question.QuestionBankService.Filter;
import dev.cofactor.quiz.question.QuestionBankService.QuestionRowDto;
import dev.cofactor.quiz.question.QuestionBankService.Status;
import dev.cofactor.quiz.question.QuestionType;
import dev.cofactor.quiz.quiz.QuizDto;
import dev.cofactor.quiz.quiz.QuizService;
import dev.cofactor.quiz.quiz.QuizSpec;
import dev.cofactor.web.account.Role;
import dev.cofactor.web.quiz.QuestionView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The quiz editor: settings, the questions picked from the bank (filtered by text, tag, type and
 * section) and put in order with buttons, and a preview of the quiz as a learner sees it.
 */
@Path("/admin/quizzes")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.ADMIN)
public class QuizAdminPages {

    /** The picker's filter, as typed. */
    public record PickFilter(String text, String tag, String type, String section) {

        static final PickFilter NONE = new PickFilter("", "", "", "");

        static PickFilter of(MultivaluedMap<String, String> form) {
            return new PickFilter(Forms.first(form, "pickText"), Forms.first(form, "pickTag"),
                    Forms.first(form, "pickType"), Forms.first(form, "pickSection"));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<QuizDto> quizzes, List<SectionChoices.Group> articles);

        static native TemplateInstance edit(QuizForm form, boolean isNew, List<SectionChoices.Choice> sections,
                List<QuestionRowDto> chosen, List<QuestionRowDto> candidates, PickFilter pick, List<String> tags,
                List<QuestionType> types, Map<String, String> sectionTitles, List<String> warnings, Map<String, String> problems,
                String notice);

        static native TemplateInstance preview(QuizDto quiz, List<QuestionView> questions);
    }

    private final QuizService quizzes;
    private final QuestionBankService bank;
    private final AttemptViews attempts;
    private final SectionChoices sections;

    QuizAdminPages(QuizService quizzes, QuestionBankService bank, AttemptViews attempts, SectionChoices sections) {
        this.quizzes = quizzes;
        this.bank = bank;
        this.attempts = attempts;
        this.sections = sections;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance list() {
        return Templates.list(quizzes.listQuizzes(), sections.all());
    }

    @GET
    @Path("new")
    @Operation(hidden = true)
    public TemplateInstance create(@QueryParam("article") String article) {
        String slug = requireArticle(article);
        return page(QuizForm.blank(slug), true, PickFilter.NONE, Map.of(), null);
    }

    @GET
    @Path("{slug}")
    @Operation(hidden = true)
    public TemplateInstance edit(@PathParam("slug") String slug, @QueryParam("done") String done) {
        QuizDto quiz = quiz(slug);
        QuizSpec spec = quizzes.findSpec(slug).orElseThrow();
        return page(QuizForm.of(quiz.articleSlug(), spec), false, PickFilter.NONE,
                Map.of(), "saved".equals(done) ? "The quiz was saved." : null);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(MultivaluedMap<String, String> posted) {
        QuizForm form = QuizForm.of(posted);
        requireArticle(form.article());
        if ("save".equals(Forms.first(posted, "action")) && quizzes.findQuiz(form.slug().strip()).isPresent()) {
            return Response.status(422).entity(page(form, true, PickFilter.of(posted),
                    Map.of("slug", "A quiz with this slug exists; choose another slug."), null)).build();
        }
        return submit(form, posted, true);
    }

    @POST
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(@PathParam("slug") String slug, MultivaluedMap<String, String> posted) {
        QuizDto quiz = quiz(slug);
        posted.putSingle("slug", slug);
        posted.putSingle("article", quiz.articleSlug());
        return submit(QuizForm.of(posted), posted, false);
    }

    /** The quiz as a learner would see its questions: in its order, unshuffled, nothing answered. */
    @GET
    @Path("{slug}/preview")
    @Operation(hidden = true)
    public TemplateInstance preview(@PathParam("slug") String slug) {
        QuizDto quiz = quiz(slug);
        Map<String, CurrentDto> bankById = bank.listCurrent(new Filter(null, null, null, null, null, quiz.articleSlug()))
                .stream().collect(Collectors.toMap(question -> question.row().id(), question -> question));
        List<QuestionView> questions = new ArrayList<>();
        for (String id : quizzes.findSpec(slug).orElseThrow().questions()) {
            CurrentDto current = bankById.get(id); // a quiz holds only its article's questions
            questions.add(QuestionView.numbered(questions.size() + 1,
                    attempts.preview(current.spec(), current.row().version())));
        }
        return Templates.preview(quiz, questions);
    }

    private Response submit(QuizForm posted, MultivaluedMap<String, String> raw, boolean isNew) {
        String action = Forms.first(raw, "action");
        QuizForm form = posted;
        String notice = null;
        if (action.startsWith("up:") || action.startsWith("down:") || action.startsWith("remove:")) {
            form = posted.moved(action);
        } else if (action.equals("add")) {
            List<String> ordered = new ArrayList<>(posted.questions());
            List<String> added = raw.get("add") == null ? List.of() : raw.get("add");
            added.stream().filter(id -> !ordered.contains(id)).forEach(ordered::add);
            form = posted.withQuestions(ordered);
            notice = added.isEmpty() ? "Tick the questions to add first." : "Added " + added.size() + "; save to keep them.";
        } else if (action.equals("save")) {
            try {
                quizzes.edit(form.article(), form.toSpec());
                return Response.seeOther(URI.create("/admin/quizzes/" + form.slug().strip() + "?done=saved")).build();
            } catch (InvalidQuestionException invalid) {
                return Response.status(422).entity(page(form, isNew, PickFilter.of(raw), invalid.fields().isEmpty()
                        ? Map.of("questions", invalid.getMessage()) : invalid.fields(), null)).build();
            }
        }
        return Response.ok(page(form, isNew, PickFilter.of(raw), Map.of(), notice)).build();
    }

    private TemplateInstance page(QuizForm form, boolean isNew, PickFilter pick, Map<String, String> problems, String notice) {
        List<QuestionRowDto> all = bank.list(new Filter(null, null, null, null, null, form.article()));
        List<QuestionRowDto> chosen = form.questions().stream()
                .map(id -> all.stream().filter(row -> row.id().equals(id)).findFirst().orElse(null))
                .filter(java.util.Objects::nonNull).toList();
        Filter filter = new Filter(pick.text(), pick.tag(), Forms.option(QuestionType.class, pick.type()),
                pick.section(), Status.ACTIVE, form.article());
        List<QuestionRowDto> candidates = all.stream().filter(filter::matches)
                .filter(row -> !form.questions().contains(row.id())).toList();
        List<String> tags = new ArrayList<>(new TreeSet<>(all.stream().flatMap(row -> row.tags().stream()).toList()));
        List<SectionChoices.Group> groups = sections.of(form.article());
        List<SectionChoices.Choice> choices = groups.stream().flatMap(group -> group.sections().stream()).toList();
        return Templates.edit(form, isNew, choices, chosen, candidates, pick, tags, Arrays.asList(QuestionType.values()),
                SectionChoices.titles(groups), quizzes.warnings(form.slug(), form.review(), form.questions()), problems, notice);
    }

    private String requireArticle(String article) {
        return sections.all().stream().map(SectionChoices.Group::articleSlug).filter(slug -> slug.equals(article)).findFirst()
                .orElseThrow(() -> new BadRequestException("Choose an article for the new quiz."));
    }

    private QuizDto quiz(String slug) {
        return quizzes.findQuiz(slug).orElseThrow(() -> new NotFoundException("There is no quiz '" + slug + "'."));
    }
}
