package dev.cofactor.quiz.question;

import dev.cofactor.quiz.question.QuestionSpec.Accepted;
import dev.cofactor.quiz.question.QuestionSpec.Option;
import dev.cofactor.quiz.scoring.Answer;
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

/**
 * What makes a question of one type that type: one record per type, with only the fields it has, the
 * rules those fields obey, its answer key and the feedback an answer earns. {@link QuestionSpec} carries
 * every type's fields for JSON and GIFT (their shapes stay as authors know them) and reads its body with
 * {@link QuestionSpec#body()}; adding a type is a record here, a case there, and whatever the compiler
 * then asks for.
 */
public sealed interface QuestionBody {

    QuestionType type();

    /** Adds what is wrong with this type's fields, by the field an author would correct. */
    void check(Problems problems);

    /** The scoring core's key; for a body without problems. */
    AnswerKey key();

    /** The question spelled out as the carrier of every type's fields. */
    QuestionSpec spec(QuestionSpec.Common common);

    /** The feedback (Markdown) written for the answer given: the chosen choices', or true's or false's. */
    default List<String> feedbackOn(Answer answer) {
        return answerFeedback().stream().filter(feedback -> feedback.earnedBy(answer)).map(AnswerFeedback::markdown).toList();
    }

    /** Every feedback written for particular answers, for an author's preview; none by default. */
    default List<AnswerFeedback> answerFeedback() {
        return List.of();
    }

    /** What learners pick among, by id with its text (Markdown), for counting picks; empty when answers are typed or arranged. */
    default Map<String, String> pickable() {
        return Map.of();
    }

    /**
     * Feedback shown to whoever gave one answer: picked the choice {@code choiceId} (its text is
     * {@code choiceText}), or answered {@code truth}.
     */
    record AnswerFeedback(String choiceId, String choiceText, Boolean truth, String markdown) {

        boolean earnedBy(Answer answer) {
            if (answer instanceof Answer.Choice choice) {
                return choice.choiceId().equals(choiceId);
            } else if (answer instanceof Answer.Choices choices) {
                return choices.choiceIds().contains(choiceId);
            }
            return answer instanceof Answer.Truth given && Objects.equals(truth, given.value());
        }
    }

    /** A question answered by picking among choices, each with its weight and feedback. */
    sealed interface Choosing extends QuestionBody {

        List<Option> choices();

        @Override
        default QuestionSpec spec(QuestionSpec.Common common) {
            return common.spec(type(), choices(), null, null, null, null, null, null, null, null, null, null);
        }

        @Override
        default List<AnswerFeedback> answerFeedback() {
            return Problems.choiceFeedback(choices());
        }

        @Override
        default Map<String, String> pickable() {
            return Problems.texts(choices());
        }
    }

    /** One right choice among several. */
    record SingleChoice(List<Option> choices) implements Choosing {

        @Override
        public QuestionType type() {
            return QuestionType.SINGLE_CHOICE;
        }

        @Override
        public void check(Problems problems) {
            if (Problems.options(problems, "choices", choices, 2)) {
                long right = choices.stream().filter(choice -> Problems.weightOf(choice).compareTo(Fraction.ONE) == 0).count();
                if (right != 1) {
                    problems.add("choices", "A single-choice question needs exactly one correct choice, not " + right + ".");
                }
            }
        }

        @Override
        public AnswerKey key() {
            return new AnswerKey.SingleChoice(Problems.ids(choices), choices.stream()
                    .filter(choice -> Fraction.parse(choice.weight()).compareTo(Fraction.ONE) == 0)
                    .map(Option::id).reduce((one, two) -> {
                        throw new IllegalArgumentException("a single-choice question has exactly one right choice");
                    }).orElseThrow(() -> new IllegalArgumentException("no choice has full weight")));
        }

    }

    /** Tick every right choice; each choice carries a weight. */
    record MultipleResponse(List<Option> choices) implements Choosing {

        @Override
        public QuestionType type() {
            return QuestionType.MULTIPLE_RESPONSE;
        }

