package dev.cofactor.web.account;

import dev.cofactor.web.CofactorConfig;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.NotSupportedException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Every request that can change something (POST, PUT, PATCH, DELETE), whatever its body, must:
 * <ol>
 * <li>come from this site: an {@code Origin} (or, without one, {@code Referer}) naming another origin is
 * refused, for every caller, HTTP Basic included (a browser may send cached Basic credentials);</li>
 * <li>say what its body is: a body without {@code Content-Type} is refused, so that no cross-site form or
 * {@code no-cors} fetch can pass for JSON;</li>
 * <li>carry the CSRF token ({@link CsrfTokens}) in the {@code csrf-token} form field or the
 * {@code X-CSRF-Token} header, unless it signed in with HTTP Basic (API clients, which no other site can
 * make a browser send without asking).</li>
 * </ol>
 */
public class CsrfGuard {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final CurrentIdentityAssociation identities;
    private final String publicOrigin;

    CsrfGuard(CurrentIdentityAssociation identities, CofactorConfig config) {
        this.identities = identities;
        URI url = config.publicUrl();
        this.publicOrigin = (url.getScheme() + "://" + url.getRawAuthority()).toLowerCase(Locale.ROOT);
    }

    @ServerRequestFilter
    @WithFormRead
    public Uni<Void> check(ResteasyReactiveContainerRequestContext context, RoutingContext routing) {
        HttpServerRequest request = routing.request();
        if (SAFE.contains(request.method())) {
            return Uni.createFrom().voidItem();
        }
        if (!fromThisSite(request, publicOrigin)) {
            throw new CsrfRefusedException("This request came from another site, so it was not carried out.");
        }
        if (hasBody(request) && request.getHeader("Content-Type") == null) {
            throw new NotSupportedException("Say what the body is with a Content-Type header, such as application/json.");
        }
        String given = request.getHeader(CsrfTokens.HEADER);
        if (given == null && context.getServerRequestContext() instanceof ResteasyReactiveRequestContext form) {
            Object field = form.getFormParameter(CsrfTokens.FIELD, true, false);
            given = field == null ? null : field.toString();
        }
        String token = given;
        return identities.getDeferredIdentity().invoke(identity -> {
            if (identity.isAnonymous() && request.path().startsWith("/api/")) {
                throw new UnauthorizedException(); // every write of the API needs someone signed in: say that first
            }
            boolean basic = !identity.isAnonymous() && identity.getAttribute(AccountIdentityProvider.SESSION) == null;
            if (!basic && !CsrfTokens.matches(CsrfTokens.expectedSecret(identity, routing), token)) {
                throw new CsrfRefusedException(token == null
                        ? "This form has no security token. Reload the page and send it again."
                        : "This form's security token has expired (you may have signed in or out since it was shown)."
                                + " Reload the page and send it again.");
            }
        }).replaceWithVoid();
    }

    /**
     * True unless the browser says the request comes from a page of another origin than this one: the
     * origin the request was sent to (its scheme and authority, HTTP/2's {@code :authority} included) or the
     * public address (COFACTOR_PUBLIC_URL), for a proxy that passes on another {@code Host}.
     */
    static boolean fromThisSite(HttpServerRequest request, String publicOrigin) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            String referer = request.getHeader("Referer");
            if (referer == null) {
                return true; // not a browser, or one that hides both: the token decides
            }
            try {
                URI page = URI.create(referer);
                origin = page.getScheme() + "://" + page.getRawAuthority();
            } catch (IllegalArgumentException malformed) {
                return false;
            }
        }
        String given = origin.toLowerCase(Locale.ROOT);
        String authority = request.authority() == null ? request.getHeader("Host") : request.authority().toString();
        return given.equals((request.scheme() + "://" + authority).toLowerCase(Locale.ROOT)) || given.equals(publicOrigin);
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        return length != null && !length.strip().equals("0") || request.getHeader("Transfer-Encoding") != null;
    }

    /** A write refused by this guard: 403, with what to do. */
    public static class CsrfRefusedException extends RuntimeException {
        public CsrfRefusedException(String message) {
            super(message);
        }
    }
}
