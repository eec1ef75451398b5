package dev.cofactor.quiz.question;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cofactor.quiz.scoring.AnswerKey;
import dev.cofactor.quiz.scoring.Fraction;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A question as authors write it (the seed bank's JSON, later the editor): stem in Markdown, choices,
 * items and targets with optional feedback, and the fields that make up its answer key. Stored whole
 * in each question version; learners only ever see the parts {@link QuestionService} lets through.
 * A true/false question's {@code trueFeedback} is shown to whoever answered true, {@code falseFeedback}
 * to whoever answered false (GIFT's two feedbacks).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionSpec(
        String id,
        QuestionType type,
        String stem,
        Integer points,
        List<String> tags,
        String evidence,
        String quote,
        String feedback,
        List<Option> choices,
        List<Option> items,
        List<Option> targets,
        List<Accepted> accepted,
        Boolean caseSensitive,
        Boolean partialCredit,
        Boolean correct,
        BigDecimal value,
        BigDecimal tolerance,
        String trueFeedback,
        String falseFeedback) {

    /** A choice (with its weight), an item (with the target it matches) or a target. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Option(String id, String text, String weight, String match, String feedback) {
    }

    public record Accepted(String text, String weight) {
    }

    static final int MAX_ID = 80;
    static final int MAX_TEXT = 20_000;

    /**
     * The same question with its defaults spelled out and weights in lowest terms, so that two specs
     * that say the same thing are equal: no tags and an empty tag list, "50%" and "1/2", a short answer's
     * absent and false case sensitivity.
     */
    public QuestionSpec canonical() {
        return new QuestionSpec(id, type, stem, pointsOrDefault(), tagsOrEmpty(), blankToNull(evidence), blankToNull(quote),
                blankToNull(feedback), canonical(choices), canonical(items), canonical(targets),
                accepted == null ? null : accepted.stream().map(a -> new Accepted(a.text(), lowest(a.weight()))).toList(),
                type == QuestionType.SHORT_ANSWER ? Boolean.TRUE.equals(caseSensitive) : null,
                type == QuestionType.ORDERING ? !Boolean.FALSE.equals(partialCredit) : null, correct,
                value == null ? null : value.stripTrailingZeros(),
                type == QuestionType.NUMERIC ? (tolerance == null ? BigDecimal.ZERO : tolerance.stripTrailingZeros()) : null,
                blankToNull(trueFeedback), blankToNull(falseFeedback));
    }

    /** Whether the two say the same thing (see {@link #canonical()}). */
    public boolean sameAs(QuestionSpec other) {
        return canonical().equals(other.canonical());
    }

    private static List<Option> canonical(List<Option> options) {
        return options == null ? null : options.stream().map(o -> new Option(o.id(), o.text(), lowest(o.weight()), o.match(),
                blankToNull(o.feedback()))).toList();
    }

    private static String lowest(String weight) {
        Fraction parsed = weightOrNull(weight);
        return parsed == null ? weight : parsed.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public int pointsOrDefault() {
        return points == null ? 1 : points;
    }

    public List<String> tagsOrEmpty() {
        return tags == null ? List.of() : tags;
    }

    /** Every reason this question cannot be stored, its answer key's rules included; empty when it is sound. */
    public List<String> problems() {
        return List.copyOf(check().values());
    }

    /**
     * What is wrong, by the field an author would correct ({@code id}, {@code type}, {@code stem},
     * {@code points}, {@code tags}, {@code evidence}, {@code choices}, {@code items}, {@code targets},
     * {@code accepted}, {@code correct}, {@code value}, {@code tolerance}); several problems of one field
     * are joined. Whether the evidence anchor exists in the article is for {@link QuestionService} to say.
     */
    public Map<String, String> check() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!Slugs.isSlug(id) || id.length() > MAX_ID) {
            add(problems, "id", "The id must be lower-case words joined by hyphens, at most " + MAX_ID + " characters.");
        }
        if (type == null) {
            add(problems, "type", "The type must be one of single_choice, multiple_response, true_false, matching,"
                    + " ordering, short_answer, numeric.");
        }
        if (stem == null || stem.isBlank()) {
            add(problems, "stem", "Write the question's stem.");
        } else if (stem.length() > MAX_TEXT) {
            add(problems, "stem", "The stem is longer than " + MAX_TEXT + " characters.");
        }
        if (points != null && (points <= 0 || points > 100)) {
            add(problems, "points", "Points must be a whole number from 1 to 100.");
        }
        if (tags != null && tags.stream().anyMatch(tag -> tag == null || tag.isBlank() || tag.length() > 40)) {
            add(problems, "tags", "Each tag is 1 to 40 characters.");
        }
        if (evidence == null || evidence.isBlank()) {
            add(problems, "evidence", "Choose the article section whose text supports the answer.");
        }
        Stream.of(feedback, trueFeedback, falseFeedback).filter(Objects::nonNull).filter(text -> text.length() > MAX_TEXT)
                .findAny().ifPresent(text -> add(problems, "feedback", "Feedback is longer than " + MAX_TEXT + " characters."));
        if (type != null) {
            try {
                QuestionBody.Problems own = new QuestionBody.Problems();
                body().check(own);
                own.byField().forEach((field, message) -> add(problems, field, message));
            } catch (ArithmeticException tooPrecise) {
                add(problems, "type", "A weight is too precise to add up exactly; use a percentage or a fraction such as 1/3.");
            }
        }
        if (type != null && problems.isEmpty()) {
            try {
                key();
            } catch (IllegalArgumentException | NullPointerException | ArithmeticException invalid) {
                add(problems, "type", "The answer key is not valid: " + (invalid.getMessage() == null
                        ? "a required part is missing" : invalid.getMessage()) + ".");
            }
        }
        return problems;
    }

    /** The weight, or null when it is missing or not a number. */
    public static Fraction weightOrNull(String weight) {
        try {
            return weight == null ? null : Fraction.parse(weight);
        } catch (RuntimeException notANumber) {
            return null;
        }
    }

    private static void add(Map<String, String> problems, String field, String message) {
        problems.merge(field, message, (first, second) -> first + " " + second);
    }

    /** The scoring core's key for this question. */
    public AnswerKey key() {
        return body().key();
    }

    /** The fields every type shares. */
    public Common common() {
        return new Common(id, stem, points, tags, evidence, quote, feedback);
    }

    /** This question's own type, with only its fields. */
    public QuestionBody body() {
        return switch (type) {
            case SINGLE_CHOICE -> new QuestionBody.SingleChoice(choices);
            case MULTIPLE_RESPONSE -> new QuestionBody.MultipleResponse(choices);
            case TRUE_FALSE -> new QuestionBody.TrueFalse(correct, trueFeedback, falseFeedback);
            case MATCHING -> new QuestionBody.Matching(items, targets);
            case ORDERING -> new QuestionBody.Ordering(items, partialCredit);
            case SHORT_ANSWER -> new QuestionBody.ShortAnswer(accepted, caseSensitive);
            case NUMERIC -> new QuestionBody.Numeric(value, tolerance);
        };
    }

    /** A question of the body's type with these shared fields. */
    public static QuestionSpec of(Common common, QuestionBody body) {
        return body.spec(common);
    }

    /** The fields every type shares: id, stem, points, tags, evidence (section anchor and quote), general feedback. */
    public record Common(String id, String stem, Integer points, List<String> tags, String evidence, String quote,
            String feedback) {

        public Common withEvidence(String anchor) {
            return new Common(id, stem, points, tags, anchor, quote, feedback);
        }

        QuestionSpec spec(QuestionType type, List<Option> choices, List<Option> items, List<Option> targets,
                List<Accepted> accepted, Boolean caseSensitive, Boolean partialCredit, Boolean correct, BigDecimal value,
                BigDecimal tolerance, String trueFeedback, String falseFeedback) {
            return new QuestionSpec(id, type, stem, points, tags, evidence, quote, feedback, choices, items, targets,
                    accepted, caseSensitive, partialCredit, correct, value, tolerance, trueFeedback, falseFeedback);
        }
    }
}
