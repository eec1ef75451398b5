package dev.cofactor.quiz.gift;

import dev.cofactor.quiz.question.QuestionSpec;

/**
 * A question to write as GIFT, with the article its evidence anchor belongs to (null for a draft or when
 * unknown).
 */
public record Exportable(String articleSlug, QuestionSpec spec) {

    /** A question read by {@link GiftParser}, ready to be written again. */
    public static Exportable of(GiftDocument.Imported imported) {
        return new Exportable(imported.articleSlug(), imported.spec());
    }
}