        @Override
        public void check(Problems problems) {
            if (Problems.options(problems, "choices", choices, 2)) {
                Fraction positive = choices.stream().map(Problems::weightOf).filter(Fraction::isPositive)
                        .reduce(Fraction.ZERO, Fraction::plus);
                if (positive.compareTo(Fraction.ONE) != 0) {
                    problems.add("choices", "The positive weights of a multiple-response question must add up to 100 %,"
                            + " not " + Decimals.percent(positive.times(Fraction.of(100, 1))).stripTrailingZeros()
                            .toPlainString() + " %.");
                }
                if (choices.stream().map(Problems::weightOf)
                        .anyMatch(weight -> weight.compareTo(Fraction.ONE) > 0 || weight.compareTo(Fraction.of(-1, 1)) < 0)) {
                    problems.add("choices", "Each weight lies between -100 % and 100 %.");
                }
            }
        }

        @Override
        public AnswerKey key() {
            Map<String, Fraction> weights = new LinkedHashMap<>();
            choices.forEach(choice -> weights.put(choice.id(), Fraction.parse(choice.weight())));
            return new AnswerKey.MultipleResponse(weights);
        }

    }

    /** A statement that is true or false, with feedback for each answer. */
    record TrueFalse(Boolean correct, String trueFeedback, String falseFeedback) implements QuestionBody {

        @Override
        public QuestionType type() {
            return QuestionType.TRUE_FALSE;
        }

        @Override
        public void check(Problems problems) {
            if (correct == null) {
                problems.add("correct", "Say whether the statement is true or false.");
            }
        }

        @Override
        public AnswerKey key() {
            return new AnswerKey.TrueFalse(correct);
        }


        @Override
        public QuestionSpec spec(QuestionSpec.Common common) {
            return common.spec(type(), null, null, null, null, null, null, correct, null, null, trueFeedback, falseFeedback);
        }

        @Override
        public List<AnswerFeedback> answerFeedback() {
            return java.util.stream.Stream.of(new AnswerFeedback(null, null, true, trueFeedback),
                    new AnswerFeedback(null, null, false, falseFeedback)).filter(feedback -> feedback.markdown() != null).toList();
        }

        @Override
        public Map<String, String> pickable() {
            Map<String, String> both = new LinkedHashMap<>();
            both.put("true", "True");
            both.put("false", "False");
            return both;
        }
    }

    /** Match each item to its target; credit per right pair. */
    record Matching(List<Option> items, List<Option> targets) implements QuestionBody {

        @Override
        public QuestionType type() {
            return QuestionType.MATCHING;
        }

        @Override
        public void check(Problems problems) {
            if (Problems.options(problems, "items", items, 2) && Problems.options(problems, "targets", targets, 2)) {
                Set<String> targetIds = Set.copyOf(Problems.ids(targets));
                if (items.stream().anyMatch(item -> item.match() == null || !targetIds.contains(item.match()))) {
                    problems.add("items", "Every item needs the target it matches.");
                }
            }
        }

        @Override
        public AnswerKey key() {
            Map<String, String> matches = new LinkedHashMap<>();
            items.forEach(item -> matches.put(item.id(), item.match()));
            return new AnswerKey.Matching(matches, Set.copyOf(Problems.ids(targets)));
        }


        @Override
        public QuestionSpec spec(QuestionSpec.Common common) {
            return common.spec(type(), null, items, targets, null, null, null, null, null, null, null, null);
        }
    }

    /** Put the items in order; credit by the longest run in the right order, or all or nothing. */
    record Ordering(List<Option> items, Boolean partialCredit) implements QuestionBody {

        @Override
        public QuestionType type() {
            return QuestionType.ORDERING;
        }

        @Override
        public void check(Problems problems) {
            Problems.options(problems, "items", items, 3);
        }

        @Override
        public AnswerKey key() {
            return new AnswerKey.Ordering(Problems.ids(items), partialCredit == null || partialCredit);
        }


        @Override
        public QuestionSpec spec(QuestionSpec.Common common) {
            return common.spec(type(), null, items, null, null, null, partialCredit, null, null, null, null, null);
        }
    }

    /** A typed answer compared with accepted answers, which may use * as a wildcard. */
    record ShortAnswer(List<Accepted> accepted, Boolean caseSensitive) implements QuestionBody {

        @Override
        public QuestionType type() {
            return QuestionType.SHORT_ANSWER;
        }

