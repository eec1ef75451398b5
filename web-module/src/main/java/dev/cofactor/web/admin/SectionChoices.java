package dev.cofactor.web.admin;

import dev.cofactor.content.article.ArticleService;
import dev.cofactor.content.article.ArticleSummaryDto;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The article sections an evidence anchor or a section quiz may point at, grouped by article for a select. */
@ApplicationScoped
public class SectionChoices {

    /** A section as an option: {@code value} is "article#anchor". */
    public record Choice(String value, String anchor, String title) {
    }

    public record Group(String articleSlug, String articleTitle, List<Choice> sections) {
    }

    private final ArticleService articles;

    SectionChoices(ArticleService articles) {
        this.articles = articles;
    }

    /** Every article's sections, in reading order. */
    public List<Group> all() {
        return articles.listArticles().stream().map(this::group).toList();
    }

    /** One article's sections; every article's when the slug is null (a draft has no article yet). */
    public List<Group> of(String articleSlug) {
        return articleSlug == null ? all()
                : articles.listArticles().stream().filter(article -> article.slug().equals(articleSlug)).map(this::group).toList();
    }

    private Group group(ArticleSummaryDto article) {
        return new Group(article.slug(), article.title(), articles.sectionTitles(article.slug()).entrySet().stream()
                .map(section -> new Choice(article.slug() + "#" + section.getKey(), section.getKey(), section.getValue()))
                .toList());
    }
}
