package dev.cofactor.web.admin;

import dev.cofactor.content.article.ArticleDto;
import dev.cofactor.content.article.ArticleService;
import dev.cofactor.content.article.ArticleSummaryDto;
import dev.cofactor.content.article.SectionNodeDto;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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

    /** An article's sections today, in reading order: never an anchor a section had before a rename. */
    private Group group(ArticleSummaryDto article) {
        List<SectionNodeDto> tree = articles.findArticle(article.slug()).map(ArticleDto::sections).orElse(List.of());
        return new Group(article.slug(), article.title(), flatten(tree).map(section ->
                new Choice(article.slug() + "#" + section.anchor(), section.anchor(), section.title())).toList());
    }

    private static Stream<SectionNodeDto> flatten(List<SectionNodeDto> nodes) {
        return nodes.stream().flatMap(node -> Stream.concat(Stream.of(node), flatten(node.children())));
    }

    /** The title of each section by anchor, over every group: for lists that name sections by title, not slug. */
    public static Map<String, String> titles(List<Group> groups) {
        Map<String, String> titles = new HashMap<>();
        groups.forEach(group -> group.sections().forEach(section -> titles.put(section.value(), section.title())));
        return titles;
    }
}
