package dev.cofactor.web.account;

import dev.cofactor.quiz.attempt.AttemptDtos.AttemptSummaryDto;
import dev.cofactor.quiz.attempt.AttemptService;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in person, with the session cookie or HTTP Basic. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Me", description = "The signed-in user and their attempts")
public class MeResource {

    private final AttemptService attempts;
    private final Viewer viewer;

    MeResource(AttemptService attempts, Viewer viewer) {
        this.attempts = attempts;
        this.viewer = viewer;
    }

    @GET
    @Operation(summary = "The signed-in user")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "401", description = "Nobody is signed in")
    public AccountDto me() {
        return viewer.account();
    }

    @GET
    @Path("attempts")
    @Operation(summary = "Your quiz attempts, newest first")
    public List<AttemptSummaryDto> attempts() {
        return attempts.listForLearner(viewer.accountId());
    }
}
