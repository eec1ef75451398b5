package dev.cofactor.quiz.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The bracketed tokens in a question's {@code //} comment lines: Moodle's {@code [id:x]} and
 * {@code [tag:x]} and Cofactor's extensions ({@code [evidence:slug#anchor]}, {@code [points:2]},
 * {@code [quote:...]}, {@code [case-sensitive]}, {@code [choice-ids:...]}, {@code [item-ids:...]},
 * {@code [target-ids:...]}). Moodle ignores comments, so files stay valid GIFT. In a value {@code \]}
 * stands for {@code ]}, {@code \\} for a backslash and {@code \n} for a newline. Tokens with other names,
 * and text outside tokens, are ignored.
 */
final class CommentTokens {

    static final Set<String> KNOWN = Set.of("id", "tag", "evidence", "points", "quote", "case-sensitive",
            "choice-ids", "item-ids", "target-ids");

    /** One token: its name, its value ("" for a flag such as {@code [case-sensitive]}) and its line. */
    record Token(String name, String value, int line) {
    }

    /** The tokens found, and the problems (a known token left open) with their lines. */
    record Reading(List<Token> tokens, List<GiftDocument.Problem> problems) {

        List<String> values(String name) {
            return tokens.stream().filter(token -> token.name().equals(name)).map(Token::value).toList();
        }

        /** The first token of that name, or null. */
        Token first(String name) {
            return tokens.stream().filter(token -> token.name().equals(name)).findFirst().orElse(null);
        }
    }

    private CommentTokens() {
    }

    static Reading read(List<GiftText.SourceLine> comments) {
        List<Token> tokens = new ArrayList<>();
        List<GiftDocument.Problem> problems = new ArrayList<>();
        for (GiftText.SourceLine comment : comments) {
            String text = comment.text();
            int open = text.indexOf('[');
            while (open >= 0) {
                int at = open + 1;
                while (at < text.length() && (Character.isLetter(text.charAt(at)) || text.charAt(at) == '-')) {
                    at++;
                }
                String name = text.substring(open + 1, at);
                int next = open + 1;
                if (!name.isEmpty() && at < text.length() && text.charAt(at) == ']') {
                    tokens.add(new Token(name, "", comment.number()));
                    next = at + 1;
                } else if (!name.isEmpty() && at < text.length() && text.charAt(at) == ':') {
                    StringBuilder value = new StringBuilder();
                    int end = readValue(text, at + 1, value);
                    if (end < 0) {
                        if (KNOWN.contains(name)) {
                            problems.add(new GiftDocument.Problem(comment.number(),
                                    "The comment [" + name + ":...] has no closing ]."));
                        }
                        break;
                    }
                    tokens.add(new Token(name, GiftText.phpTrim(value.toString()), comment.number()));
                    next = end + 1;
                }
                open = text.indexOf('[', next);
            }
        }
        return new Reading(tokens, problems);
    }

    /** Reads a value up to its closing {@code ]}; returns the index of that bracket, or -1 if there is none. */
    private static int readValue(String text, int from, StringBuilder value) {
        for (int at = from; at < text.length(); at++) {
            char c = text.charAt(at);
            char next = at + 1 < text.length() ? text.charAt(at + 1) : 0;
            if (c == ']') {
                return at;
            } else if (c == '\\' && (next == ']' || next == '\\')) {
                value.append(next);
                at++;
            } else if (c == '\\' && next == 'n') {
                value.append('\n');
                at++;
            } else {
                value.append(c);
            }
        }
        return -1;
    }

    /** A token as the writer puts it in a comment line. */
    static String token(String name, String value) {
        return "[" + name + ":" + value.replace("\r", "").replace("\\", "\\\\").replace("]", "\\]")
                .replace("\n", "\\n") + "]";
    }

    static String flag(String name) {
        return "[" + name + "]";
    }
}
