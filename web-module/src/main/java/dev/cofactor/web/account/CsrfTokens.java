package dev.cofactor.web.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The CSRF token a page puts in its forms ({@code {inject:csrf.token}}) and scripts send as
 * {@code X-CSRF-Token}. It is an HMAC keyed by the session's own secret token, so it is bound to that
 * session: nobody who lacks the session cookie (HttpOnly) can make it, and a cookie an attacker plants
 * cannot choose it. Before sign-in it is keyed by a random secret in an anonymous cookie, which only
 * guards the sign-in and sign-up forms (they are also refused from other origins, see {@link CsrfGuard}).
 */
@Named("csrf")
@RequestScoped
public class CsrfTokens {

    public static final String FIELD = "csrf-token";
    public static final String HEADER = "X-CSRF-Token";

    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;
    private String token;

    CsrfTokens(SecurityIdentity identity, CurrentVertxRequest request) {
        this.identity = identity;
        this.request = request;
    }

    public String getParameterName() {
        return FIELD;
    }

    /** This request's token; before sign-in, the first call gives the browser its anonymous secret. */
    public String getToken() {
        if (token == null) {
            RoutingContext routing = request.getCurrent();
            String secret = expectedSecret(identity, routing);
            if (secret == null) {
                secret = Tokens.newToken();
                routing.response().headers().add(HttpHeaders.SET_COOKIE, Cookies.setCsrf(routing.request(), secret));
            }
            token = of(secret);
        }
        return token;
    }

    /** The secret a request's token must be made from: its session's token, or else its anonymous cookie. */
    static String expectedSecret(SecurityIdentity identity, RoutingContext routing) {
        String session = identity.isAnonymous() ? null : identity.getAttribute(AccountIdentityProvider.SESSION);
        return session != null ? session : Cookies.csrf(routing.request());
    }

    static boolean matches(String secret, String given) {
        return secret != null && given != null && MessageDigest.isEqual(of(secret).getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }

    /** The token made from a secret. How is no secret: without the secret (an HttpOnly cookie) nobody can make it. */
    public static String of(String secret) {
        return Tokens.hmac(secret.getBytes(StandardCharsets.US_ASCII), "cofactor csrf token");
    }
}
