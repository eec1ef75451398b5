package dev.cofactor.web.learn;

import dev.cofactor.content.article.ArticleService;
import dev.cofactor.content.article.SectionLinkDto;
import dev.cofactor.quiz.question.EvidenceCatalog;
import jakarta.enterprise.context.ApplicationScoped;
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
        return articles.sectionTitles(articleSlug);
    }
}
