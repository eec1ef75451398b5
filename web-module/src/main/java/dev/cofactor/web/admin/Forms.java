package dev.cofactor.web.admin;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Map;

/** Reading posted editor forms: a missing field reads as empty, a number that is not one becomes a field problem. */
final class Forms {

    private Forms() {
    }

    static String first(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    /** The whole number typed, null when nothing was; otherwise {@code message} goes to {@code field}. */
    static Integer integer(String text, String field, String message, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            problems.put(field, message);
            return null;
        }
    }
}
