package dev.cofactor.web.account;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;

/**
 * The sign-in form posts to Quarkus form authentication, outside the reach of the REST CSRF filter.
 * A browser always names the page a POST comes from (the Origin header), so a sign-in posted from
 * another site is refused: nobody can be signed in to an account of an attacker's choosing.
 */
@ApplicationScoped
class SignInOriginCheck {

    static final String SIGN_IN_PATH = "/j_security_check";

    void register(@Observes Filters filters) {
        filters.register(this::check, 3000); // before the authentication handlers
    }

    private void check(RoutingContext routing) {
        if (routing.request().method() == HttpMethod.POST && SIGN_IN_PATH.equals(routing.normalizedPath())
                && !sameOrigin(routing.request().getHeader("Origin"), routing.request().getHeader("Host"))) {
            routing.response().setStatusCode(403).putHeader("Content-Type", "text/plain; charset=utf-8")
                    .end("Sign-in refused: the form was not sent from this site.");
            return;
        }
        routing.next();
    }

    static boolean sameOrigin(String origin, String host) {
        if (origin == null) {
            return true; // not a browser, or an old one; there is no cross-site page to fear
        }
        try {
            return host != null && host.equalsIgnoreCase(URI.create(origin).getRawAuthority());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
