package dev.cofactor.quiz.question;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rule for a question's quote of its evidence: the section's text holds the quote with every run of
 * whitespace (spaces, tabs, line breaks, as a quote pasted from hard-wrapped Markdown has) read as one
 * space, the quote's ends trimmed and case ignored. The editor and article uploads judge quotes by it.
 */
public final class Quotes {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private Quotes() {
    }

    public static boolean isQuotedIn(String quote, String sectionText) {
        return normalize(sectionText).contains(normalize(quote));
    }

    private static String normalize(String text) {
        return WHITESPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
