package dev.cofactor.web.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Signs a request in by its session cookie ({@link SessionService}). It runs before HTTP Basic; a
 * request without a session cookie, or whose session has ended, goes on to Basic and otherwise stays
 * anonymous. An ended session's cookie is removed, and the request is marked so that a page that needs
 * someone signed in can say the session ended.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Routing-context flag: the request came with a session that has ended. */
    public static final String ENDED = "cofactor.session-ended";

    /** The token of a session cookie, for {@link SessionIdentityProvider}. */
    public static final class SessionRequest extends BaseAuthenticationRequest {
        private final String token;

        SessionRequest(String token) {
            this.token = token;
        }

        String token() {
            return token;
        }
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String token = Cookies.session(context.request());
        if (token == null) {
            return Uni.createFrom().nullItem();
        }
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new SessionRequest(token), context))
                .onFailure(AuthenticationFailedException.class).recoverWithItem(() -> {
                    context.put(ENDED, true);
                    if (!context.response().headWritten()) {
                        context.response().headers().add(HttpHeaders.SET_COOKIE, Cookies.expireSession(context.request()));
                    }
                    return null;
                });
    }

    /** Pages send the reader to sign in; the JSON API leaves the challenge to HTTP Basic. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (context.normalizedPath().startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new ChallengeData(303, HttpHeaders.LOCATION, "/login"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionRequest.class);
    }

    @Override
    public int getPriority() {
        return 3000; // before HTTP Basic (2000)
    }
}
