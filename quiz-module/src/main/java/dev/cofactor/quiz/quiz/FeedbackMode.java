package dev.cofactor.quiz.quiz;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cofactor.quiz.scoring.Behaviour;

/** When a learner learns whether an answer was right. */
public enum FeedbackMode {
    /** Check each answer as you go; a checked answer is final. */
    @JsonProperty("immediate") IMMEDIATE(Behaviour.IMMEDIATE),
    /** Everything after the attempt is submitted. */
    @JsonProperty("deferred") DEFERRED(Behaviour.DEFERRED);

    private final Behaviour behaviour;

    FeedbackMode(Behaviour behaviour) {
        this.behaviour = behaviour;
    }

    /** The rules of this mode ({@link Behaviour}). */
    public Behaviour behaviour() {
        return behaviour;
    }
}
