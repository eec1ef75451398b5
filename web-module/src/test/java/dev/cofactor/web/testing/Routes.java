package dev.cofactor.web.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every route the app declares: each method of a JAX-RS resource or page class under {@code dev.cofactor}
 * (all three modules), read from the compiled classes, so that a route added tomorrow is on the list
 * without anyone writing it down.
 */
public final class Routes {

    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(GET.class, "GET", POST.class, "POST",
            PUT.class, "PUT", DELETE.class, "DELETE", PATCH.class, "PATCH");
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
    private static List<Route> declared;

    /** A declared route: its method, its path template ({@code /api/attempts/{attemptId}}) and its query parameters. */
    public record Route(String method, String template, List<String> queryParameters, boolean page) {

        /** Whether a concrete path (with or without a query) is this route's. */
        public boolean matches(String method, String path) {
            return this.method.equals(method) && pattern().matcher(path.replaceFirst("\\?.*", "")).matches();
        }

        public List<String> pathParameters() {
            List<String> names = new ArrayList<>();
            Matcher matcher = PARAMETER.matcher(template);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        /** The template with each parameter replaced by {@code value}, as a request path. */
        public String with(Function<String, String> value) {
            return PARAMETER.matcher(template).replaceAll(found -> Matcher.quoteReplacement(value.apply(found.group(1))));
        }

        private Pattern pattern() {
            return Pattern.compile(PARAMETER.matcher(Pattern.quote(template)).replaceAll("\\\\E[^/]+\\\\Q"));
        }

        /** Literal characters: JAX-RS prefers the route with more of them (/admin/questions/new over /admin/questions/{id}). */
        int literals() {
            return PARAMETER.matcher(template).replaceAll("").length();
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private Routes() {
    }

    public static synchronized List<Route> declared() {
        if (declared == null) {
            List<Route> routes = new ArrayList<>();
            for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("dev.cofactor")) {
                if (!type.isAnnotatedWith(Path.class)) {
                    continue;
                }
                String base = type.getAnnotationOfType(Path.class).value();
                boolean page = !base.startsWith("/api");
                for (JavaMethod method : type.getMethods()) {
                    METHODS.forEach((annotation, name) -> {
                        if (method.isAnnotatedWith(annotation)) {
                            String sub = method.isAnnotatedWith(Path.class) ? method.getAnnotationOfType(Path.class).value() : "";
                            List<String> query = method.getParameters().stream()
                                    .filter(parameter -> parameter.isAnnotatedWith(QueryParam.class))
                                    .map(parameter -> parameter.getAnnotationOfType(QueryParam.class).value()).toList();
                            routes.add(new Route(name, join(base, sub), query, page && !join(base, sub).startsWith("/api")));
                        }
                    });
                }
            }
            routes.sort(Comparator.comparing(Route::template).thenComparing(Route::method));
            declared = List.copyOf(routes);
        }
        return declared;
    }

    /** The declared route a request goes to, as JAX-RS picks it. */
    public static Optional<Route> of(String method, String path) {
        return declared().stream().filter(route -> route.matches(method, path)).max(Comparator.comparingInt(Route::literals));
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
