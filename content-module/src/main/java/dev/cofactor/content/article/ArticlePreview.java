package dev.cofactor.content.article;

/**
 * A comparison of new Markdown with the stored article, and the new text itself, parsed once: its
 * {@link ArticleUpload#sectionTexts() section texts} let what cites a section be checked against it
 * before anything is stored, and a save stores that same upload.
 */
public record ArticlePreview(ArticleChangesDto changes, ArticleUpload upload) {
}
