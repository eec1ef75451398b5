package dev.cofactor.web.admin;

import dev.cofactor.content.article.ArticleSummaryDto;
import java.time.Instant;

/**
 * An article on the admin's list, with its upload form: {@code markdown} fills the text box (the
 * current text, or what was sent when it was refused) and {@code error} says why it was refused.
 */
public record ArticleRowView(String slug, String title, int version, Instant importedAt, String markdown, String error) {

    static ArticleRowView from(ArticleSummaryDto article, String markdown, String error) {
        return new ArticleRowView(article.slug(), article.title(), article.version(), article.importedAt(), markdown,
                error);
    }

    /** The id of the text box, which an error summary links to. */
    public String fieldId() {
        return "markdown-" + slug;
    }
}
