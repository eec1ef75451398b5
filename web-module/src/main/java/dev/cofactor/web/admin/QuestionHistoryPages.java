package dev.cofactor.web.admin;

import dev.cofactor.quiz.question.QuestionBankService;
import dev.cofactor.quiz.question.QuestionBankService.QuestionDetailDto;
import dev.cofactor.quiz.question.QuestionBankService.VersionDto;
import dev.cofactor.quiz.question.QuestionDiff;
import dev.cofactor.quiz.question.QuestionService;
import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.web.account.Role;
import dev.cofactor.web.account.Viewer;
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
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A question's versions in the browser: newest first, a readable diff between any two, and restore. */
@Path("/admin/questions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.ADMIN)
public class QuestionHistoryPages {

    /** One version in the history, with whether it is the current one. */
    public record VersionView(VersionDto version, boolean current) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance versions(QuestionDetailDto detail, List<VersionView> versions, int from, int to,
                List<QuestionDiff.Row> rows, String notice);
    }

    private final QuestionBankService bank;
    private final QuestionService questions;
    private final Viewer viewer;

    QuestionHistoryPages(QuestionBankService bank, QuestionService questions, Viewer viewer) {
        this.bank = bank;
        this.questions = questions;
        this.viewer = viewer;
    }

    /** The history, and the diff from {@code from} (by default the version before the newest) to {@code to} (the newest). */
    @GET
    @Path("{id}/versions")
    @Operation(hidden = true)
    public TemplateInstance versions(@PathParam("id") String id, @QueryParam("from") Integer from,
            @QueryParam("to") Integer to, @QueryParam("done") String done) {
        QuestionDetailDto detail = bank.find(id).orElseThrow(() -> new NotFoundException("There is no question '" + id + "'."));
        int newest = detail.current().version();
        int older = from == null ? Math.max(1, newest - 1) : from;
        int newer = to == null ? newest : to;
        List<VersionView> versions = new ArrayList<>(detail.versions().stream()
                .map(v -> new VersionView(v, v.version() == newest)).toList());
        Collections.reverse(versions);
        String notice = "restored".equals(done) ? "Restored as version " + newest + "." : null;
        return Templates.versions(detail, versions, older, newer,
                QuestionDiff.between(version(detail, older), version(detail, newer)), notice);
    }

    @POST
    @Path("{id}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response restore(@PathParam("id") String id, @FormParam("version") int version) {
        questions.restore(id, version, viewer.getEmail());
        return Response.seeOther(URI.create("/admin/questions/" + id + "/versions?done=restored")).build();
    }

    private static QuestionSpec version(QuestionDetailDto detail, int number) {
        return detail.versions().stream().filter(v -> v.version() == number).findFirst().map(VersionDto::spec)
                .orElseThrow(() -> new NotFoundException("Question '" + detail.current().id() + "' has no version " + number + "."));
    }
}
