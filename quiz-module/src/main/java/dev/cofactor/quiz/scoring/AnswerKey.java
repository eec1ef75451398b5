package dev.cofactor.quiz.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The right answer to one question and the rule that turns a learner's {@link Answer} into credit,
 * a {@link Fraction} between 0 and 1. Each question type has its own key.
 *
 * <p>{@link #problem(Answer)} tells whether an answer fits the question at all (right shape, known
 * choices); only an answer without a problem may be scored.
 */
public sealed interface AnswerKey {

    /** The longest short answer accepted, in characters. */
    int MAX_TEXT = 500;
    /** Numbers are smaller than 10^15 in size and have at most 15 decimals, so that each can be stored and read back exactly. */
    BigDecimal MAX_NUMBER = BigDecimal.TEN.pow(15);
    int MAX_DECIMALS = 15;

    /** Why a number cannot be an answer or a key, or empty when it can. */
    static Optional<String> numberProblem(BigDecimal number) {
        return number.abs().compareTo(MAX_NUMBER) < 0 && number.stripTrailingZeros().scale() <= MAX_DECIMALS ? Optional.empty()
                : Optional.of("Give a number smaller than 10^15 in size, with at most " + MAX_DECIMALS + " decimals.");
    }

    Optional<String> problem(Answer answer);

    Fraction score(Answer answer);

    /** The key written as the answer that earns full credit. */
    Answer rightAnswer();

    /**
     * The right answer as a person would write it, where the key's own notation would mislead: a short
     * answer without its wildcards ("benzodiazepine", not "benzodiazepine*", as Moodle's clean_response), a
     * number with its tolerance ("2 ± 0.5"); null where {@link #rightAnswer} reads well already.
     */
    default String written() {
        return null;
    }

    private static <A extends Answer> A expect(Answer answer, Class<A> shape) {
        if (!shape.isInstance(answer)) {
            throw new IllegalArgumentException("Expected a " + shape.getSimpleName() + " answer, got " + answer);
        }
        return shape.cast(answer);
    }

    private static Optional<String> wrongShape(Answer answer, Class<? extends Answer> shape, String expected) {
        return shape.isInstance(answer) ? Optional.empty() : Optional.of("This question expects " + expected + ".");
    }

    /** One right choice among several. */
    record SingleChoice(List<String> choiceIds, String correctChoiceId) implements AnswerKey {
        public SingleChoice {
            choiceIds = List.copyOf(choiceIds);
            if (!choiceIds.contains(correctChoiceId)) {
                throw new IllegalArgumentException("The correct choice must be one of the choices");
            }
        }

        @Override
        public Optional<String> problem(Answer answer) {
            return wrongShape(answer, Answer.Choice.class, "one choiceId").or(() ->
                    choiceIds.contains(((Answer.Choice) answer).choiceId()) ? Optional.empty()
                            : Optional.of("There is no such choice in this question."));
        }

        @Override
        public Fraction score(Answer answer) {
            return expect(answer, Answer.Choice.class).choiceId().equals(correctChoiceId) ? Fraction.ONE : Fraction.ZERO;
        }

        @Override
        public Answer rightAnswer() {
            return new Answer.Choice(correctChoiceId);
        }
    }

    /**
     * Several choices, each with a weight: the right ones share 100 %, wrong ones take credit away.
     * The score is the sum of the ticked weights, kept between 0 and 1, as in Moodle.
     */
    record MultipleResponse(Map<String, Fraction> weights) implements AnswerKey {
        public MultipleResponse {
            weights = Map.copyOf(weights);
            Fraction positive = weights.values().stream().filter(Fraction::isPositive)
                    .reduce(Fraction.ZERO, Fraction::plus);
            if (positive.compareTo(Fraction.ONE) != 0) {
                throw new IllegalArgumentException("The positive weights must add up to 100 %, not " + positive);
            }
        }

