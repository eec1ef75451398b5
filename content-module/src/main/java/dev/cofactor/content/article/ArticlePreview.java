package dev.cofactor.content.article;

import java.util.Map;

/**
 * A comparison of new Markdown with the stored article, plus the plain text each section of the new
 * text would have (a main section's text takes in its subsections, as a reader of the whole section
 * sees it), so that what cites a section can be checked against it before anything is stored.
 */
public record ArticlePreview(ArticleChangesDto changes, Map<String, String> sectionTexts) {
}
