package dev.cofactor.quiz.quiz;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cofactor.quiz.scoring.Fraction;
import dev.cofactor.quiz.scoring.Grading;
import java.util.List;

/** Which attempt's score becomes the grade when several are allowed; the rules are {@link Grading}'s. */
public enum GradingMethod {
    @JsonProperty("highest") HIGHEST,
    @JsonProperty("average") AVERAGE,
    @JsonProperty("first") FIRST,
    @JsonProperty("last") LAST;

    /** The grade, in percent, over the attempts' percents in the order they were submitted. */
    public Fraction grade(List<Fraction> percents) {
        return switch (this) {
            case HIGHEST -> Grading.highest(percents);
            case AVERAGE -> Grading.average(percents);
            case FIRST -> Grading.first(percents);
            case LAST -> Grading.last(percents);
        };
    }
}