        @Override
        public Optional<String> problem(Answer answer) {
            return wrongShape(answer, Answer.Choices.class, "a list of choiceIds").or(() ->
                    weights.keySet().containsAll(((Answer.Choices) answer).choiceIds()) ? Optional.empty()
                            : Optional.of("There is no such choice in this question."));
        }

        @Override
        public Fraction score(Answer answer) {
            return expect(answer, Answer.Choices.class).choiceIds().stream()
                    .map(weights::get)
                    .reduce(Fraction.ZERO, Fraction::plus)
                    .clampToUnit();
        }

        @Override
        public Answer rightAnswer() {
            Set<String> right = new HashSet<>();
            weights.forEach((choice, weight) -> {
                if (weight.isPositive()) {
                    right.add(choice);
                }
            });
            return new Answer.Choices(right);
        }
    }

    record TrueFalse(boolean correct) implements AnswerKey {
        @Override
        public Optional<String> problem(Answer answer) {
            return wrongShape(answer, Answer.Truth.class, "a value of true or false");
        }

        @Override
        public Fraction score(Answer answer) {
            return expect(answer, Answer.Truth.class).value() == correct ? Fraction.ONE : Fraction.ZERO;
        }

        @Override
        public Answer rightAnswer() {
            return new Answer.Truth(correct);
        }
    }

    /** Items matched to targets (gene to role); each correct pair earns its share. */
    record Matching(Map<String, String> correctTargetByItem, Set<String> targetIds) implements AnswerKey {
        public Matching {
            correctTargetByItem = Map.copyOf(correctTargetByItem);
            targetIds = Set.copyOf(targetIds);
            if (correctTargetByItem.isEmpty() || !targetIds.containsAll(correctTargetByItem.values())) {
                throw new IllegalArgumentException("Every item must match one of the targets");
            }
        }

        @Override
        public Optional<String> problem(Answer answer) {
            return wrongShape(answer, Answer.Pairs.class, "pairs of itemId to targetId").or(() -> {
                Map<String, String> pairs = ((Answer.Pairs) answer).targetByItem();
                return correctTargetByItem.keySet().containsAll(pairs.keySet()) && targetIds.containsAll(pairs.values())
                        ? Optional.empty() : Optional.of("There is no such item or target in this question.");
            });
        }

        @Override
        public Fraction score(Answer answer) {
            Map<String, String> pairs = expect(answer, Answer.Pairs.class).targetByItem();
            long right = correctTargetByItem.entrySet().stream()
                    .filter(pair -> pair.getValue().equals(pairs.get(pair.getKey())))
                    .count();
            return Fraction.of(right, correctTargetByItem.size());
        }

        @Override
        public Answer rightAnswer() {
            return new Answer.Pairs(correctTargetByItem);
        }
    }

    /**
     * Items put in order. With partial credit the score is the longest run of items that are in the
     * right order relative to each other (not necessarily adjacent), divided by the number of items;
     * without it, only the whole order counts.
     */
    record Ordering(List<String> correctOrder, boolean partialCredit) implements AnswerKey {
        public Ordering {
            correctOrder = List.copyOf(correctOrder);
            if (correctOrder.size() < 2 || Set.copyOf(correctOrder).size() != correctOrder.size()) {
                throw new IllegalArgumentException("An ordering needs at least two distinct items");
            }
        }

        @Override
        public Optional<String> problem(Answer answer) {
            return wrongShape(answer, Answer.Order.class, "the order of every itemId").or(() -> {
                List<String> order = ((Answer.Order) answer).itemIds();
                return order.size() == correctOrder.size() && Set.copyOf(order).equals(Set.copyOf(correctOrder))
                        ? Optional.empty() : Optional.of("Put every item of this question in order, each once.");
            });
        }

        @Override
        public Fraction score(Answer answer) {
            List<String> order = expect(answer, Answer.Order.class).itemIds();
            if (!partialCredit) {
                return order.equals(correctOrder) ? Fraction.ONE : Fraction.ZERO;
            }
            return Fraction.of(longestIncreasingRun(order.stream().map(correctOrder::indexOf).toList()),
                    correctOrder.size());
        }

