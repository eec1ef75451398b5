package dev.cofactor.quiz.attempt;

import dev.cofactor.quiz.Refusal;
import java.util.regex.Pattern;

/**
 * Where a save of an answer stands among its page's saves: the page (a random id the page picks when it
 * loads) and the save's number on it. A save numbered below the one stored from the same page is
 * refused. {@link #NONE} (the HTML form, API clients that send no order) always replaces the answer.
 */
public record SaveOrder(String page, long sequence) {

    public static final SaveOrder NONE = new SaveOrder(null, 0);

    private static final Pattern PAGE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** The order a client sent, both parts or neither; refused when only one or a malformed one came. */
    public static SaveOrder of(String page, String sequence) {
        if (page == null && sequence == null) {
            return NONE;
        }
        if (page == null || sequence == null || !PAGE.matcher(page).matches() || !sequence.matches("[1-9][0-9]{0,17}")) {
            throw new Refusal.BadInput("Send both Cofactor-Save-Page (1 to 64 letters, digits, - or _) and"
                    + " Cofactor-Save-Sequence (a whole number from 1), or neither.");
        }
        return new SaveOrder(page, Long.parseLong(sequence));
    }

    /**
     * Whether a save in this order may replace the one stored: an unordered save or another page's always
     * may; the same page's only with the same number (a retry) or a higher one.
     */
    boolean supersedes(String storedPage, Long storedSequence) {
        return page == null || !page.equals(storedPage) || storedSequence == null || sequence >= storedSequence;
    }
}
