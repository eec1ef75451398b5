package dev.cofactor.quiz.gift;

import java.util.List;

/**
 * A GIFT file written by {@link GiftWriter}, and the ids of the questions left out of it (ordering
 * questions, which GIFT has no form for, and questions GIFT cannot carry unchanged); the text lists them,
 * with the reason, in its leading comment.
 */
public record GiftExport(String text, List<String> notExported) {

    public GiftExport {
        notExported = List.copyOf(notExported);
    }
}