        /** Length of the longest strictly increasing subsequence (patience sorting). */
        private static int longestIncreasingRun(List<Integer> positions) {
            List<Integer> tails = new ArrayList<>();
            for (int position : positions) {
                int slot = 0;
                while (slot < tails.size() && tails.get(slot) < position) {
                    slot++;
                }
                if (slot == tails.size()) {
                    tails.add(position);
                } else {
                    tails.set(slot, position);
                }
            }
            return tails.size();
        }

        @Override
        public Answer rightAnswer() {
            return new Answer.Order(correctOrder);
        }
    }

    /**
     * Typed text compared with accepted answers, each with a weight; {@code *} matches any run of
     * characters. Spaces at the ends and repeated spaces do not count; case counts only if asked.
     * The best matching weight wins.
     */
    record ShortAnswer(Map<String, Fraction> acceptedWeights, boolean caseSensitive) implements AnswerKey {
        public ShortAnswer {
            acceptedWeights = Collections.unmodifiableMap(new LinkedHashMap<>(acceptedWeights));
            if (acceptedWeights.values().stream().noneMatch(weight -> weight.compareTo(Fraction.ONE) == 0)) {
                throw new IllegalArgumentException("At least one accepted answer must earn full credit");
            }
        }

        @Override
        public Optional<String> problem(Answer answer) {
            return wrongShape(answer, Answer.Text.class, "text").or(() ->
                    ((Answer.Text) answer).text().length() <= MAX_TEXT ? Optional.empty()
                            : Optional.of("Answers are at most " + MAX_TEXT + " characters long."));
        }

        @Override
        public Fraction score(Answer answer) {
            String text = normalize(expect(answer, Answer.Text.class).text());
            return acceptedWeights.entrySet().stream()
                    .filter(accepted -> pattern(accepted.getKey()).matcher(text).matches())
                    .map(Map.Entry::getValue)
                    .max(Fraction::compareTo)
                    .orElse(Fraction.ZERO)
                    .clampToUnit();
        }

        private Pattern pattern(String accepted) {
            String regex = Arrays.stream(normalize(accepted).split("\\*", -1))
                    .map(part -> part.isEmpty() ? "" : Pattern.quote(part))
                    .collect(Collectors.joining(".*"));
            return Pattern.compile(regex, caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }

        private static String normalize(String text) {
            return text.strip().replaceAll("\\s+", " ");
        }

        @Override
        public Answer rightAnswer() {
            return new Answer.Text(acceptedWeights.entrySet().stream()
                    .filter(accepted -> accepted.getValue().compareTo(Fraction.ONE) == 0)
                    .map(Map.Entry::getKey)
                    .findFirst().orElseThrow());
        }

        @Override
        public String written() {
            return normalize(((Answer.Text) rightAnswer()).text().replace("*", ""));
        }
    }

    /** A number, right when within the tolerance of the value. */
    record Numeric(BigDecimal value, BigDecimal tolerance) implements AnswerKey {
        public Numeric {
            if (tolerance.signum() < 0) {
                throw new IllegalArgumentException("The tolerance cannot be negative");
            }
        }

        @Override
        public Optional<String> problem(Answer answer) {
            return wrongShape(answer, Answer.Number.class, "a number")
                    .or(() -> numberProblem(((Answer.Number) answer).value()));
        }

        @Override
        public Fraction score(Answer answer) {
            BigDecimal given = expect(answer, Answer.Number.class).value();
            return given.subtract(value).abs().compareTo(tolerance) <= 0 ? Fraction.ONE : Fraction.ZERO;
        }

        @Override
        public Answer rightAnswer() {
            return new Answer.Number(value);
        }

        @Override
        public String written() {
            String number = value.stripTrailingZeros().toPlainString();
            return tolerance.signum() == 0 ? number : number + " ± " + tolerance.stripTrailingZeros().toPlainString();
        }
    }
}
