package dev.cofactor.quiz.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerKeyTest {

    private static Fraction f(String text) {
        return Fraction.parse(text);
    }

    @Nested
    class SingleChoice {
        private final AnswerKey key = new AnswerKey.SingleChoice(List.of("a", "b", "c"), "b");

        @Test
        void scoresOneForTheRightChoiceAndZeroOtherwise() {
            assertThat(key.score(new Answer.Choice("b"))).isEqualTo(Fraction.ONE);
            assertThat(key.score(new Answer.Choice("a"))).isEqualTo(Fraction.ZERO);
        }

        @Test
        void refusesAnUnknownChoiceOrAnotherShape() {
            assertThat(key.problem(new Answer.Choice("z"))).hasValue("There is no such choice in this question.");
            assertThat(key.problem(new Answer.Truth(true))).hasValue("This question expects one choiceId.");
            assertThatThrownBy(() -> key.score(new Answer.Truth(true))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class MultipleResponse {
        private final AnswerKey key = new AnswerKey.MultipleResponse(Map.of(
                "a", f("1/3"), "b", f("1/3"), "c", f("1/3"), "d", f("-1/2"), "e", f("-1")));

        @Test
        void sumsTheTickedWeightsExactly() {
            assertThat(key.score(new Answer.Choices(Set.of("a", "b", "c")))).isEqualTo(Fraction.ONE);
            assertThat(key.score(new Answer.Choices(Set.of("a", "b")))).isEqualTo(Fraction.of(2, 3));
            assertThat(key.score(new Answer.Choices(Set.of("a", "b", "d")))).isEqualTo(Fraction.of(1, 6));
        }

        @Test
        void neverGoesBelowZero() {
            assertThat(key.score(new Answer.Choices(Set.of("a", "e")))).isEqualTo(Fraction.ZERO);
            assertThat(key.score(new Answer.Choices(Set.of()))).isEqualTo(Fraction.ZERO);
        }

        @Test
        void refusesWeightsWhosePositivePartIsNotAHundredPercent() {
            assertThatThrownBy(() -> new AnswerKey.MultipleResponse(Map.of("a", f("50%"), "b", f("40%"))))
                    .hasMessageContaining("must add up to 100 %");
        }

        @Test
        void theRightAnswerTicksEveryPositiveChoice() {
            assertThat(key.rightAnswer()).isEqualTo(new Answer.Choices(Set.of("a", "b", "c")));
        }
    }

    @Test
    void trueFalseScoresTheMatchingValue() {
        AnswerKey key = new AnswerKey.TrueFalse(false);
        assertThat(key.score(new Answer.Truth(false))).isEqualTo(Fraction.ONE);
        assertThat(key.score(new Answer.Truth(true))).isEqualTo(Fraction.ZERO);
    }

    @Nested
    class Matching {
        private final AnswerKey key = new AnswerKey.Matching(
                Map.of("grin2a", "nmda", "slc6a9", "transport", "gabra", "gaba"), Set.of("nmda", "transport", "gaba", "none"));

        @Test
        void givesCreditPerCorrectPair() {
            assertThat(key.score(new Answer.Pairs(Map.of("grin2a", "nmda", "slc6a9", "transport", "gabra", "none"))))
                    .isEqualTo(Fraction.of(2, 3));
            assertThat(key.score(new Answer.Pairs(Map.of("grin2a", "nmda")))).isEqualTo(Fraction.of(1, 3));
            assertThat(key.score(key.rightAnswer())).isEqualTo(Fraction.ONE);
        }

        @Test
        void refusesUnknownItemsAndTargets() {
            assertThat(key.problem(new Answer.Pairs(Map.of("grin2a", "nowhere")))).isPresent();
            assertThat(key.problem(new Answer.Pairs(Map.of("gene", "nmda")))).isPresent();
        }
    }

    @Nested
    class Ordering {
        private final List<String> steps = List.of("glycine", "glutamate", "unblock", "open", "calcium");

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "glycine,glutamate,unblock,open,calcium | 1",
                "glutamate,glycine,unblock,open,calcium | 4/5",
                "calcium,open,unblock,glutamate,glycine | 1/5",
                "open,calcium,glycine,glutamate,unblock | 3/5"})
        void givesCreditForTheLongestCorrectlyOrderedSubsequence(String order, String credit) {
            AnswerKey key = new AnswerKey.Ordering(steps, true);
            assertThat(key.score(new Answer.Order(List.of(order.split(","))))).isEqualTo(f(credit));
        }

        @Test
        void allOrNothingGivesCreditOnlyForTheWholeOrder() {
            AnswerKey key = new AnswerKey.Ordering(steps, false);
            assertThat(key.score(new Answer.Order(steps))).isEqualTo(Fraction.ONE);
            assertThat(key.score(new Answer.Order(List.of("glutamate", "glycine", "unblock", "open", "calcium"))))
                    .isEqualTo(Fraction.ZERO);
        }

        @Test
        void refusesAnOrderThatLeavesOutOrRepeatsAnItem() {
            AnswerKey key = new AnswerKey.Ordering(steps, true);
            assertThat(key.problem(new Answer.Order(List.of("glycine", "glycine", "unblock", "open", "calcium"))))
                    .isPresent();
            assertThat(key.problem(new Answer.Order(List.of("glycine")))).isPresent();
        }
    }

    @Nested
    class ShortAnswer {
        private final AnswerKey key = new AnswerKey.ShortAnswer(
                Map.of("GluN1", Fraction.ONE, "GluN*", f("1/2")), false);

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "GluN1 | 1", "  glun1  | 1", "GluN2A | 1/2", "GluN | 1/2", "NR1 | 0", "the GluN1 | 0"})
        void takesTheBestMatchingWeightIgnoringCaseAndOuterSpaces(String text, String credit) {
            assertThat(key.score(new Answer.Text(text))).isEqualTo(f(credit));
        }

        @Test
        void honoursCaseWhenAsked() {
            AnswerKey strict = new AnswerKey.ShortAnswer(Map.of("GRIN2A", Fraction.ONE), true);
            assertThat(strict.score(new Answer.Text("GRIN2A"))).isEqualTo(Fraction.ONE);
            assertThat(strict.score(new Answer.Text("grin2a"))).isEqualTo(Fraction.ZERO);
        }

        @Test
        void treatsRegexCharactersLiterally() {
            AnswerKey key = new AnswerKey.ShortAnswer(Map.of("Cl-", Fraction.ONE), false);
            assertThat(key.score(new Answer.Text("Cl-"))).isEqualTo(Fraction.ONE);
            assertThat(new AnswerKey.ShortAnswer(Map.of("a.c", Fraction.ONE), false).score(new Answer.Text("abc")))
                    .isEqualTo(Fraction.ZERO);
        }

        @Test
        void writesTheRightAnswerWithoutItsWildcards() {
            assertThat(new AnswerKey.ShortAnswer(Map.of("benzodiazepine*", Fraction.ONE), false).written())
                    .isEqualTo("benzodiazepine");
            assertThat(key.written()).isEqualTo("GluN1");
        }

        @Test
        void refusesOversizedText() {
            assertThat(key.problem(new Answer.Text("x".repeat(AnswerKey.MAX_TEXT + 1)))).isPresent();
        }
    }

    @Test
    void numericAcceptsValuesWithinTheTolerance() {
        AnswerKey key = new AnswerKey.Numeric(new BigDecimal("2"), new BigDecimal("0.1"));
        assertThat(key.score(new Answer.Number(new BigDecimal("2.1")))).isEqualTo(Fraction.ONE);
        assertThat(key.score(new Answer.Number(new BigDecimal("1.9")))).isEqualTo(Fraction.ONE);
        assertThat(key.score(new Answer.Number(new BigDecimal("2.11")))).isEqualTo(Fraction.ZERO);
        assertThat(key.written()).isEqualTo("2 ± 0.1");
        assertThat(new AnswerKey.Numeric(new BigDecimal("2.50"), BigDecimal.ZERO).written()).isEqualTo("2.5");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1/3 | 1/3", "-50% | -1/2", "0.25 | 1/4", "2/4 | 1/2", "1 | 1", "33.5% | 67/200"})
    void fractionsParseExactly(String text, String expected) {
        Fraction parsed = Fraction.parse(text);
        assertThat(parsed.toString()).isEqualTo(expected.strip());
    }
}
