package dev.cofactor.web.testing;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Every SQL statement Hibernate prepares on this thread while a test watches: for tests that a data path does not go back and forth. */
@PersistenceUnitExtension
@ApplicationScoped
public class Statements implements StatementInspector {

    private static final ThreadLocal<List<String>> WATCHED = new ThreadLocal<>();

    /** What was prepared, and the value computed. */
    public record Counted<T>(T value, List<String> statements) {
    }

    /** Runs the work on this thread and records the statements it prepares. */
    public static <T> Counted<T> during(Supplier<T> work) {
        List<String> statements = new ArrayList<>();
        WATCHED.set(statements);
        try {
            return new Counted<>(work.get(), List.copyOf(statements));
        } finally {
            WATCHED.remove();
        }
    }

    @Override
    public String inspect(String sql) {
        List<String> statements = WATCHED.get();
        if (statements != null) {
            statements.add(sql);
        }
        return sql;
    }
}
