package dev.cofactor.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers on every response. The Content-Security-Policy lets pages run only the app's own scripts and
 * styles (no inline script or style, no plugins, no framing, forms only to this site); images may also
 * come over HTTPS from elsewhere, as authored Markdown allows. Nothing but the static files under
 * {@code /css} and {@code /js} may be stored by a browser or a proxy: every page may show answers,
 * grades or accounts, and a shared computer's back button must not show them to the next person.
 */
@ApplicationScoped
class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' https: data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";

    void register(@Observes Filters filters) {
        filters.register(this::addHeaders, 4000);
    }

    private void addHeaders(RoutingContext routing) {
        boolean https = routing.request().isSSL();
        boolean staticFile = isStatic(routing.normalizedPath());
        routing.addHeadersEndHandler(ignored -> {
            MultiMap headers = routing.response().headers();
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "same-origin");
            headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
            headers.set("Cross-Origin-Opener-Policy", "same-origin");
            if (https) {
                headers.set("Strict-Transport-Security", "max-age=31536000");
            }
            // static files: revalidated on each use (Last-Modified), so a new version of the app is never served stale
            headers.set("Cache-Control", staticFile ? "no-cache" : "no-store");
        });
        routing.next();
    }

    static boolean isStatic(String path) {
        return path != null && (path.startsWith("/css/") || path.startsWith("/js/") || path.equals("/favicon.ico"));
    }
}
