package dev.cofactor.web.account;

import dev.cofactor.web.ErrorMappers;
import dev.cofactor.web.InvalidInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Sign-up, sign-in and sign-out pages. The sign-in form posts to Quarkus form authentication
 * ({@code /j_security_check}); every other form here posts to this class with a CSRF token.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String notice, boolean failed);

        static native TemplateInstance signup(NewAccount form, Map<String, String> problems);

        static native TemplateInstance account(AccountDto account);
    }

    private final AccountService accounts;
    private final Viewer viewer;

    SignInPages(AccountService accounts, Viewer viewer) {
        this.accounts = accounts;
        this.viewer = viewer;
    }

    @GET
    @Path("login")
    @Operation(hidden = true)
    public TemplateInstance login(@QueryParam("error") boolean failed, @QueryParam("signedUp") boolean signedUp,
            @QueryParam("ended") boolean ended, @QueryParam("signedOut") boolean signedOut) {
        String notice = signedUp ? "Your account is ready. Sign in with your email and password."
                : ended ? "Your session has ended. Please sign in again."
                : signedOut ? "You are signed out."
                : null;
        return Templates.login(notice, failed);
    }

    @GET
    @Path("signup")
    @Operation(hidden = true)
    public TemplateInstance signupForm() {
        return Templates.signup(new NewAccount("", "", "", Role.LEARNER.id()), Map.of());
    }

    @POST
    @Path("signup")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signup(@FormParam("displayName") String displayName, @FormParam("email") String email,
            @FormParam("password") String password) {
        NewAccount form = new NewAccount(displayName, email, password, Role.LEARNER.id());
        try {
            accounts.signUp(form);
        } catch (InvalidInputException invalid) {
            NewAccount redisplayed = new NewAccount(displayName, email, "", Role.LEARNER.id());
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.signup(redisplayed, invalid.problems())).build();
        }
        return Response.seeOther(URI.create("/login?signedUp=true")).build();
    }

    @POST
    @Path("logout")
    @Operation(hidden = true)
    public Response logout() {
        return Response.seeOther(URI.create("/login?signedOut=true"))
                .cookie(new NewCookie.Builder(ErrorMappers.SESSION_COOKIE).value("").path("/").maxAge(0).build())
                .build();
    }

    @GET
    @Path("account")
    @Authenticated
    @Operation(hidden = true)
    public TemplateInstance account() {
        return Templates.account(viewer.account());
    }
}
