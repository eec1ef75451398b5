package dev.cofactor.quiz.question;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cofactor.quiz.scoring.AnswerKey;
import dev.cofactor.quiz.scoring.Decimals;
import dev.cofactor.quiz.scoring.Fraction;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
                checkKey(problems);
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

    private void checkKey(Map<String, String> problems) {
        switch (type) {
            case SINGLE_CHOICE -> {
                if (options(problems, "choices", choices, 2)) {
                    long right = choices.stream().filter(choice -> weightOf(choice).compareTo(Fraction.ONE) == 0).count();
                    if (right != 1) {
                        add(problems, "choices", "A single-choice question needs exactly one correct choice, not " + right + ".");
                    }
                }
            }
            case MULTIPLE_RESPONSE -> {
                if (options(problems, "choices", choices, 2)) {
                    Fraction positive = choices.stream().map(QuestionSpec::weightOf).filter(Fraction::isPositive)
                            .reduce(Fraction.ZERO, Fraction::plus);
                    if (positive.compareTo(Fraction.ONE) != 0) {
                        add(problems, "choices", "The positive weights of a multiple-response question must add up to 100 %,"
                                + " not " + percent(positive) + ".");
                    }
                    if (choices.stream().map(QuestionSpec::weightOf)
                            .anyMatch(weight -> weight.compareTo(Fraction.ONE) > 0 || weight.compareTo(Fraction.of(-1, 1)) < 0)) {
                        add(problems, "choices", "Each weight lies between -100 % and 100 %.");
                    }
                }
            }
            case TRUE_FALSE -> {
                if (correct == null) {
                    add(problems, "correct", "Say whether the statement is true or false.");
                }
            }
            case MATCHING -> {
                if (options(problems, "items", items, 2) && options(problems, "targets", targets, 2)) {
                    Set<String> targetIds = Set.copyOf(ids(targets));
                    if (items.stream().anyMatch(item -> item.match() == null || !targetIds.contains(item.match()))) {
                        add(problems, "items", "Every item needs the target it matches.");
                    }
                }
            }
            case ORDERING -> options(problems, "items", items, 3);
            case SHORT_ANSWER -> {
                if (accepted == null || accepted.isEmpty()) {
                    add(problems, "accepted", "Give at least one accepted answer.");
                } else if (accepted.stream().anyMatch(answer -> answer == null || answer.text() == null || answer.text().isBlank())) {
                    add(problems, "accepted", "An accepted answer cannot be empty.");
                } else if (accepted.stream().map(answer -> weightOrNull(answer.weight()))
                        .anyMatch(weight -> weight == null || weight.compareTo(Fraction.ZERO) < 0 || weight.compareTo(Fraction.ONE) > 0)) {
                    add(problems, "accepted", "Each accepted answer is worth from 0 % to 100 %.");
                } else if (accepted.stream().noneMatch(answer -> weightOrNull(answer.weight()).compareTo(Fraction.ONE) == 0)) {
                    add(problems, "accepted", "At least one accepted answer is worth 100 %.");
                }
            }
            case NUMERIC -> {
                if (value == null) {
                    add(problems, "value", "Give the right value.");
                } else {
                    AnswerKey.numberProblem(value).ifPresent(problem -> add(problems, "value", problem));
                }
                if (tolerance != null && tolerance.signum() < 0) {
                    add(problems, "tolerance", "The tolerance cannot be negative.");
                } else if (tolerance != null) {
                    AnswerKey.numberProblem(tolerance).ifPresent(problem -> add(problems, "tolerance", problem));
                }
            }
        }
    }

    /** Whether the list is there with enough entries, each with a text and an id unique in the list. */
    private static boolean options(Map<String, String> problems, String field, List<Option> options, int fewest) {
        String what = field.equals("choices") ? "choices" : field.equals("items") ? "items" : "targets";
        if (options == null || options.size() < fewest) {
            add(problems, field, "Give at least " + fewest + " " + what + ".");
            return false;
        }
        Set<String> ids = new HashSet<>();
        if (options.stream().anyMatch(option -> option == null || option.id() == null || option.text() == null
                || option.text().isBlank() || !ids.add(option.id()))) {
            add(problems, field, "Every one of the " + what + " needs a text and an id unique in its list.");
            return false;
        }
        if (field.equals("choices") && options.stream().anyMatch(option -> weightOrNull(option.weight()) == null)) {
            add(problems, field, "Every choice needs a weight: a percentage such as 50 or a fraction such as 1/3.");
            return false;
        }
        return true;
    }

    private static Fraction weightOf(Option choice) {
        return weightOrNull(choice.weight());
    }

    /** The weight, or null when it is missing or not a number. */
    public static Fraction weightOrNull(String weight) {
        try {
            return weight == null ? null : Fraction.parse(weight);
        } catch (RuntimeException notANumber) {
            return null;
        }
    }

    private static String percent(Fraction fraction) {
        return Decimals.percent(fraction.times(Fraction.of(100, 1))).stripTrailingZeros().toPlainString() + " %";
    }

    private static void add(Map<String, String> problems, String field, String message) {
        problems.merge(field, message, (first, second) -> first + " " + second);
    }

    /** The scoring core's key for this question. */
    public AnswerKey key() {
        return switch (type) {
            case SINGLE_CHOICE -> new AnswerKey.SingleChoice(ids(choices), choices.stream()
                    .filter(choice -> Fraction.parse(choice.weight()).compareTo(Fraction.ONE) == 0)
                    .map(Option::id).reduce((one, two) -> {
                        throw new IllegalArgumentException("a single-choice question has exactly one right choice");
                    }).orElseThrow(() -> new IllegalArgumentException("no choice has full weight")));
            case MULTIPLE_RESPONSE -> {
                Map<String, Fraction> weights = new LinkedHashMap<>();
                choices.forEach(choice -> weights.put(choice.id(), Fraction.parse(choice.weight())));
                yield new AnswerKey.MultipleResponse(weights);
            }
            case TRUE_FALSE -> new AnswerKey.TrueFalse(correct);
            case MATCHING -> {
                Map<String, String> matches = new LinkedHashMap<>();
                items.forEach(item -> matches.put(item.id(), item.match()));
                yield new AnswerKey.Matching(matches, Set.copyOf(ids(targets)));
            }
            case ORDERING -> new AnswerKey.Ordering(ids(items), partialCredit == null || partialCredit);
            case SHORT_ANSWER -> {
                Map<String, Fraction> weights = new LinkedHashMap<>();
                accepted.forEach(answer -> weights.put(answer.text(), Fraction.parse(answer.weight())));
                yield new AnswerKey.ShortAnswer(weights, caseSensitive != null && caseSensitive);
            }
            case NUMERIC -> new AnswerKey.Numeric(value, tolerance == null ? BigDecimal.ZERO : tolerance);
        };
    }

    private static List<String> ids(List<Option> options) {
        return options.stream().map(Option::id).toList();
    }
}
