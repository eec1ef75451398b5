package dev.cofactor.web.quiz;

import dev.cofactor.quiz.attempt.AttemptDtos.QuestionResultDto;
import java.util.Locale;

/**
 * How one question went, as the pages style it ({@link #id}, in class names), say it ({@link #label}) and
 * sign it for the eye ({@link #sign}; the words are always there too). {@link #LATER} while the quiz's
 * review options hide whether it was right.
 */
public enum Outcome {
    RIGHT("Right", "✓"), PARTIAL("Partly right", "½"), WRONG("Not right", "✗"), UNANSWERED("Not answered", "–"),
    LATER("Shown later", "?");

    private final String label;
    private final String sign;

    Outcome(String label, String sign) {
        this.label = label;
        this.sign = sign;
    }

    /** The outcome of a result: partial is some credit but not all; unanswered only when the learner gave nothing. */
    public static Outcome of(QuestionResultDto result) {
        if (result.withheld() != null) {
            return LATER;
        }
        if (!result.answered()) {
            return UNANSWERED;
        }
        if (result.correct() == null) {
            return LATER;
        }
        if (result.correct()) {
            return RIGHT;
        }
        return result.points() != null && result.points().signum() > 0 ? PARTIAL : WRONG;
    }

    /** "right", "partial"…: the name class names use ({@code outcome-right}, {@code square-right}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public String sign() {
        return sign;
    }

    /** Whether it says right or not, rather than "later". */
    public boolean isKnown() {
        return this != LATER;
    }
}
