package dev.cofactor.quiz.quiz;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which attempt's score becomes the grade when several are allowed. */
public enum GradingMethod {
    @JsonProperty("highest") HIGHEST,
    @JsonProperty("average") AVERAGE,
    @JsonProperty("first") FIRST,
    @JsonProperty("last") LAST
}
