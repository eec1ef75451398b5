package dev.cofactor.content.article;

import java.time.Instant;

public record ArticleSummaryDto(String slug, String title, String summary, int version, Instant importedAt) {

    static ArticleSummaryDto from(Article article) {
        return new ArticleSummaryDto(article.slug, article.title, article.summary, article.version, article.importedAt);
    }
}
