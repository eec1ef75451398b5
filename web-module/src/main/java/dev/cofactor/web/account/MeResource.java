package dev.cofactor.web.account;

import dev.cofactor.quiz.attempt.AttemptDtos.AttemptSummaryDto;
import dev.cofactor.quiz.attempt.AttemptViews;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in person, with the session cookie or HTTP Basic. Their cohorts: {@code instructor.CohortResource}. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Me", description = "The signed-in user and their attempts")
public class MeResource {

    public record NewPassword(String currentPassword, String newPassword) {
    }

    private final AttemptViews attempts;
    private final Viewer viewer;
    private final AccountService accounts;
    private final ClientAddress clientAddress;

    MeResource(AttemptViews attempts, Viewer viewer, AccountService accounts, ClientAddress clientAddress) {
        this.attempts = attempts;
        this.viewer = viewer;
        this.accounts = accounts;
        this.clientAddress = clientAddress;
    }

    @GET
    @Operation(summary = "The signed-in user")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "401", description = "Nobody is signed in")
    public AccountDto me() {
        return viewer.account();
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change your password: give the current one; every other session of yours ends")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "The current password is wrong, or the new one is too weak (errors says why)")
    public void changePassword(NewPassword change, @Context HttpServerRequest request) {
        accounts.changePassword(viewer.accountId(), change == null ? null : change.currentPassword(),
                change == null ? null : change.newPassword(), viewer.sessionToken(), clientAddress.of(request));
    }

    public record Details(String displayName, String timeZone) {
    }

    @PUT
    @Path("details")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change your name and the time zone you read times in (an IANA name, such as Europe/Paris)")
    @APIResponse(responseCode = "200", description = "The account as it is now")
    @APIResponse(responseCode = "400", description = "The name is empty or too long, or the time zone unknown (errors says which)")
    public AccountDto changeDetails(Details details) {
        return accounts.changeDetails(viewer.accountId(), details == null ? null : details.displayName(),
                details == null ? null : details.timeZone());
    }

    @DELETE
    @Path("sessions")
    @Operation(summary = "Sign out everywhere: every session of yours ends, this one too")
    public AccountService.EndedSessions signOutEverywhere() {
        return new AccountService.EndedSessions(accounts.signOutEverywhere(viewer.accountId()));
    }

    @GET
    @Path("attempts")
    @Operation(summary = "Your quiz attempts, newest first")
    public List<AttemptSummaryDto> attempts() {
        return attempts.listForLearner(viewer.accountId());
    }
}
