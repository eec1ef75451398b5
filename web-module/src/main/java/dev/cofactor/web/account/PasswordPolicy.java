package dev.cofactor.web.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password must not be (ASVS V2.1): shorter than 12 characters, longer than bcrypt reads,
 * blank, your email or its name, or a common password. "Common" means one of the 10,000 most common
 * passwords (resources/passwords/common-passwords.txt), also with digits and symbols added before or
 * after it ({@code password1234}), one character or a short run repeated ({@code aaaaaaaaaaaa},
 * {@code abcabcabcabc}), or a run of a keyboard row, the alphabet or the digits ({@code qwertyuiopas},
 * {@code 123456789012}).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    public static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = load();
    private static final String[] RUNS = {"01234567890123456789", "98765432109876543210", "abcdefghijklmnopqrstuvwxyz",
        "zyxwvutsrqponmlkjihgfedcba", "qwertyuiopasdfghjklzxcvbnm", "mnbvcxzlkjhgfdsapoiuytrewq", "qwertzuiopasdfghjklyxcvbnm",
        "azertyuiopqsdfghjklmwxcvbn", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p"};

    private PasswordPolicy() {
    }

    /** Why this password cannot be used by the account with this email, in words for the form; empty when it can. */
    public static Optional<String> problem(String password, String email) {
        String secret = password == null ? "" : password;
        if (secret.isBlank()) {
            return Optional.of(secret.isEmpty() ? "Enter a password." : "A password cannot be only spaces.");
        }
        if (secret.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters for the password.");
        }
        if (secret.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Use at most 72 characters for the password (fewer with accented letters).");
        }
        String lower = secret.strip().toLowerCase(Locale.ROOT);
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        String name = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
        if (!address.isEmpty() && lower.equals(address) || name.length() >= 3 && lower.contains(name)) {
            return Optional.of("A password cannot contain your email address or its name.");
        }
        if (isCommon(lower)) {
            return Optional.of("This password is too common: it is on lists that attackers try first."
                    + " A few unrelated words work well.");
        }
        return Optional.empty();
    }

    private static boolean isCommon(String lower) {
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", ""); // without digits and symbols around it
        return COMMON.contains(lower) || core.length() >= 3 && COMMON.contains(core) || isRepeated(lower) || isRun(lower);
    }

    /** One run of up to 4 characters said over and over. */
    private static boolean isRepeated(String lower) {
        for (int unit = 1; unit <= 4; unit++) {
            String repeated = lower.substring(0, unit).repeat(lower.length() / unit + 1);
            if (repeated.startsWith(lower)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRun(String lower) {
        for (String run : RUNS) {
            if (run.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        try (var in = PasswordPolicy.class.getResourceAsStream("/passwords/common-passwords.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
