package dev.cofactor.quiz.question;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cofactor.quiz.scoring.AnswerKey;
import dev.cofactor.quiz.scoring.Fraction;
import java.math.BigDecimal;
import java.util.ArrayList;
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

    public int pointsOrDefault() {
        return points == null ? 1 : points;
    }

    public List<String> tagsOrEmpty() {
        return tags == null ? List.of() : tags;
    }

    /** Every reason this question cannot be stored, the answer key's rules included; empty when it is sound. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problems.add("The id must be lower-case words joined by hyphens.");
        }
        if (type == null) {
            problems.add("The type must be one of single_choice, multiple_response, true_false, matching, ordering,"
                    + " short_answer, numeric.");
        }
        if (stem == null || stem.isBlank()) {
            problems.add("The stem is empty.");
        }
        if (points != null && points <= 0) {
            problems.add("Points must be positive.");
        }
        if (evidence == null || evidence.isBlank()) {
            problems.add("The evidence anchor is missing.");
        }
        Stream.of(choices, items, targets).filter(Objects::nonNull).forEach(options -> {
            Set<String> ids = new HashSet<>();
            if (options.stream().anyMatch(option -> option.id() == null || option.text() == null || !ids.add(option.id()))) {
                problems.add("Every choice, item and target needs a text and an id unique in its list.");
            }
        });
        if (type != null && problems.isEmpty()) {
            try {
                key();
            } catch (IllegalArgumentException | NullPointerException | ArithmeticException invalid) {
                problems.add("The answer key is not valid: " + (invalid.getMessage() == null
                        ? "a required part is missing" : invalid.getMessage()) + ".");
            }
        }
        return problems;
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
