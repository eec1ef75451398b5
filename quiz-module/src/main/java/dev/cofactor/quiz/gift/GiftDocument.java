package dev.cofactor.quiz.gift;

import dev.cofactor.quiz.question.QuestionSpec;
import java.util.List;

/**
 * What {@link GiftParser} read from a GIFT file, in file order: the questions Cofactor can store, the
 * errors that kept other questions out, and the valid GIFT questions Cofactor has no type for.
 *
 * <p>Lines are 1-based. A question's line is the first line of its block that is not a {@code //} comment
 * (the line of its {@code ::name::} when it has one). An error is reported on the line where the mistake
 * is when that is known (the unclosed <code>{</code>, the answer with the bad weight, the matching pair without
 * {@code ->}), otherwise on the question's line.
 */
public record GiftDocument(List<Imported> questions, List<Problem> errors, List<Skipped> skipped) {

    public GiftDocument {
        questions = List.copyOf(questions);
        errors = List.copyOf(errors);
        skipped = List.copyOf(skipped);
    }

    /**
     * A question read whole.
     *
     * @param name the {@code ::name::}, or without one the question text shortened to 80 characters, as Moodle names it
     * @param articleSlug the article of its {@code [evidence:slug#anchor]} comment; null without one (a draft)
     */
    public record Imported(int line, String name, String articleSlug, QuestionSpec spec) {
    }

    /** A mistake, as a sentence for the quiz author. */
    public record Problem(int line, String message) {
    }

    /** A question left out because Cofactor cannot represent it, and why. */
    public record Skipped(int line, String reason) {
    }
}
