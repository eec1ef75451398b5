package dev.cofactor.quiz.gift;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GIFT's text formats ({@code [moodle] [html] [plain] [markdown]}) and how each becomes Cofactor
 * Markdown.
 *
 * <ul>
 *   <li>{@code [markdown]}: kept as it is.</li>
 *   <li>{@code [html]}: kept as it is; Cofactor's Markdown renderer passes HTML through its sanitizer.</li>
 *   <li>{@code [plain]}: rendered literally: Markdown's special characters ({@code \ ` * _ [ ] < > # | ~ &})
 *       are backslash-escaped, and so is a line's first character when it would start a list, a quote or a
 *       heading underline ({@code - + = >}, {@code 1.}); line breaks are kept as Markdown hard breaks, blank
 *       lines stay paragraph breaks, indentation after a line break is dropped.</li>
 *   <li>{@code [moodle]} (Moodle's auto-format, the default for question text): read like {@code [plain]}
 *       except that HTML tags and entities pass through unchanged, as Moodle's auto-format lets them
 *       (GIFT files often hold {@code <b>} or {@code &nbsp;} without a format tag). Moodle's automatic links
 *       are not made.</li>
 * </ul>
 * The missing-word blank is never escaped.
 */
enum TextFormat {
    MOODLE("moodle"), HTML("html"), PLAIN("plain"), MARKDOWN("markdown");

    private static final String PLAIN_SPECIALS = "\\`*_[]<>#|~&";
    private static final String MOODLE_SPECIALS = "\\`*_[]#|~";
    private static final String LINE_START_SPECIALS = "-+=>";
    private static final Pattern ORDERED_LIST = Pattern.compile("\\d+([.)])");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^<>]*>|<!--.*?-->|&#?[A-Za-z0-9]+;");

    private final String tag;

    TextFormat(String tag) {
        this.tag = tag;
    }

    /** The format a GIFT tag names, exactly and case-sensitively as Moodle reads it; null when unknown. */
    static TextFormat named(String name) {
        for (TextFormat format : values()) {
            if (format.tag.equals(name)) {
                return format;
            }
        }
        return null;
    }

    String toMarkdown(String text) {
        return switch (this) {
            case MARKDOWN, HTML -> text;
            case PLAIN -> literal(text, PLAIN_SPECIALS, false);
            case MOODLE -> literal(text, MOODLE_SPECIALS, true);
        };
    }

    private static String literal(String text, String specials, boolean keepHtml) {
        String[] lines = text.split("\n", -1);
        StringBuilder markdown = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 ? lines[i] : lines[i].stripLeading();
            if (i > 0) {
                markdown.append(lines[i - 1].isBlank() || line.isBlank() ? "\n" : "\\\n");
            }
            markdown.append(escapeLine(line, specials, keepHtml));
        }
        return markdown.toString();
    }

    private static String escapeLine(String line, String specials, boolean keepHtml) {
        StringBuilder escaped = new StringBuilder();
        Matcher list = ORDERED_LIST.matcher(line);
        int listMark = list.lookingAt() ? list.start(1) : -1;
        Matcher html = HTML_TAG.matcher(line);
        int at = 0;
        while (at < line.length()) {
            char c = line.charAt(at);
            if (keepHtml && (c == '<' || c == '&') && html.region(at, line.length()).lookingAt()) {
                escaped.append(html.group());
                at = html.end();
                continue;
            }
            if (specials.indexOf(c) >= 0 || at == listMark || (at == 0 && LINE_START_SPECIALS.indexOf(c) >= 0)) {
                escaped.append('\\');
            }
            escaped.append(c);
            at++;
        }
        return escaped.toString();
    }
}
