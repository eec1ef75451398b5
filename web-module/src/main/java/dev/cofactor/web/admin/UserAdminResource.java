package dev.cofactor.web.admin;

import dev.cofactor.web.account.AccountDto;
import dev.cofactor.web.account.AccountService;
import dev.cofactor.web.account.NewAccount;
import dev.cofactor.web.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts over JSON, for admins (session cookie or HTTP Basic). */
@Path("/api/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
@Tag(name = "Users", description = "Accounts, made by admins")
public class UserAdminResource {

    private final AccountService accounts;

    UserAdminResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @GET
    @Operation(summary = "Every account")
    public List<AccountDto> list() {
        return accounts.listAccounts();
    }

    @DELETE
    @Path("{id}/sessions")
    @Operation(summary = "Sign an account out everywhere: every session of it ends at once, on every instance")
    @APIResponse(responseCode = "200", description = "How many sessions ended")
    @APIResponse(responseCode = "404", description = "No account has this id")
    public AccountService.EndedSessions signOutEverywhere(@PathParam("id") long id) {
        return new AccountService.EndedSessions(accounts.signOutEverywhere(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account with a role")
    @APIResponse(responseCode = "201", description = "Created; Location names the account")
    @APIResponse(responseCode = "400", description = "A field is missing or invalid, or the email is taken")
    public Response create(NewAccount form) {
        AccountDto created = accounts.create(form == null ? new NewAccount(null, null, null, null) : form);
        return Response.created(URI.create("/api/admin/users/" + created.id())).entity(created).build();
    }
}
