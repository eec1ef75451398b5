package dev.cofactor.web.admin;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Locale;
import java.util.Map;

/** Reading posted admin forms: a missing field reads as empty, a number that is not one becomes a field problem. */
final class Forms {

    private Forms() {
    }

    static String first(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    /** Browsers send a text area's line breaks as CRLF; stored text uses LF, as the API and the files do. */
    static String lines(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The constant an option names, case aside ("single_choice"); null when none or unknown. */
    static <E extends Enum<E>> E option(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
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
