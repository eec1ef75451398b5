package dev.cofactor.web.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a person types to create an account, as the sign-up form, the admin's form and
 * {@code POST /api/admin/users} all send it. {@link #problems()} names each bad field.
 */
public record NewAccount(String displayName, String email, String password, String role) {

    /** The longest email an account can have (RFC 5321's path limit). */
    public static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** Field name to message, in form order; empty when the input is acceptable. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        nameProblem(displayName).ifPresent(problem -> problems.put("displayName", problem));
        String address = email == null ? "" : email.strip();
        if (address.isEmpty()) {
            problems.put("email", "Enter an email address.");
        } else if (address.length() > MAX_EMAIL || !EMAIL.matcher(address).matches()) {
            problems.put("email", "Enter an email address like name@example.org.");
        }
        PasswordPolicy.problem(password, address).ifPresent(problem -> problems.put("password", problem));
        if (Role.parse(role).isEmpty()) {
            problems.put("role", "Choose learner, instructor or admin.");
        }
        return problems;
    }

    /** What is wrong with a name others will see, if anything. */
    static Optional<String> nameProblem(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            return Optional.of("Enter the name other people will see.");
        }
        return name.length() > 80 ? Optional.of("Use at most 80 characters for the name.") : Optional.empty();
    }

    public NewAccount asLearner() {
        return new NewAccount(displayName, email, password, Role.LEARNER.id());
    }
}
