package dev.cofactor.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An applied Flyway script is never edited: a database that ran it would refuse to start on a checksum
 * mismatch. {@code src/test/resources/db/migration/CHECKSUMS} records the SHA-256 of each module's scripts
 * ({@code content/}, {@code quiz/}, {@code web/}, the folders under {@code db/migration} that Flyway reads),
 * one {@code <sha256>  <folder>/<file name>} line each, as {@code sha256sum} prints it (line endings read
 * as LF, so a Windows checkout matches too). A new script appends its line; a recorded line never changes.
 */
class MigrationChecksumsTest {

    /** Each module's scripts, by the folder name Flyway's locations use; all share one history. */
    private static final Map<String, Path> FOLDERS = Map.of(
            "content", Path.of("../content-module/src/main/resources/db/migration/content").toAbsolutePath().normalize(),
            "quiz", Path.of("../quiz-module/src/main/resources/db/migration/quiz").toAbsolutePath().normalize(),
            "web", Path.of("src/main/resources/db/migration/web").toAbsolutePath());
    private static final Path CHECKSUMS = Path.of("src/test/resources/db/migration/CHECKSUMS").toAbsolutePath();
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})  (\\S+)");
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

    @Test
    void recordedScriptsAreUnchanged() {
        List<String> problems = new ArrayList<>();
        recorded().forEach((name, sha) -> {
            Path script = script(name);
            String now = Files.isRegularFile(script) ? sha256(script) : null;
            if (now == null) {
                problems.add(name + " is recorded in " + CHECKSUMS + " but is gone. Databases have applied it:"
                        + " restore it (git checkout -- " + script + ").");
            } else if (!now.equals(sha)) {
                problems.add(name + " changed after it was recorded (SHA-256 now " + now + ", recorded "
                        + sha + "). Databases that applied it would fail Flyway's validation: restore it (git"
                        + " checkout -- " + script + ") and put the change in a new script with a later version. (If"
                        + " it has never left your branch, no database ran it yet: then update its line instead.)");
            }
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void everyScriptIsRecorded() {
        Map<String, String> recorded = recorded();
        List<String> missing = scripts().stream().filter(name -> !recorded.containsKey(name))
                .map(name -> sha256(script(name)) + "  " + name).toList();
        assertTrue(missing.isEmpty(), () -> "New migration script(s) not yet in " + CHECKSUMS + ". Append these"
                + " line(s) at its end, and change no existing line:\n" + String.join("\n", missing));
    }

    /** All modules share one Flyway history, so a version is used once across their folders. */
    @Test
    void scriptsAreVersionedAndTheirVersionsUniqueAcrossModules() {
        List<String> problems = new ArrayList<>();
        Map<String, String> byVersion = new TreeMap<>();
        for (String script : scripts()) {
            String version = version(Path.of(script).getFileName().toString());
            if (version == null) {
                problems.add(script + " is not named V<yyyymmdd_hhmm>__<module>_<what>.sql.");
            } else if (byVersion.putIfAbsent(version, script) != null) {
                problems.add(script + " has the version of " + byVersion.get(version) + ", and all modules share one"
                        + " Flyway history: give it a later one.");
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /** Every module's scripts as {@code <folder>/<file name>}, sorted. */
    private static List<String> scripts() {
        return FOLDERS.entrySet().stream()
                .flatMap(folder -> names(folder.getValue()).stream().map(name -> folder.getKey() + "/" + name))
                .sorted().toList();
    }

    private static Path script(String name) {
        int slash = name.indexOf('/');
        Path folder = slash < 0 ? null : FOLDERS.get(name.substring(0, slash));
        return folder == null ? Path.of(name) : folder.resolve(name.substring(slash + 1));
    }

    /** The recorded checksums by script ({@code <folder>/<file name>}), in file order; a malformed or repeated line fails the test. */
    private static Map<String, String> recorded() {
        Map<String, String> recorded = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(CHECKSUMS, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < lines.size(); i++) {
            Matcher line = LINE.matcher(lines.get(i));
            int number = i + 1;
            assertTrue(line.matches(), () -> CHECKSUMS + ":" + number + " is not '<sha256>  <folder>/<file name>'.");
            assertTrue(recorded.put(line.group(2), line.group(1)) == null,
                    () -> CHECKSUMS + ":" + number + " records " + line.group(2) + " a second time.");
        }
        return recorded;
    }

    private static List<String> names(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flyway's version of a V script, in a form where equal versions are equal strings; null if not one. */
    private static String version(String name) {
        Matcher versioned = VERSIONED.matcher(name);
        if (!versioned.matches()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String part : versioned.group(1).split("[._]")) {
            parts.add(part.replaceFirst("^0+(?=.)", ""));
        }
        while (parts.size() > 1 && parts.get(parts.size() - 1).equals("0")) {
            parts.remove(parts.size() - 1);
        }
        return String.join(".", parts);
    }

    /** The SHA-256 of the file's bytes with CRLF read as LF. */
    private static String sha256(Path file) {
        try {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes.getBytes(StandardCharsets.ISO_8859_1));
            return HexFormat.of().formatHex(digest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
