package dev.cofactor.quiz.gift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text of one GIFT question with its escapes already read, as Moodle's placeholders do: each
 * character knows whether it was escaped (an escaped character is never a delimiter) and the line
 * it came from. {@code \\} gives a backslash, {@code \: \# \= \{ \} \~} give the character,
 * {@code \n} gives a newline; any other backslash stays as it is. Immutable; slices copy.
 */
final class GiftText {

    /** A line of the file: its 1-based number and its text. */
    record SourceLine(int number, String text) {
    }

    /** Stands for the blank of a missing-word question until the text is formatted; never a delimiter. */
    static final char BLANK = '\uE000';

    private static final String ESCAPABLE = ":#={}~";
    private static final String PHP_WHITESPACE = " \t\n\r\0\u000B";

    private final String chars;
    private final boolean[] escaped;
    private final int[] lines;
    private final int line;

    private GiftText(String chars, boolean[] escaped, int[] lines, int line) {
        this.chars = chars;
        this.escaped = escaped;
        this.lines = lines;
        this.line = line;
    }

    /** The lines joined by newlines, escapes read. */
    static GiftText read(List<SourceLine> source) {
        StringBuilder chars = new StringBuilder();
        List<Boolean> escaped = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (int index = 0; index < source.size(); index++) {
            SourceLine sourceLine = source.get(index);
            String raw = sourceLine.text();
            if (index > 0) {
                add(chars, escaped, lines, '\n', false, source.get(index - 1).number());
            }
            for (int at = 0; at < raw.length(); at++) {
                char c = raw.charAt(at);
                char next = at + 1 < raw.length() ? raw.charAt(at + 1) : 0;
                if (c == '\\' && (next == '\\' || next == 'n' || ESCAPABLE.indexOf(next) >= 0)) {
                    add(chars, escaped, lines, next == 'n' ? '\n' : next, true, sourceLine.number());
                    at++;
                } else {
                    add(chars, escaped, lines, c, c == '\\', sourceLine.number());
                }
            }
        }
        boolean[] flags = new boolean[escaped.size()];
        int[] numbers = new int[lines.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = escaped.get(i);
            numbers[i] = lines.get(i);
        }
        return new GiftText(chars.toString(), flags, numbers, source.isEmpty() ? 0 : source.get(0).number());
    }

    private static void add(StringBuilder chars, List<Boolean> escaped, List<Integer> lines, char c, boolean isEscaped,
            int line) {
        chars.append(c);
        escaped.add(isEscaped);
        lines.add(line);
    }

    int length() {
        return chars.length();
    }

    boolean isEmpty() {
        return chars.isEmpty();
    }

    /** The line of the first character (of the place this text was cut from, when empty). */
    int line() {
        return chars.isEmpty() ? line : lines[0];
    }

    int lineAt(int index) {
        return lines[index];
    }

    /** Whether the character at this index is the unescaped {@code c}. */
    boolean isLive(int index, char c) {
        return index >= 0 && index < chars.length() && chars.charAt(index) == c && !escaped[index];
    }

    int indexOf(char c, int from) {
        for (int i = Math.max(from, 0); i < chars.length(); i++) {
            if (isLive(i, c)) {
                return i;
            }
        }
        return -1;
    }

    int indexOf(char c) {
        return indexOf(c, 0);
    }

    /** The first place where {@code s} occurs with every character unescaped. */
    int indexOf(String s, int from) {
        for (int i = Math.max(from, 0); i + s.length() <= chars.length(); i++) {
            if (liveAt(i, s)) {
                return i;
            }
        }
        return -1;
    }

    int lastIndexOf(String s) {
        for (int i = chars.length() - s.length(); i >= 0; i--) {
            if (liveAt(i, s)) {
                return i;
            }
        }
        return -1;
    }

    private boolean liveAt(int index, String s) {
        for (int k = 0; k < s.length(); k++) {
            if (!isLive(index + k, s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    boolean startsWith(String s) {
        return s.length() <= chars.length() && liveAt(0, s);
    }

    boolean endsWith(char c) {
        return isLive(chars.length() - 1, c);
    }

    GiftText slice(int from, int to) {
        int[] sliceLines = Arrays.copyOfRange(lines, from, to);
        int fallback = from < lines.length ? lines[from] : lines.length > 0 ? lines[lines.length - 1] : line;
        return new GiftText(chars.substring(from, to), Arrays.copyOfRange(escaped, from, to), sliceLines,
                fallback);
    }

    GiftText slice(int from) {
        return slice(from, chars.length());
    }

    /** This text with the characters from {@code from} to {@code to} replaced by the missing-word blank, or removed. */
    GiftText replace(int from, int to, boolean blank) {
        GiftText before = slice(0, from);
        GiftText after = slice(to);
        int size = before.length() + (blank ? 1 : 0) + after.length();
        boolean[] flags = new boolean[size];
        int[] numbers = new int[size];
        System.arraycopy(before.escaped, 0, flags, 0, before.length());
        System.arraycopy(before.lines, 0, numbers, 0, before.length());
        if (blank) {
            flags[before.length()] = true;
            numbers[before.length()] = from < lines.length ? lines[from] : line;
        }
        System.arraycopy(after.escaped, 0, flags, size - after.length(), after.length());
        System.arraycopy(after.lines, 0, numbers, size - after.length(), after.length());
        return new GiftText(before.chars + (blank ? String.valueOf(BLANK) : "") + after.chars, flags, numbers, line());
    }

    /** Without unescaped whitespace at either end (PHP's {@code trim}: an escaped newline stays). */
    GiftText trim() {
        int from = 0;
        int to = chars.length();
        while (from < to && isLiveWhitespace(from)) {
            from++;
        }
        while (to > from && isLiveWhitespace(to - 1)) {
            to--;
        }
        return from == 0 && to == chars.length() ? this : slice(from, to);
    }

    private boolean isLiveWhitespace(int index) {
        return !escaped[index] && PHP_WHITESPACE.indexOf(chars.charAt(index)) >= 0;
    }

    /** Split at every unescaped {@code c}, like PHP's {@code explode}; at most {@code limit} parts. */
    List<GiftText> split(char c, int limit) {
        List<GiftText> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < chars.length() && parts.size() < limit - 1; i++) {
            if (isLive(i, c)) {
                parts.add(slice(start, i));
                start = i + 1;
            }
        }
        parts.add(slice(start));
        return parts;
    }

    List<GiftText> split(char c) {
        return split(c, Integer.MAX_VALUE);
    }

    /**
     * Split before every unescaped character of {@code delimiters}: the first part is what comes before
     * any delimiter, every other part starts with its delimiter.
     */
    List<GiftText> splitBefore(String delimiters) {
        List<GiftText> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < chars.length(); i++) {
            if (!escaped[i] && delimiters.indexOf(chars.charAt(i)) >= 0) {
                parts.add(slice(start, i));
                start = i;
            }
        }
        parts.add(slice(start));
        return parts;
    }

    /** The characters, escapes read. */
    String text() {
        return chars;
    }

    /** PHP's {@code trim} on a plain string. */
    static String phpTrim(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && PHP_WHITESPACE.indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && PHP_WHITESPACE.indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        return text.substring(from, to);
    }

    @Override
    public String toString() {
        return chars;
    }
}
