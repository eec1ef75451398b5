package dev.cofactor.web.admin;

import dev.cofactor.quiz.quiz.QuizService;
import dev.cofactor.quiz.quiz.QuizSpec;
import dev.cofactor.web.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Quizzes for admins over JSON: read a quiz as its editor sees it, create or replace one. */
@Path("/api/admin/quizzes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
@Tag(name = "Quizzes (admins)")
public class QuizAdminResource {

    private final QuizService quizzes;

    QuizAdminResource(QuizService quizzes) {
        this.quizzes = quizzes;
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "A quiz's settings and questions, in order")
    public QuizSpec find(@PathParam("slug") String slug) {
        return quizzes.findSpec(slug).orElseThrow(() -> new NotFoundException("There is no quiz '" + slug + "'."));
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a quiz on an article (?article=slug; an existing quiz keeps its own); 422 by field")
    public QuizSpec save(@PathParam("slug") String slug, QuizSpec spec, @QueryParam("article") String article) {
        if (spec == null || !slug.equals(spec.slug())) {
            throw new BadRequestException("Send the quiz as JSON, with the slug '" + slug + "'.");
        }
        String owner = quizzes.findQuiz(slug).map(quiz -> quiz.articleSlug()).orElse(article);
        if (owner == null || owner.isBlank()) {
            throw new BadRequestException("Say which article the new quiz is on: ?article=slug.");
        }
        quizzes.edit(owner, spec);
        return find(slug);
    }
}
