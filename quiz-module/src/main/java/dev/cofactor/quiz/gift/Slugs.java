package dev.cofactor.quiz.gift;

import java.text.Normalizer;
import java.util.Locale;

/** Cofactor ids from names and stems: lower-case words joined by hyphens. */
final class Slugs {

    static final int MAX_LENGTH = 60;

    private Slugs() {
    }

    /**
     * Lower-case ASCII words of the text (accents dropped, HTML tags and any other character skipped)
     * joined by hyphens, cut at a word boundary to at most {@value #MAX_LENGTH} characters; empty when the
     * text has no letter or digit.
     */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text.replaceAll("<[^>]*>", " "), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = cut > 0 ? slug.substring(0, cut) : slug.substring(0, MAX_LENGTH);
        }
        return slug;
    }
}
