package dev.cofactor.web.learn;

import dev.cofactor.content.article.ArticleService;
import dev.cofactor.content.article.SectionNodeDto;
import dev.cofactor.content.article.SectionLinkDto;
import dev.cofactor.quiz.question.EvidenceCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;

/** Answers the quiz module's questions about article sections from the content module. */
@ApplicationScoped
class ArticleEvidenceCatalog implements EvidenceCatalog {

    private final ArticleService articles;

    ArticleEvidenceCatalog(ArticleService articles) {
        this.articles = articles;
    }

    /** A main section's text takes in its subsections, as a reader of the whole section sees it. */
    @Override
    public Optional<String> sectionText(String articleSlug, String anchor) {
        return articles.findSection(articleSlug, anchor).map(section -> {
            StringBuilder text = new StringBuilder(Jsoup.parse(section.html()).text());
            for (SectionLinkDto child : section.children()) {
                sectionText(articleSlug, child.anchor()).ifPresent(childText -> text.append(' ').append(childText));
            }
            return text.toString();
        });
    }

    @Override
    public Map<String, String> sectionTitles(String articleSlug) {
        Map<String, String> titles = new HashMap<>();
        articles.findArticle(articleSlug).ifPresent(article -> collect(article.sections(), titles));
        return titles;
    }

    private static void collect(List<SectionNodeDto> sections, Map<String, String> titles) {
        for (SectionNodeDto section : sections) {
            titles.put(section.anchor(), section.title());
            collect(section.children(), titles);
        }
    }
}
