package dev.cofactor.web.admin;

import dev.cofactor.web.InvalidInputException;
import dev.cofactor.web.account.AccountDto;
import dev.cofactor.web.account.AccountService;
import dev.cofactor.web.account.NewAccount;
import dev.cofactor.web.account.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The admin's page of users: list them, create one, change a role, disable or re-enable an account. */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.ADMIN)
public class UserAdminPages {

    private static final Map<String, String> NOTICES = Map.of(
            "created", "The account was created.",
            "role", "The role was changed.",
            "disabled", "The account was disabled. It can no longer sign in, and its sessions have ended.",
            "enabled", "The account was enabled again.",
            "signedOut", "Every session of the account has ended; it must sign in again.");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<AccountDto> accounts, List<Role> roles, NewAccount form,
                Map<String, String> problems, String notice);
    }

    private final AccountService accounts;
    private final SecurityIdentity identity;

    UserAdminPages(AccountService accounts, SecurityIdentity identity) {
        this.accounts = accounts;
        this.identity = identity;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance users(@QueryParam("done") String done) {
        return page(new NewAccount("", "", "", Role.LEARNER.id()), Map.of(), NOTICES.get(done == null ? "" : done));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@FormParam("displayName") String displayName, @FormParam("email") String email,
            @FormParam("password") String password, @FormParam("role") String role) {
        try {
            accounts.create(new NewAccount(displayName, email, password, role));
        } catch (InvalidInputException invalid) {
            return rejected(new NewAccount(displayName, email, "", role), invalid);
        }
        return done("created");
    }

    @POST
    @Path("{id}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response changeRole(@PathParam("id") long id, @FormParam("role") String role) {
        try {
            Role parsed = Role.parse(role)
                    .orElseThrow(() -> new InvalidInputException(Map.of("account", "Choose learner, instructor or admin.")));
            accounts.changeRole(id, parsed, identity.getPrincipal().getName());
        } catch (InvalidInputException invalid) {
            return rejected(new NewAccount("", "", "", Role.LEARNER.id()), invalid);
        }
        return done("role");
    }

    @POST
    @Path("{id}/enabled")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response setEnabled(@PathParam("id") long id, @FormParam("enabled") String given) {
        try {
            if (!"true".equals(given) && !"false".equals(given)) { // a missing field must not mean "disable"
                throw new InvalidInputException(Map.of("account", "Say whether the account is enabled: true or false."));
            }
            accounts.setEnabled(id, Boolean.parseBoolean(given), identity.getPrincipal().getName());
        } catch (InvalidInputException invalid) {
            return rejected(new NewAccount("", "", "", Role.LEARNER.id()), invalid);
        }
        return done("true".equals(given) ? "enabled" : "disabled");
    }

    /** Ends every session of an account at once ("sign out everywhere"), for a lost device or a shared computer. */
    @POST
    @Path("{id}/sessions/end")
    @Operation(hidden = true)
    public Response signOutEverywhere(@PathParam("id") long id) {
        accounts.signOutEverywhere(id);
        return done("signedOut");
    }

    private TemplateInstance page(NewAccount form, Map<String, String> problems, String notice) {
        return Templates.users(accounts.listAccounts(), List.of(Role.values()), form, problems, notice);
    }

    private Response rejected(NewAccount form, InvalidInputException invalid) {
        return Response.status(Response.Status.BAD_REQUEST).entity(page(form, invalid.problems(), null)).build();
    }

    private static Response done(String what) {
        return Response.seeOther(URI.create("/admin/users?done=" + what)).build();
    }
}
