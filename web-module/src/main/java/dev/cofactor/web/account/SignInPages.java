package dev.cofactor.web.account;

import dev.cofactor.web.InvalidInputException;
import dev.cofactor.web.account.AccountService.SignIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Signing up, in and out; your account (a new password, "sign out everywhere"); and "forgot password".
 * Every form here posts with a CSRF token ({@link CsrfGuard}).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String notice, String problem, String next, String email);

        static native TemplateInstance signup(NewAccount form, Map<String, String> problems);

        static native TemplateInstance account(AccountDto account, String name, String zone, List<String> zones,
                Map<String, String> problems, String notice);

        static native TemplateInstance forgot(String email, Map<String, String> problems, boolean sent);

        static native TemplateInstance reset(String token, boolean usable, Map<String, String> problems);
    }

    private static final Map<String, String> NOTICES = Map.of(
            "signedUp", "Your account is ready. Sign in with your email and password.",
            "ended", "Your session has ended. Please sign in again.",
            "signedOut", "You are signed out.",
            "signedOutEverywhere", "You are signed out on every device.",
            "reset", "Your new password is set, and every session of your account has ended. Sign in with it.");

    private static final Map<String, String> DONE = Map.of(
            "password", "Your password is changed. Your other sessions have ended.",
            "details", "Your details are saved.");

    private final AccountService accounts;
    private final SessionService sessions;
    private final PasswordResets resets;
    private final ClientAddress clientAddress;
    private final Viewer viewer;

    private final Clock clock;

    SignInPages(AccountService accounts, SessionService sessions, PasswordResets resets, ClientAddress clientAddress,
            Viewer viewer, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.sessions = sessions;
        this.resets = resets;
        this.clientAddress = clientAddress;
        this.viewer = viewer;
    }

    @GET
    @Path("login")
    @Operation(hidden = true)
    public TemplateInstance login(@QueryParam("error") boolean failed, @QueryParam("paused") boolean paused,
            @QueryParam("notice") String notice, @QueryParam("next") String next) {
        String problem = paused ? "paused" : failed ? "wrong" : null;
        return Templates.login(NOTICES.get(notice == null ? "" : notice), problem, localPath(next), "");
    }

    /**
     * Signs in: a new session (a new token, whatever the browser had before), then back to the page
     * that asked for it.
     */
    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signIn(@FormParam("email") String email, @FormParam("password") String password,
            @FormParam("next") String next, @Context HttpServerRequest request) {
        SignIn outcome = accounts.authenticate(email, password, clientAddress.of(request));
        // refused: the form again, with the email as typed (never the password) and why
        if (outcome instanceof SignIn.Paused) {
            return Response.status(429).entity(Templates.login(null, "paused", localPath(next), email)).build();
        }
        if (!(outcome instanceof SignIn.SignedIn in)) {
            return Response.status(Response.Status.UNAUTHORIZED).entity(Templates.login(null, "wrong", localPath(next), email))
                    .build();
        }
        Optional.ofNullable(Cookies.session(request)).ifPresent(sessions::close);
        String token = sessions.open(in.account().id());
        return Response.seeOther(URI.create(Optional.ofNullable(localPath(next)).orElse("/")))
                .header(HttpHeaders.SET_COOKIE, Cookies.setSession(request, token)).build();
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
            @FormParam("password") String password, @Context HttpServerRequest request) {
        NewAccount form = new NewAccount(displayName, email, password, Role.LEARNER.id());
        NewAccount redisplayed = new NewAccount(displayName, email, "", Role.LEARNER.id());
        try {
            Optional<Instant> paused = accounts.signUp(form, clientAddress.of(request));
            if (paused.isPresent()) {
                return Response.status(429).header(HttpHeaders.RETRY_AFTER, secondsUntil(paused.get()))
                        .entity(Templates.signup(redisplayed, Map.of("email", "Many accounts were made from your"
                                + " network just now. Try again in " + minutesUntil(paused.get()) + "."))).build();
            }
        } catch (InvalidInputException invalid) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.signup(redisplayed, invalid.problems())).build();
        }
        return Response.seeOther(URI.create("/login?notice=signedUp")).build();
    }

    /** Signing out ends the session on the server, not only in this browser. */
    @POST
    @Path("logout")
    @Operation(hidden = true)
    public Response logout(@Context HttpServerRequest request) {
        Optional.ofNullable(Cookies.session(request)).ifPresent(sessions::close);
        return Response.seeOther(URI.create("/login?notice=signedOut"))
                .header(HttpHeaders.SET_COOKIE, Cookies.expireSession(request)).build();
    }

    @GET
    @Path("account")
    @Authenticated
    @Operation(hidden = true)
    public TemplateInstance account(@QueryParam("done") String done) {
        AccountDto account = viewer.account();
        return accountPage(account.displayName(), account.timeZone(), Map.of(), DONE.get(done == null ? "" : done));
    }

    private TemplateInstance accountPage(String name, String zone, Map<String, String> problems, String notice) {
        return Templates.account(viewer.account(), name, zone, TimeZones.CHOICES, problems, notice);
    }

    @POST
    @Path("account/details")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response changeDetails(@FormParam("displayName") String name, @FormParam("timeZone") String zone) {
        try {
            accounts.changeDetails(viewer.accountId(), name, zone);
        } catch (InvalidInputException invalid) {
            return Response.status(Response.Status.BAD_REQUEST).entity(accountPage(name, zone, invalid.problems(), null)).build();
        }
        return Response.seeOther(URI.create("/account?done=details")).build();
    }

    @POST
    @Path("account/password")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response changePassword(@FormParam("currentPassword") String current, @FormParam("newPassword") String replacement,
            @Context HttpServerRequest request) {
        try {
            accounts.changePassword(viewer.accountId(), current, replacement, viewer.sessionToken(), clientAddress.of(request));
        } catch (InvalidInputException invalid) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(accountPage(viewer.account().displayName(), viewer.account().timeZone(), invalid.problems(), null)).build();
        }
        return Response.seeOther(URI.create("/account?done=password")).build();
    }

    @POST
    @Path("account/sessions/end")
    @Authenticated
    @Operation(hidden = true)
    public Response signOutEverywhere(@Context HttpServerRequest request) {
        accounts.signOutEverywhere(viewer.accountId());
        return Response.seeOther(URI.create("/login?notice=signedOutEverywhere"))
                .header(HttpHeaders.SET_COOKIE, Cookies.expireSession(request)).build();
    }

    @GET
    @Path("password/forgot")
    @Operation(hidden = true)
    public TemplateInstance forgotForm(@QueryParam("sent") boolean sent) {
        return Templates.forgot("", Map.of(), sent);
    }

    /** Always the same answer, whether or not the email has an account. */
    @POST
    @Path("password/forgot")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response forgot(@FormParam("email") String email, @Context HttpServerRequest request) {
        Map<String, String> problems = new NewAccount("-", email, "", Role.LEARNER.id()).problems();
        if (problems.containsKey("email")) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.forgot(email, Map.of("email", problems.get("email")), false)).build();
        }
        Optional<Instant> paused = resets.request(email, clientAddress.of(request));
        if (paused.isPresent()) {
            return Response.status(429).header(HttpHeaders.RETRY_AFTER, secondsUntil(paused.get()))
                    .entity(Templates.forgot(email, Map.of("email", "Several reset emails were asked for just now."
                            + " Try again in " + minutesUntil(paused.get()) + "."), false)).build();
        }
        return Response.seeOther(URI.create("/password/forgot?sent=true")).build();
    }

    @GET
    @Path("password/reset")
    @Operation(hidden = true)
    public TemplateInstance resetForm(@QueryParam("token") String token) {
        return Templates.reset(token, resets.isUsable(token), Map.of());
    }

    @POST
    @Path("password/reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response reset(@FormParam("token") String token, @FormParam("password") String password,
            @Context HttpServerRequest request) {
        try {
            resets.reset(token, password);
        } catch (InvalidInputException invalid) {
            boolean usable = !invalid.problems().containsKey("token");
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.reset(token, usable, invalid.problems())).build();
        }
        return Response.seeOther(URI.create("/login?notice=reset"))
                .header(HttpHeaders.SET_COOKIE, Cookies.expireSession(request)).build();
    }

    /** A path on this site to return to after sign-in, or null: never another site ({@code //evil}, {@code /\evil}). */
    static String localPath(String next) {
        return next != null && next.matches("/(?![/\\\\])[\\w\\-./?=&%~+]*") && next.length() <= 2000 ? next : null;
    }

    private String secondsUntil(Instant until) {
        return String.valueOf(Math.max(1, Duration.between(clock.instant(), until).toSeconds()));
    }

    private String minutesUntil(Instant until) {
        long minutes = Math.max(1, (Duration.between(clock.instant(), until).toSeconds() + 59) / 60);
        return minutes == 1 ? "a minute" : minutes + " minutes";
    }
}
