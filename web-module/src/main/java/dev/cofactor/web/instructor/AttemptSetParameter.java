package dev.cofactor.web.instructor;

import dev.cofactor.quiz.statistics.AttemptSet;
import dev.cofactor.web.InvalidInputException;
import java.util.Map;

/** The {@code attempts} parameter of the item statistics, on the page and in the JSON API alike. */
final class AttemptSetParameter {

    private AttemptSetParameter() {
    }

    /** The attempt set asked for, "first" by default; anything else is a field problem. */
    static AttemptSet parse(String id) {
        return id == null || id.isBlank() ? AttemptSet.FIRST : AttemptSet.parse(id).orElseThrow(() ->
                new InvalidInputException(Map.of("attempts", "Count first, all, highest or last attempts.")));
    }
}
