package dev.cofactor.web.admin;

import dev.cofactor.content.article.ArticleService;
import dev.cofactor.content.article.ArticleSummaryDto;
import dev.cofactor.quiz.question.InvalidQuestionException;
import dev.cofactor.quiz.question.QuestionBankService;
import dev.cofactor.quiz.question.QuestionBankService.Filter;
import dev.cofactor.quiz.question.QuestionBankService.QuestionDetailDto;
import dev.cofactor.quiz.question.QuestionBankService.QuestionRowDto;
import dev.cofactor.quiz.question.QuestionBankService.Status;
import dev.cofactor.quiz.question.QuestionBankService.VersionDto;
import dev.cofactor.quiz.question.QuestionDiff;
import dev.cofactor.quiz.question.QuestionService;
import dev.cofactor.quiz.question.QuestionService.Authored;
import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.quiz.question.QuestionType;
import dev.cofactor.web.TextInput;
import dev.cofactor.web.ErrorMappers;
import dev.cofactor.web.Problem;
import dev.cofactor.web.account.Role;
import dev.cofactor.web.account.Viewer;
import dev.cofactor.web.admin.BankTransfer.BankExport;
import dev.cofactor.web.admin.BankTransfer.ImportReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The question bank for admins over JSON: the same operations as the pages, plus GIFT and JSON import and export. */
@Path("/api/admin/questions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
@Tag(name = "Question bank (admins)")
public class QuestionAdminResource {

    /** A refused import: a problem detail that also carries the import's own report. */
    public record ImportProblem(String type, String title, int status, String detail, String instance,
            List<BankTransfer.ImportedQuestion> questions, List<BankTransfer.LineProblem> errors,
            List<BankTransfer.LineSkipped> skipped) {
    }

    private final QuestionBankService bank;
    private final QuestionService questions;
    private final BankTransfer transfer;
    private final ArticleService articles;
    private final Viewer viewer;

    QuestionAdminResource(QuestionBankService bank, QuestionService questions, BankTransfer transfer,
            ArticleService articles, Viewer viewer) {
        this.bank = bank;
        this.questions = questions;
        this.transfer = transfer;
        this.articles = articles;
        this.viewer = viewer;
    }

    @GET
    @Operation(summary = "Questions of the bank, filtered by text, tag, type, section and status (active, draft, retired)")
    public List<QuestionRowDto> list(@QueryParam("text") String text, @QueryParam("tag") String tag,
            @QueryParam("type") String type, @QueryParam("section") String section, @QueryParam("status") String status) {
        QuestionType parsedType = Forms.option(QuestionType.class, type);
        Status parsedStatus = Forms.option(Status.class, status);
        if (type != null && !type.isBlank() && parsedType == null || status != null && !status.isBlank() && parsedStatus == null) {
            throw new BadRequestException("Unknown type or status.");
        }
        return bank.list(new Filter(text, tag, parsedType, section, parsedStatus, null));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A question: its current version, status, uses and every version")
    public QuestionDetailDto find(@PathParam("id") String id) {
        return detail(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a question; 'article' names the article when there are several; 422 lists problems by field")
    public Response create(QuestionSpec spec, @QueryParam("article") String article) {
        if (spec == null) {
            throw new BadRequestException("Send the question as JSON.");
        }
        questions.create(new Authored(articleFor(article, null), spec), viewer.getEmail());
        return Response.created(URI.create("/api/admin/questions/" + spec.id())).entity(detail(spec.id())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a new version of a question (nothing happens when it says the same)")
    public QuestionDetailDto update(@PathParam("id") String id, QuestionSpec spec, @QueryParam("article") String article) {
        QuestionDetailDto current = detail(id);
        if (spec == null || !id.equals(spec.id())) {
            throw new BadRequestException("Send the question as JSON, with the id '" + id + "'.");
        }
        questions.update(new Authored(articleFor(article, current.current().articleSlug()), spec), viewer.getEmail());
        return detail(id);
    }

    @GET
    @Path("{id}/versions/{version}")
    @Operation(summary = "One version of a question")
    public VersionDto version(@PathParam("id") String id, @PathParam("version") int version) {
        return bank.findVersion(id, version)
                .orElseThrow(() -> new NotFoundException("Question '" + id + "' has no version " + version + "."));
    }

    @GET
    @Path("{id}/diff")
    @Operation(summary = "What changed between two versions, part by part, word by word")
    public List<QuestionDiff.Row> diff(@PathParam("id") String id, @QueryParam("from") Integer from,
            @QueryParam("to") Integer to) {
        if (from == null || to == null) {
            throw new BadRequestException("Say which versions to compare: ?from=1&to=2.");
        }
        return QuestionDiff.between(version(id, from).spec(), version(id, to).spec());
    }

    @POST
    @Path("{id}/restore")
    @Operation(summary = "Make an old version current again, as a new version")
    public QuestionDetailDto restore(@PathParam("id") String id, @QueryParam("version") Integer version) {
        if (version == null) {
            throw new BadRequestException("Say which version to restore: ?version=2.");
        }
        questions.restore(id, version, viewer.getEmail());
        return detail(id);
    }

    @POST
    @Path("{id}/retire")
    @Operation(summary = "Retire a question: kept for old attempts, offered to no quiz (409 while a quiz lists it)")
    public QuestionDetailDto retire(@PathParam("id") String id) {
        questions.retire(id);
        return detail(id);
    }

    @POST
    @Path("{id}/reinstate")
    @Operation(summary = "Undo a retirement")
    public QuestionDetailDto reinstate(@PathParam("id") String id) {
        questions.reinstate(id);
        return detail(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a question no attempt showed and no quiz lists (409 otherwise: retire it)")
    public Response delete(@PathParam("id") String id) {
        questions.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("import/gift")
    @Consumes({MediaType.TEXT_PLAIN, "text/gift"})
    @Operation(summary = "Import GIFT: dryRun=true (the default) only reports; with errors, dryRun=false answers 422 and writes nothing")
    public Response importGift(byte[] body, @QueryParam("dryRun") Boolean dryRun, @Context UriInfo uri) {
        String text = body == null ? null : TextInput.decode(body, "The GIFT text");
        if (text == null || text.isBlank()) {
            throw new BadRequestException("Send the GIFT text as the request body (text/plain).");
        }
        return answer(transfer.importGift(text, !Boolean.FALSE.equals(dryRun)), uri);
    }

    @GET
    @Path("export/gift")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The bank as GIFT (ordering questions, which GIFT cannot hold, are named in a comment)")
    public Response exportGift() {
        return Response.ok(transfer.exportGift(), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"cofactor-questions.gift.txt\"").build();
    }

    @POST
    @Path("import/json")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a JSON export (questions and quizzes); dryRun as for GIFT")
    public Response importJson(BankExport export, @QueryParam("dryRun") Boolean dryRun, @Context UriInfo uri) {
        return answer(transfer.importJson(export, !Boolean.FALSE.equals(dryRun)), uri);
    }

    @GET
    @Path("export/json")
    @Operation(summary = "The whole bank as JSON: every question by article, quizzes, and which questions are retired")
    public Response exportJson() {
        return Response.ok(transfer.exportJson())
                .header("Content-Disposition", "attachment; filename=\"cofactor-bank.json\"").build();
    }

    private static Response answer(ImportReport report, UriInfo uri) {
        if (!report.dryRun() && report.hasErrors()) {
            ImportProblem problem = new ImportProblem("about:blank", "Unprocessable Content", 422,
                    "Nothing was imported: " + report.errors().size() + " problem" + (report.errors().size() == 1 ? "" : "s")
                            + " to fix first.", uri.getPath(), report.questions(), report.errors(), report.skipped());
            return Response.status(ErrorMappers.UNPROCESSABLE_CONTENT).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        return Response.ok(report).build();
    }

    /** The article a question belongs to: its own, else the one named, else the only article there is. */
    private String articleFor(String named, String own) {
        if (own != null) {
            return own;
        }
        if (named != null && !named.isBlank()) {
            return named.strip();
        }
        List<ArticleSummaryDto> all = articles.listArticles();
        if (all.size() == 1) {
            return all.get(0).slug();
        }
        throw new InvalidQuestionException(Map.of("evidence", "Say which article the question belongs to: ?article=slug."));
    }

    private QuestionDetailDto detail(String id) {
        return bank.find(id).orElseThrow(() -> new NotFoundException("There is no question '" + id + "'."));
    }
}
