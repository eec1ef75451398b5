package dev.cofactor.web.quiz;

import dev.cofactor.content.article.ArticleMarkdown;
import dev.cofactor.quiz.question.StemRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Questions are rendered and sanitized exactly like articles. Rendering is a pure function of the
 * text, so results are memoized per instance (nothing instances must agree on); the memo is dropped
 * whole when it grows past a bound.
 */
@ApplicationScoped
class MarkdownStemRenderer implements StemRenderer {

    private static final int MEMO_LIMIT = 20_000;
    private final Map<String, String> blocks = new ConcurrentHashMap<>();
    private final Map<String, String> inlines = new ConcurrentHashMap<>();

    @Override
    public String html(String markdown) {
        return memo(blocks, markdown, ArticleMarkdown::renderFragment);
    }

    @Override
    public String inlineHtml(String markdown) {
        return memo(inlines, markdown, ArticleMarkdown::renderInline);
    }

    private static String memo(Map<String, String> memo, String markdown, Function<String, String> render) {
        if (memo.size() > MEMO_LIMIT) {
            memo.clear();
        }
        return memo.computeIfAbsent(markdown, render);
    }
}
