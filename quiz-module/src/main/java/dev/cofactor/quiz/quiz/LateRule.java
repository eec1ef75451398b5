package dev.cofactor.quiz.quiz;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cofactor.quiz.scoring.Fraction;
import dev.cofactor.quiz.scoring.Grading;

/** What a submission after the deadline earns. Either way it is recorded as late. */
public enum LateRule {
    /** Answers saved before the deadline count (later ones were refused); the attempt is marked late. */
    @JsonProperty("score_answers_before_deadline") SCORE_ANSWERS_BEFORE_DEADLINE,
    /** A late attempt earns nothing. */
    @JsonProperty("no_credit") NO_CREDIT;

    /** The credit a question earns in an attempt, late or not, under this rule ({@link Grading#lateCredit}). */
    public Fraction credit(Fraction credit, boolean late) {
        return Grading.lateCredit(credit, late, this == NO_CREDIT);
    }
}
