package dev.cofactor.quiz.quiz;

import com.fasterxml.jackson.annotation.JsonProperty;

/** When a learner learns whether an answer was right. */
public enum FeedbackMode {
    /** Check each answer as you go; a checked answer is final. */
    @JsonProperty("immediate") IMMEDIATE,
    /** Everything after the attempt is submitted. */
    @JsonProperty("deferred") DEFERRED
}
