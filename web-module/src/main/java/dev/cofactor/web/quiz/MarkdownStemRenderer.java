package dev.cofactor.web.quiz;

import dev.cofactor.content.article.ArticleMarkdown;
import dev.cofactor.quiz.question.StemRenderer;
import jakarta.enterprise.context.ApplicationScoped;

/** Questions are rendered and sanitized exactly like articles. */
@ApplicationScoped
class MarkdownStemRenderer implements StemRenderer {

    @Override
    public String html(String markdown) {
        return ArticleMarkdown.renderFragment(markdown);
    }

    @Override
    public String inlineHtml(String markdown) {
        return ArticleMarkdown.renderInline(markdown);
    }
}
