package dev.cofactor.web.learn;

import dev.cofactor.content.article.ArticleService;
import dev.cofactor.quiz.question.EvidenceCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;

/** Answers the quiz module's questions about article sections from the content module, which owns the text rule. */
@ApplicationScoped
class ArticleEvidenceCatalog implements EvidenceCatalog {

    private final ArticleService articles;

    ArticleEvidenceCatalog(ArticleService articles) {
        this.articles = articles;
    }

    @Override
    public Optional<String> sectionText(String articleSlug, String anchor) {
        return articles.findSectionText(articleSlug, anchor);
    }

    @Override
    public Map<String, String> sectionTitles(String articleSlug) {
        return articles.sectionTitles(articleSlug);
    }

    @Override
    public String sectionLink(String articleSlug, String anchor) {
        return "/articles/" + articleSlug + "/" + anchor;
    }
}
