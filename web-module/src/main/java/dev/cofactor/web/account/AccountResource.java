package dev.cofactor.web.account;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts over JSON, with the session cookie or HTTP Basic. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "The signed-in user, and accounts made by admins")
public class AccountResource {

    private final AccountService accounts;
    private final SecurityIdentity identity;

    AccountResource(AccountService accounts, SecurityIdentity identity) {
        this.accounts = accounts;
        this.identity = identity;
    }

    @GET
    @Path("me")
    @Authenticated
    @Operation(summary = "The signed-in user")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "401", description = "Nobody is signed in")
    public AccountDto me() {
        return identity.getAttribute(AccountIdentityProvider.ACCOUNT);
    }

    @GET
    @Path("admin/users")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Every account (admin only)")
    public List<AccountDto> list() {
        return accounts.listAccounts();
    }

    @POST
    @Path("admin/users")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Create an account with a role (admin only)")
    @APIResponse(responseCode = "201", description = "Created; Location names the account")
    @APIResponse(responseCode = "400", description = "A field is missing or invalid, or the email is taken")
    public Response create(NewAccount form) {
        AccountDto created = accounts.create(form == null ? new NewAccount(null, null, null, null) : form);
        return Response.created(URI.create("/api/admin/users/" + created.id())).entity(created).build();
    }
}
