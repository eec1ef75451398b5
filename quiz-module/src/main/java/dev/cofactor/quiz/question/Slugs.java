package dev.cofactor.quiz.question;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Cofactor ids (of questions, quizzes, options) from names and stems: lower-case words joined by hyphens.
 * Not content's {@code ArticleMarkdown.slugify} on purpose: that makes section anchors, another concept.
 */
public final class Slugs {

    private Slugs() {
    }

    /** Whether the text already is one: lower-case words joined by hyphens. */
    public static boolean isSlug(String text) {
        return text != null && text.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    /**
     * Lower-case ASCII words of the text (accents dropped, HTML tags and any other character skipped)
     * joined by hyphens, cut at a word boundary to at most {@code maxLength} characters; empty when the
     * text has no letter or digit.
     */
    public static String slug(String text, int maxLength) {
        String ascii = Normalizer.normalize(text.replaceAll("<[^>]*>", " "), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > maxLength) {
            int cut = slug.lastIndexOf('-', maxLength);
            slug = cut > 0 ? slug.substring(0, cut) : slug.substring(0, maxLength);
        }
        return slug;
    }
}
