package dev.cofactor.quiz.statistics;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which submitted attempts of each learner the statistics count (Moodle's "Calculate statistics from"). */
public enum AttemptSet {
    FIRST("first attempts"), ALL("all attempts"), HIGHEST("highest graded attempts"), LAST("last attempts");

    private final String label;

    AttemptSet(String label) {
        this.label = label;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public static Optional<AttemptSet> parse(String id) {
        return Arrays.stream(values()).filter(set -> set.id().equals(id)).findFirst();
    }
}