        @Override
        public void check(Problems problems) {
            if (accepted == null || accepted.isEmpty()) {
                problems.add("accepted", "Give at least one accepted answer.");
            } else if (accepted.stream().anyMatch(answer -> answer == null || answer.text() == null || answer.text().isBlank())) {
                problems.add("accepted", "An accepted answer cannot be empty.");
            } else if (accepted.stream().map(answer -> QuestionSpec.weightOrNull(answer.weight()))
                    .anyMatch(weight -> weight == null || weight.compareTo(Fraction.ZERO) < 0 || weight.compareTo(Fraction.ONE) > 0)) {
                problems.add("accepted", "Each accepted answer is worth from 0 % to 100 %.");
            } else if (accepted.stream().noneMatch(answer -> QuestionSpec.weightOrNull(answer.weight()).compareTo(Fraction.ONE) == 0)) {
                problems.add("accepted", "At least one accepted answer is worth 100 %.");
            }
        }

        @Override
        public AnswerKey key() {
            Map<String, Fraction> weights = new LinkedHashMap<>(); // an answer written twice earns its better weight
            accepted.forEach(answer -> weights.merge(answer.text(), Fraction.parse(answer.weight()),
                    (one, other) -> one.compareTo(other) >= 0 ? one : other));
            return new AnswerKey.ShortAnswer(weights, caseSensitive != null && caseSensitive);
        }


        @Override
        public QuestionSpec spec(QuestionSpec.Common common) {
            return common.spec(type(), null, null, null, accepted, caseSensitive, null, null, null, null, null, null);
        }
    }

    /** A number, right within a tolerance. */
    record Numeric(BigDecimal value, BigDecimal tolerance) implements QuestionBody {

        @Override
        public QuestionType type() {
            return QuestionType.NUMERIC;
        }

        @Override
        public void check(Problems problems) {
            if (value == null) {
                problems.add("value", "Give the right value.");
            } else {
                AnswerKey.numberProblem(value).ifPresent(problem -> problems.add("value", problem));
            }
            if (tolerance != null && tolerance.signum() < 0) {
                problems.add("tolerance", "The tolerance cannot be negative.");
            } else if (tolerance != null) {
                AnswerKey.numberProblem(tolerance).ifPresent(problem -> problems.add("tolerance", problem));
            }
        }

        @Override
        public AnswerKey key() {
            return new AnswerKey.Numeric(value, tolerance == null ? BigDecimal.ZERO : tolerance);
        }


        @Override
        public QuestionSpec spec(QuestionSpec.Common common) {
            return common.spec(type(), null, null, null, null, null, null, null, value, tolerance, null, null);
        }
    }

    /** What is wrong with a question, by field; several problems of one field are joined. */
    final class Problems {

        private final Map<String, String> byField = new LinkedHashMap<>();

        void add(String field, String message) {
            byField.merge(field, message, (first, second) -> first + " " + second);
        }

        Map<String, String> byField() {
            return byField;
        }

        /** Whether the list is there with enough entries, each with a text and an id unique in the list. */
        static boolean options(Problems problems, String field, List<Option> options, int fewest) {
            if (options == null || options.size() < fewest) {
                problems.add(field, "Give at least " + fewest + " " + field + ".");
                return false;
            }
            Set<String> ids = new HashSet<>();
            if (options.stream().anyMatch(option -> option == null || option.id() == null || option.text() == null
                    || option.text().isBlank() || !ids.add(option.id()))) {
                problems.add(field, "Every one of the " + field + " needs a text and an id unique in its list.");
                return false;
            }
            if (field.equals("choices") && options.stream().anyMatch(option -> QuestionSpec.weightOrNull(option.weight()) == null)) {
                problems.add(field, "Every choice needs a weight: a percentage such as 50 or a fraction such as 1/3.");
                return false;
            }
            return true;
        }

        static Fraction weightOf(Option choice) {
            return QuestionSpec.weightOrNull(choice.weight());
        }

        static List<String> ids(List<Option> options) {
            return options.stream().map(Option::id).toList();
        }

        static Map<String, String> texts(List<Option> options) {
            Map<String, String> texts = new LinkedHashMap<>();
            if (options != null) {
                options.forEach(option -> texts.put(option.id(), option.text()));
            }
            return texts;
        }

        static List<AnswerFeedback> choiceFeedback(List<Option> choices) {
            return choices == null ? List.of() : choices.stream().filter(choice -> choice.feedback() != null)
                    .map(choice -> new AnswerFeedback(choice.id(), choice.text(), null, choice.feedback())).toList();
        }
    }
}
