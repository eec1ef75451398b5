package dev.cofactor.quiz.quiz;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/quizzes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quizzes", description = "Quizzes over articles")
public class QuizResource {

    private final QuizService quizzes;

    QuizResource(QuizService quizzes) {
        this.quizzes = quizzes;
    }

    @GET
    @Operation(summary = "List the quizzes with their settings")
    public List<QuizDto> list() {
        return quizzes.listQuizzes();
    }
}
