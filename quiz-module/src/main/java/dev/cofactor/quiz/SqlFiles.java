package dev.cofactor.quiz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** SQL statements kept as files on the class path, so that psql and the benchmarks run them unchanged. */
public final class SqlFiles {

    private SqlFiles() {
    }

    public static String read(String name) {
        try (InputStream in = SqlFiles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No SQL file " + name + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
