package dev.cofactor.web.admin;

import dev.cofactor.quiz.attempt.AnswerDto;
import dev.cofactor.quiz.attempt.AttemptViews;
import dev.cofactor.quiz.question.InvalidQuestionException;
import dev.cofactor.quiz.question.QuestionBankService;
import dev.cofactor.quiz.question.QuestionBankService.Filter;
import dev.cofactor.quiz.question.QuestionBankService.QuestionDetailDto;
import dev.cofactor.quiz.question.QuestionBankService.QuestionRowDto;
import dev.cofactor.quiz.question.QuestionBankService.Status;
import dev.cofactor.quiz.question.QuestionBody;
import dev.cofactor.quiz.question.QuestionService;
import dev.cofactor.quiz.question.QuestionService.Authored;
import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.quiz.question.QuestionType;
import dev.cofactor.quiz.question.QuestionValidator;
import dev.cofactor.quiz.question.StemRenderer;
import dev.cofactor.web.account.Role;
import dev.cofactor.web.account.Viewer;
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
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The admin's question bank in the browser: list and filter, the editor for every type with a preview
 * rendered by the server, retire, reinstate and delete. Versions are {@link QuestionHistoryPages}, imports
 * {@link QuestionImportPages}.
 */
@Path("/admin/questions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.ADMIN)
public class QuestionEditorPages {

    /** The filter as typed, for the form to show again. */
    public record FilterView(String text, String tag, String type, String section, String status) {
    }

    /** What the author sees of a question before saving it: the learner's view, the right answer and all feedback. */
    public record PreviewView(QuestionView learner, String rightAnswer, List<FeedbackView> feedback,
            Map<String, String> problems) {
    }

    /** One feedback as HTML, with when learners see it ("If ticked: Glycine"), also HTML. */
    public record FeedbackView(String when, String html) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<QuestionRowDto> questions, int total, FilterView filter,
                List<String> tags, List<QuestionType> types, List<SectionChoices.Group> sections,
                Map<String, String> sectionTitles, List<Status> statuses,
                String notice);

        static native TemplateInstance choose(List<QuestionType> types);

        static native TemplateInstance edit(QuestionForm form, boolean isNew, List<SectionChoices.Group> sections,
                Map<String, String> problems, PreviewView preview, QuestionDetailDto detail, String notice);

        static native TemplateInstance preview(PreviewView preview);
    }

    private final QuestionBankService bank;
    private final QuestionService questions;
    private final QuestionValidator validator;
    private final AttemptViews attempts;
    private final SectionChoices sections;
    private final StemRenderer renderer;
    private final Viewer viewer;

    QuestionEditorPages(QuestionBankService bank, QuestionService questions, QuestionValidator validator, AttemptViews attempts, SectionChoices sections,
            StemRenderer renderer, Viewer viewer) {
        this.bank = bank;
        this.questions = questions;
        this.validator = validator;
        this.attempts = attempts;
        this.sections = sections;
        this.renderer = renderer;
        this.viewer = viewer;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("text") String text, @QueryParam("tag") String tag,
            @QueryParam("type") String type, @QueryParam("section") String section, @QueryParam("status") String status,
            @QueryParam("done") String done, @QueryParam("created") int created, @QueryParam("changed") int changed,
            @QueryParam("unchanged") int unchanged) {
        Filter filter = new Filter(text, tag, Forms.option(QuestionType.class, type), section, Forms.option(Status.class, status), null);
        List<QuestionRowDto> all = bank.list(Filter.ALL);
        List<String> tags = new ArrayList<>(new TreeSet<>(all.stream().flatMap(row -> row.tags().stream()).toList()));
        List<SectionChoices.Group> groups = sections.all();
        return Templates.list(all.stream().filter(filter::matches).toList(), all.size(),
                new FilterView(text, tag, type, section, status), tags, Arrays.asList(QuestionType.values()),
                groups, SectionChoices.titles(groups), Arrays.asList(Status.values()), "imported".equals(done)
                        ? "Imported: " + created + " new, " + changed + " changed, " + unchanged + " unchanged."
                        : done == null ? null : NOTICES.get(done));
    }

    @GET
    @Path("new")
    @Operation(hidden = true)
    public TemplateInstance create(@QueryParam("type") String type) {
        QuestionType parsed = Forms.option(QuestionType.class, type);
        if (parsed == null) {
            return Templates.choose(Arrays.asList(QuestionType.values()));
        }
        return Templates.edit(QuestionForm.blank(parsed), true, sections.all(), Map.of(), null, null, null);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(MultivaluedMap<String, String> posted) {
        QuestionType type = Optional.ofNullable(Forms.option(QuestionType.class, posted.getFirst("type")))
                .orElseThrow(() -> new BadRequestException("Choose the type of the new question."));
        return submit(QuestionForm.of(posted, type), posted.getFirst("action"), null);
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public TemplateInstance edit(@PathParam("id") String id, @QueryParam("done") String done) {
        QuestionDetailDto detail = detail(id);
        String notice = "saved".equals(done) ? "Saved. This is version " + detail.current().version() + "."
                : "unchanged".equals(done) ? "Nothing changed, so no new version: this is still version "
                        + detail.current().version() + "."
                : done == null ? null : NOTICES.get(done);
        QuestionForm form = QuestionForm.of(detail.current().articleSlug(), detail.spec());
        return Templates.edit(form, false, sections.of(detail.current().articleSlug()), Map.of(),
                preview(form, detail.spec()), detail, notice);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        QuestionDetailDto detail = detail(id);
        posted.putSingle("id", id);
        return submit(QuestionForm.of(posted, detail.spec().type()), posted.getFirst("action"), detail);
    }

    /** The preview alone, for the editor's script to refresh it as the admin types. */
    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public TemplateInstance preview(MultivaluedMap<String, String> posted) {
        QuestionType type = Optional.ofNullable(Forms.option(QuestionType.class, posted.getFirst("type")))
                .orElseThrow(() -> new BadRequestException("Say the question's type."));
        QuestionSpec current = bank.find(posted.getFirst("id") == null ? "" : posted.getFirst("id"))
                .map(QuestionDetailDto::spec).orElse(null);
        return Templates.preview(preview(QuestionForm.of(posted, type), current));
    }



    @POST
    @Path("{id}/retire")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response retire(@PathParam("id") String id) {
        questions.retire(id);
        return Response.seeOther(URI.create("/admin/questions/" + id + "?done=retired")).build();
    }

    @POST
    @Path("{id}/reinstate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response reinstate(@PathParam("id") String id) {
        questions.reinstate(id);
        return Response.seeOther(URI.create("/admin/questions/" + id + "?done=reinstated")).build();
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response delete(@PathParam("id") String id) {
        questions.delete(id);
        return Response.seeOther(URI.create("/admin/questions?done=deleted")).build();
    }



    private static final Map<String, String> NOTICES = Map.of(
            "retired", "Retired. Attempts that showed it keep it; no quiz can use it until it is reinstated.",
            "reinstated", "Reinstated: quizzes can use it again.",
            "deleted", "The question was deleted.");

    /** Preview, add rows, or save: a refused save shows the form again with each problem next to its field. */
    private Response submit(QuestionForm form, String action, QuestionDetailDto detail) {
        boolean isNew = detail == null;
        QuestionSpec current = isNew ? null : detail.spec();
        List<SectionChoices.Group> choices = isNew ? sections.all() : sections.of(detail.current().articleSlug());
        if ("rows".equals(action)) {
            return Response.ok(Templates.edit(form.withBlankRows(3), isNew, choices, Map.of(), null, detail, null)).build();
        }
        if ("save".equals(action)) {
            try {
                Authored authored = form.toAuthored(current);
                boolean changed = isNew ? questions.create(authored, viewer.getEmail()) > 0
                        : questions.update(authored, viewer.getEmail()) != detail.current().version();
                return Response.seeOther(URI.create("/admin/questions/" + authored.spec().id() + "?done="
                        + (changed ? "saved" : "unchanged"))).build();
            } catch (InvalidQuestionException invalid) {
                return Response.status(422).entity(Templates.edit(form, isNew, choices, invalid.fields().isEmpty()
                        ? Map.of("stem", invalid.getMessage()) : invalid.fields(), preview(form, current), detail, null))
                        .build();
            }
        }
        return Response.ok(Templates.edit(form, isNew, choices, Map.of(), preview(form, current), detail, null)).build();
    }

    /** The question as the form describes it, shown as a learner would see it, then its key and feedback. */
    private PreviewView preview(QuestionForm form, QuestionSpec current) {
        Authored authored;
        try {
            authored = form.toAuthored(current);
        } catch (InvalidQuestionException unreadable) {
            return new PreviewView(null, null, List.of(), unreadable.fields());
        }
        QuestionSpec spec = authored.spec();
        Map<String, String> problems = validator.check(authored);
        if (spec.stem() == null) {
            return new PreviewView(null, null, List.of(), problems);
        }
        var learner = attempts.preview(spec, 0);
        String right = null;
        if (problems.isEmpty()) {
            right = QuestionView.describe(learner, AnswerDto.from(spec.key().rightAnswer()));
        }
        return new PreviewView(QuestionView.numbered(1, learner), right, feedback(spec), problems);
    }

    private List<FeedbackView> feedback(QuestionSpec spec) {
        List<FeedbackView> all = new ArrayList<>();
        (spec.type() == null ? List.<QuestionBody.AnswerFeedback>of() : spec.body().answerFeedback()).forEach(feedback -> all.add(new FeedbackView(feedback.choiceId() != null
                ? "If chosen: " + renderer.inlineHtml(feedback.choiceText())
                : feedback.truth() ? "If answered true" : "If answered false", renderer.html(feedback.markdown()))));
        if (spec.feedback() != null) {
            all.add(new FeedbackView("Everyone, after answering", renderer.html(spec.feedback())));
        }
        return all;
    }

    private QuestionDetailDto detail(String id) {
        return bank.find(id).orElseThrow(() -> new NotFoundException("There is no question '" + id + "'."));
    }


}
