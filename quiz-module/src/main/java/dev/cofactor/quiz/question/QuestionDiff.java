package dev.cofactor.quiz.question;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A readable comparison of two versions of a question: each part (stem, every choice with its weight
 * and feedback, tags, anchor…) on a labelled line, and within a changed line the words removed and
 * added. Plain text only: pages escape it like any other text.
 */
public final class QuestionDiff {

    public enum Kind {
        SAME, REMOVED, ADDED
    }

    /** A run of words that both versions share, or that only the older (removed) or newer (added) has. */
    public record Segment(Kind kind, String text) {

        public boolean isRemoved() {
            return kind == Kind.REMOVED;
        }

        public boolean isAdded() {
            return kind == Kind.ADDED;
        }
    }

    /** One labelled part; {@code changed} when the two versions differ in it. */
    public record Row(String label, boolean changed, List<Segment> segments) {
    }

    private static final Pattern WORDS = Pattern.compile("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");

    private QuestionDiff() {
    }

    /** Every part of either version, in the newer version's order, parts only the older has where they stood. */
    public static List<Row> between(QuestionSpec older, QuestionSpec newer) {
        Map<String, String> before = describe(older);
        Map<String, String> after = describe(newer);
        List<String> labels = new ArrayList<>(after.keySet());
        int at = 0;
        for (String label : before.keySet()) {
            int found = labels.indexOf(label);
            if (found < 0) {
                labels.add(Math.min(at, labels.size()), label);
                at++;
            } else {
                at = found + 1;
            }
        }
        return labels.stream().map(label -> row(label, before.getOrDefault(label, ""), after.getOrDefault(label, "")))
                .toList();
    }

    /** The question as labelled lines of plain text, in reading order. */
    public static Map<String, String> describe(QuestionSpec spec) {
        Map<String, String> lines = new LinkedHashMap<>();
        put(lines, "Type", spec.type() == null ? null : spec.type().name().toLowerCase().replace('_', ' '));
        put(lines, "Points", String.valueOf(spec.pointsOrDefault()));
        put(lines, "Evidence", spec.evidence());
        put(lines, "Quote", spec.quote());
        put(lines, "Tags", spec.tagsOrEmpty().isEmpty() ? null : String.join(", ", spec.tagsOrEmpty()));
        put(lines, "Stem", spec.stem());
        options(lines, "Choice", spec.choices());
        options(lines, "Item", spec.items());
        options(lines, "Target", spec.targets());
        if (spec.accepted() != null) {
            spec.accepted().forEach(answer -> put(lines, "Accepted: " + answer.text(), "weight " + answer.weight()));
        }
        put(lines, "Case-sensitive", spec.caseSensitive() == null ? null : spec.caseSensitive() ? "yes" : "no");
        put(lines, "Partial credit", spec.partialCredit() == null ? null : spec.partialCredit() ? "yes" : "no");
        put(lines, "The statement is", spec.correct() == null ? null : spec.correct() ? "true" : "false");
        put(lines, "Value", plain(spec.value()));
        put(lines, "Tolerance", plain(spec.tolerance()));
        put(lines, "Feedback if answered true", spec.trueFeedback());
        put(lines, "Feedback if answered false", spec.falseFeedback());
        put(lines, "General feedback", spec.feedback());
        return lines;
    }

    private static void options(Map<String, String> lines, String kind, List<QuestionSpec.Option> options) {
        if (options == null) {
            return;
        }
        for (QuestionSpec.Option option : options) {
            StringBuilder line = new StringBuilder(option.text() == null ? "" : option.text());
            if (option.weight() != null) {
                line.append(" | weight ").append(option.weight());
            }
            if (option.match() != null) {
                line.append(" | matches ").append(option.match());
            }
            if (option.feedback() != null) {
                line.append(" | feedback: ").append(option.feedback());
            }
            lines.put(kind + " " + option.id(), line.toString());
        }
    }

    private static Row row(String label, String before, String after) {
        if (before.equals(after)) {
            return new Row(label, false, List.of(new Segment(Kind.SAME, after)));
        }
        List<Segment> tokens = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(List.of(WORDS.split(before, -1)), List.of(WORDS.split(after, -1)),
                true).getDeltas()) {
            switch (delta.getType()) {
                case EQUAL -> delta.getTarget().getLines().forEach(word -> tokens.add(new Segment(Kind.SAME, word)));
                case DELETE -> delta.getSource().getLines().forEach(word -> tokens.add(new Segment(Kind.REMOVED, word)));
                case INSERT -> delta.getTarget().getLines().forEach(word -> tokens.add(new Segment(Kind.ADDED, word)));
                case CHANGE -> {
                    delta.getSource().getLines().forEach(word -> tokens.add(new Segment(Kind.REMOVED, word)));
                    delta.getTarget().getLines().forEach(word -> tokens.add(new Segment(Kind.ADDED, word)));
                }
            }
        }
        return new Row(label, true, phrases(tokens));
    }

    /**
     * Joins word-level changes into phrases: a space both versions share between two changes belongs to
     * both, so "is GABA's role" reads as one removal rather than three.
     */
    private static List<Segment> phrases(List<Segment> tokens) {
        List<Segment> phrases = new ArrayList<>();
        StringBuilder removed = new StringBuilder();
        StringBuilder added = new StringBuilder();
        StringBuilder same = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            Segment token = tokens.get(i);
            boolean changing = removed.length() > 0 || added.length() > 0;
            if (token.kind() == Kind.SAME && changing && token.text().isBlank() && i + 1 < tokens.size()
                    && tokens.get(i + 1).kind() != Kind.SAME) {
                removed.append(token.text());
                added.append(token.text());
            } else if (token.kind() == Kind.SAME) {
                flush(phrases, removed, added);
                same.append(token.text());
            } else {
                if (same.length() > 0) {
                    phrases.add(new Segment(Kind.SAME, same.toString()));
                    same.setLength(0);
                }
                (token.kind() == Kind.REMOVED ? removed : added).append(token.text());
            }
        }
        flush(phrases, removed, added);
        if (same.length() > 0) {
            phrases.add(new Segment(Kind.SAME, same.toString()));
        }
        return phrases;
    }

    private static void flush(List<Segment> phrases, StringBuilder removed, StringBuilder added) {
        if (removed.length() > 0 && !removed.toString().isBlank()) {
            phrases.add(new Segment(Kind.REMOVED, removed.toString()));
        }
        if (added.length() > 0 && !added.toString().isBlank()) {
            phrases.add(new Segment(Kind.ADDED, added.toString()));
        }
        removed.setLength(0);
        added.setLength(0);
    }

    private static void put(Map<String, String> lines, String label, String text) {
        if (text != null && !text.isBlank()) {
            lines.put(label, text);
        }
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }
}
