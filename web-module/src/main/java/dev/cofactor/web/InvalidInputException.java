package dev.cofactor.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input that cannot be accepted, with a message per field; nothing was changed. */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidInputException(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
