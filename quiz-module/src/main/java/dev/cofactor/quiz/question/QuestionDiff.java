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
        List<String> older = List.of(WORDS.split(before, -1));
        List<String> newer = List.of(WORDS.split(after, -1));
        List<Segment> segments = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(older, newer, true).getDeltas()) {
            switch (delta.getType()) {
                case EQUAL -> add(segments, Kind.SAME, delta.getTarget().getLines());
                case DELETE -> add(segments, Kind.REMOVED, delta.getSource().getLines());
                case INSERT -> add(segments, Kind.ADDED, delta.getTarget().getLines());
                case CHANGE -> {
                    add(segments, Kind.REMOVED, delta.getSource().getLines());
                    add(segments, Kind.ADDED, delta.getTarget().getLines());
                }
            }
        }
        return new Row(label, true, segments);
    }

    private static void add(List<Segment> segments, Kind kind, List<String> words) {
        String text = String.join("", words);
        if (!text.isEmpty()) {
            segments.add(new Segment(kind, text));
        }
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
