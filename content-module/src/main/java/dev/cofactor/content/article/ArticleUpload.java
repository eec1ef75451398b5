package dev.cofactor.content.article;

import dev.cofactor.content.article.ArticleMarkdown.ParsedArticle;
import java.util.Map;

/**
 * Markdown an admin uploads as an article's next version, checked, parsed and hashed once: the text as
 * it would be stored, its checksum and its sections. A preview compares it with the stored version and
 * the save that follows stores this same parse. Only {@link #parse} makes one, so the three always agree.
 */
public final class ArticleUpload {

    /** The longest Markdown an admin may upload, in characters: twenty times the seed article, and then some. */
    public static final int MAX_LENGTH = 500_000;

    private final String markdown;
    private final String checksum;
    private final ParsedArticle parsed;

    private ArticleUpload(String markdown, String checksum, ParsedArticle parsed) {
        this.markdown = markdown;
        this.checksum = checksum;
        this.parsed = parsed;
    }

    /**
     * Parses Markdown an admin uploads, which must name its title and hold at least one section.
     *
     * @throws InvalidArticleException when the Markdown is empty, too long, or has no title or no section
     */
    public static ArticleUpload parse(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            throw new InvalidArticleException("The Markdown is empty. Paste the article's text, or choose its file.");
        }
        if (markdown.length() > MAX_LENGTH) {
            throw new InvalidArticleException("The Markdown is too long: at most " + MAX_LENGTH
                    + " characters, and this has " + markdown.length() + ".");
        }
        ParsedArticle parsed = ArticleMarkdown.parse(markdown, null);
        if (parsed.title() == null || parsed.title().isBlank()) {
            throw new InvalidArticleException("The Markdown has no title. Start it with the title on a line of its own"
                    + " after \"# \", for example \"# Magnesium Bisglycinate\".");
        }
        if (parsed.sections().isEmpty()) {
            throw new InvalidArticleException("The Markdown has a title but no text. Add the sections, each starting"
                    + " with a \"## \" heading.");
        }
        return new ArticleUpload(markdown, Checksum.of(markdown), parsed);
    }

    public String markdown() {
        return markdown;
    }

    /** The SHA-256 of {@link #markdown}, as the article's checksum would be once stored. */
    public String checksum() {
        return checksum;
    }

    public ParsedArticle parsed() {
        return parsed;
    }

    /** Each section's plain text by anchor, by the rule in {@link SectionTexts}, to check quotes against. */
    public Map<String, String> sectionTexts() {
        return SectionTexts.byAnchor(parsed.sections().stream()
                .map(s -> new SectionTexts.Part(s.anchor(), s.level(), s.html())).toList());
    }
}
