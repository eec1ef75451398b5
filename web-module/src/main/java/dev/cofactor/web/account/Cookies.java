package dev.cofactor.web.account;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * The session and CSRF cookies. Over HTTPS (directly, or as a trusted proxy's {@code X-Forwarded-Proto}
 * says) they are {@code Secure} and carry the {@code __Host-} prefix, which a browser only accepts from
 * this very host over HTTPS with {@code Path=/}: no other site, subdomain or plain-HTTP page can plant one.
 * Both are HttpOnly and SameSite=Lax.
 */
public final class Cookies {

    static final String SESSION = "cofactor-session";
    static final String CSRF = "cofactor-csrf";
    private static final String HOST_PREFIX = "__Host-";

    private Cookies() {
    }

    /** The session token the request carries, or null. */
    public static String session(HttpServerRequest request) {
        return value(request, SESSION);
    }

    static String csrf(HttpServerRequest request) {
        return value(request, CSRF);
    }

    /** A {@code Set-Cookie} value that gives the browser this session (a cookie for this browser session only). */
    static String setSession(HttpServerRequest request, String token) {
        return header(request, SESSION, token, -1);
    }

    /** A {@code Set-Cookie} value that makes the browser forget its session cookie. */
    public static String expireSession(HttpServerRequest request) {
        return header(request, SESSION, "", 0);
    }

    static String setCsrf(HttpServerRequest request, String secret) {
        return header(request, CSRF, secret, -1);
    }

    /** The name a cookie has on this request's scheme. */
    private static String name(HttpServerRequest request, String base) {
        return request.isSSL() ? HOST_PREFIX + base : base;
    }

    private static String value(HttpServerRequest request, String base) {
        Cookie cookie = request.getCookie(name(request, base));
        return cookie == null || cookie.getValue().isEmpty() ? null : cookie.getValue();
    }

    private static String header(HttpServerRequest request, String base, String value, long maxAgeSeconds) {
        StringBuilder header = new StringBuilder(name(request, base)).append('=').append(value).append("; Path=/");
        if (maxAgeSeconds >= 0) {
            header.append("; Max-Age=").append(maxAgeSeconds);
        }
        header.append("; HttpOnly; SameSite=Lax");
        if (request.isSSL()) {
            header.append("; Secure");
        }
        return header.toString();
    }
}
