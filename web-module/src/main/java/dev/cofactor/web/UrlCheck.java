package dev.cofactor.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cofactor.web.account.Cookies;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * No address Cofactor serves holds a NUL character ({@code %00}), and PostgreSQL cannot store one: a
 * request whose path or query holds one is refused with a 400 that says so, before anything reads it.
 */
@ApplicationScoped
class UrlCheck {

    private static final String DETAIL = "The address holds a NUL character (%00), which no Cofactor address contains.";

    private final Template errorPage;
    private final ObjectMapper json;

    UrlCheck(@Location("ErrorMappers/error") Template errorPage, ObjectMapper json) {
        this.errorPage = errorPage;
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, 3500);
    }

    private void check(RoutingContext routing) {
        String uri = routing.request().uri();
        if (uri.indexOf('\u0000') < 0 && !uri.toLowerCase(Locale.ROOT).contains("%00")) {
            routing.next();
            return;
        }
        routing.response().setStatusCode(400);
        if (routing.request().path().startsWith("/api/")) {
            routing.response().putHeader("Content-Type", Problem.MEDIA_TYPE).end(problem(routing.request().path()));
        } else {
            routing.response().putHeader("Content-Type", "text/html; charset=utf-8").end(errorPage
                    .data("status", 400).data("title", "That could not be used").data("detail", DETAIL)
                    .data("wayOn", ErrorMappers.WayOn.from(routing.request().path()))
                    .data("withSession", Cookies.session(routing.request()) != null).render());
        }
    }

    private String problem(String path) {
        try {
            return json.writeValueAsString(new Problem("about:blank", "Bad Request", 400, DETAIL, path, null));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A problem always has a JSON form", impossible);
        }
    }
}
