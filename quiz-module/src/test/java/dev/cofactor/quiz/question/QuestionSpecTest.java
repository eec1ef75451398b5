package dev.cofactor.quiz.question;

import static dev.cofactor.quiz.question.Questions.choice;
import static dev.cofactor.quiz.question.Questions.item;
import static dev.cofactor.quiz.question.Questions.target;
import static dev.cofactor.quiz.question.Questions.weighted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cofactor.quiz.question.QuestionSpec.Accepted;
import dev.cofactor.quiz.question.QuestionSpec.Option;
import dev.cofactor.quiz.scoring.Answer;
import dev.cofactor.quiz.scoring.AnswerKey;
import dev.cofactor.quiz.scoring.Fraction;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules a question obeys before it is stored ({@link QuestionSpec#check()}), each asserted as the field
 * and message an author sees; when two specs are the same question ({@link QuestionSpec#sameAs}, which
 * decides whether a save makes a new version); and the key and body each type reads.
 */
class QuestionSpecTest {

    static final String TOO_PRECISE = "A weight is too precise to add up exactly; use a percentage or a fraction such as 1/3.";
    static final String BAD_OPTION = "Every one of the %s needs a text and an id unique in its list.";
    static final String NO_WEIGHT = "Every choice needs a weight: a percentage such as 50 or a fraction such as 1/3.";
    static final String BAD_NUMBER = "Give a number smaller than 10^15 in size, with at most 15 decimals.";

    private static Map<String, String> problemsOf(Questions question) {
        return question.build().check();
    }

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void aSoundQuestionOfEveryTypeHasNoProblem(QuestionType type) {
        QuestionSpec spec = Questions.sound(type).build();
        assertThat(spec.check()).isEmpty();
        assertThat(spec.problems()).isEmpty();
    }

    @Nested
    class SharedFields {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"Not An Id", "gaba_role", "-gaba", "gaba-", "gaba--role", "gába", "gaba role"})
        void theIdIsLowerCaseWordsJoinedByHyphens(String id) {
            assertThat(problemsOf(Questions.singleChoice().id(id)))
                    .containsExactly(entry("id", "The id must be lower-case words joined by hyphens, at most 80 characters."));
        }

        @Test
        void theIdIsAtMostEightyCharacters() {
            String eighty = "a".repeat(39) + "-" + "b".repeat(40);
            assertThat(problemsOf(Questions.singleChoice().id(eighty))).isEmpty();
            assertThat(problemsOf(Questions.singleChoice().id(eighty + "c"))).containsOnlyKeys("id");
        }

        @Test
        void aMissingTypeIsTheOnlyProblemReportedForTheTypesFields() {
            // choices that would break every choice rule: without a type none of them is checked
            assertThat(problemsOf(Questions.singleChoice().type(null).choices(choice("a", " ", "lots"))))
                    .containsExactly(entry("type", "The type must be one of single_choice, multiple_response, true_false,"
                            + " matching, ordering, short_answer, numeric."));
        }

        @Test
        void theMissingTypeMessageNamesEveryTypeAsJsonSpellsIt() throws NoSuchFieldException {
            String message = problemsOf(Questions.trueFalse().type(null)).get("type");
            for (QuestionType type : QuestionType.values()) {
                String json = QuestionType.class.getField(type.name()).getAnnotation(JsonProperty.class).value();
                assertThat(message).contains(" " + json);
            }
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "\n\t"})
        void aStemIsWritten(String stem) {
            assertThat(problemsOf(Questions.singleChoice().stem(stem))).containsExactly(entry("stem", "Write the question's stem."));
        }

        @Test
        void aStemIsAtMostTwentyThousandCharacters() {
            assertThat(problemsOf(Questions.singleChoice().stem("x".repeat(20_000)))).isEmpty();
            assertThat(problemsOf(Questions.singleChoice().stem("x".repeat(20_001))))
                    .containsExactly(entry("stem", "The stem is longer than 20000 characters."));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1, 101, Integer.MIN_VALUE})
        void pointsAreAWholeNumberFromOneToAHundred(int points) {
            assertThat(problemsOf(Questions.singleChoice().points(points)))
                    .containsExactly(entry("points", "Points must be a whole number from 1 to 100."));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(ints = {1, 100})
        void pointsMayBeLeftOutOrFromOneToAHundred(Integer points) {
            assertThat(problemsOf(Questions.singleChoice().points(points))).isEmpty();
        }

        static Stream<String> badTags() {
            return Stream.of("", " ", null, "x".repeat(41));
        }

        @ParameterizedTest
        @MethodSource("badTags")
        void eachTagIsOneToFortyCharacters(String tag) {
            assertThat(problemsOf(Questions.singleChoice().tags("GABA-A", tag)))
                    .containsExactly(entry("tags", "Each tag is 1 to 40 characters."));
        }

        @Test
        void tagsMayBeLeftOutOrEmptyOrFortyCharactersLong() {
            assertThat(problemsOf(Questions.singleChoice().tags((List<String>) null))).isEmpty();
            assertThat(problemsOf(Questions.singleChoice().tags())).isEmpty();
            assertThat(problemsOf(Questions.singleChoice().tags("x".repeat(40)))).isEmpty();
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = " ")
        void theEvidenceNamesASection(String evidence) {
            assertThat(problemsOf(Questions.singleChoice().evidence(evidence)))
                    .containsExactly(entry("evidence", "Choose the article section whose text supports the answer."));
        }

        @Test
        void whetherTheQuoteIsInTheSectionIsNotForTheSpecToSay() {
            assertThat(problemsOf(Questions.singleChoice().quote("words the article never says"))).isEmpty();
        }

        @Test
        void generalFeedbackIsAtMostTwentyThousandCharacters() {
            assertThat(problemsOf(Questions.singleChoice().feedback("x".repeat(20_000)))).isEmpty();
            assertThat(problemsOf(Questions.singleChoice().feedback("x".repeat(20_001))))
                    .containsExactly(entry("feedback", "Feedback is longer than 20000 characters."));
        }

        @Test
        void feedbackOnTrueOrOnFalseIsAtMostTwentyThousandCharactersAndIsReportedOnce() {
            String tooLong = "x".repeat(20_001);
            assertThat(problemsOf(Questions.trueFalse().trueFeedback(tooLong)))
                    .containsExactly(entry("feedback", "Feedback is longer than 20000 characters."));
            assertThat(problemsOf(Questions.trueFalse().falseFeedback(tooLong)))
                    .containsExactly(entry("feedback", "Feedback is longer than 20000 characters."));
            assertThat(problemsOf(Questions.trueFalse().feedback(tooLong).trueFeedback(tooLong).falseFeedback(tooLong)))
                    .containsExactly(entry("feedback", "Feedback is longer than 20000 characters."));
        }

        @Test
        void everyBrokenFieldIsReportedInTheOrderOfTheForm() {
            QuestionSpec spec = Questions.singleChoice().id("Bad Id").stem(" ").points(0).evidence(null)
                    .choices(weighted("1", "1")).build();
            assertThat(spec.check()).containsExactly(
                    entry("id", "The id must be lower-case words joined by hyphens, at most 80 characters."),
                    entry("stem", "Write the question's stem."),
                    entry("points", "Points must be a whole number from 1 to 100."),
                    entry("evidence", "Choose the article section whose text supports the answer."),
                    entry("choices", "A single-choice question needs exactly one correct choice, not 2."));
            assertThat(spec.problems()).containsExactlyElementsOf(spec.check().values());
        }
    }

    /** The rules single choice and multiple response share for their choices. */
    @Nested
    class Choices {

        @ParameterizedTest
        @EnumSource(names = {"SINGLE_CHOICE", "MULTIPLE_RESPONSE"})
        void aChoiceQuestionHasAtLeastTwoChoices(QuestionType type) {
            assertThat(problemsOf(Questions.sound(type).choices((List<Option>) null)))
                    .containsExactly(entry("choices", "Give at least 2 choices."));
            assertThat(problemsOf(Questions.sound(type).choices(choice("a", "A", "1"))))
                    .containsExactly(entry("choices", "Give at least 2 choices."));
        }

        static Stream<Arguments> brokenChoices() {
            return Stream.of(
                    Arguments.of("two choices with one id", List.of(choice("a", "A", "1"), choice("a", "B", "0"))),
                    Arguments.of("a choice without an id", List.of(choice("a", "A", "1"), choice(null, "B", "0"))),
                    Arguments.of("a choice without a text", List.of(choice("a", "A", "1"), choice("b", null, "0"))),
                    Arguments.of("a choice with a blank text", List.of(choice("a", "A", "1"), choice("b", " ", "0"))),
                    Arguments.of("a null choice", Arrays.asList(choice("a", "A", "1"), null, choice("b", "B", "0"))));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("brokenChoices")
        void everyChoiceHasATextAndAnIdUniqueInItsList(String broken, List<Option> choices) {
            for (QuestionType type : List.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_RESPONSE)) {
                assertThat(problemsOf(Questions.sound(type).choices(choices))).as(type.name())
                        .containsExactly(entry("choices", BAD_OPTION.formatted("choices")));
            }
        }

        @ParameterizedTest
        @CsvSource(value = {"NULL", "''", "half", "1/0", "abc%", "1/2/3", "1/3.5"}, nullValues = "NULL")
        void everyChoiceHasAWeightThatIsANumber(String weight) {
            for (QuestionType type : List.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_RESPONSE)) {
                assertThat(problemsOf(Questions.sound(type).choices(choice("a", "A", "1"), choice("b", "B", weight))))
                        .as(type.name()).containsExactly(entry("choices", NO_WEIGHT));
            }
        }
    }

    @Nested
    class SingleChoice {

        @ParameterizedTest(name = "weights {0} and {1}: not {2}")
        @CsvSource({"1, 1, 2", "0, 0, 0", "1/2, 1/2, 0", "100%, 1.0, 2", "0.99, 0, 0"})
        void aSingleChoiceNeedsExactlyOneRightChoice(String first, String second, int right) {
            QuestionSpec spec = Questions.singleChoice().choices(weighted(first, second)).build();
            String message = "A single-choice question needs exactly one correct choice, not " + right + ".";
            assertThat(spec.check()).containsExactly(entry("choices", message));
            assertThat(spec.problems()).containsExactly(message);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1", "100%", "1.0", "2/2", " 1 "})
        void theRightChoiceHasFullWeightWrittenAnyWay(String full) {
            assertThat(problemsOf(Questions.singleChoice().choices(weighted("0", full, "0")))).isEmpty();
            assertThat(Questions.singleChoice().choices(weighted("0", full, "0")).build().key())
                    .isEqualTo(new AnswerKey.SingleChoice(List.of("a", "b", "c"), "b"));
        }

        /** As GIFT export says: Cofactor scores a single choice's other choices 0 whatever their weight. */
        @Test
        void theOtherChoicesOfASingleChoiceScoreNothingWhateverTheirWeight() {
            QuestionSpec spec = Questions.singleChoice().choices(weighted("1", "1/2", "-5")).build();
            assertThat(spec.check()).isEmpty();
            assertThat(spec.key().score(new Answer.Choice("b"))).isEqualTo(Fraction.ZERO);
        }
    }

    @Nested
    class MultipleResponse {

        @ParameterizedTest(name = "{0}: not {1} %")
        @CsvSource(delimiter = ';', value = {
                "1/2, 1/4, -1; 75", "1/3, 1/3, 0; 66.66", "0, 0; 0", "1, 1/2; 150", "-1, -1/2; 0",
                "33.33333%, 33.33333%, 33.33333%; 99.99"})
        void thePositiveWeightsAddUpToAHundredPercent(String weights, String percent) {
            assertThat(problemsOf(Questions.multipleResponse().choices(weighted(weights.split(", ")))))
                    .containsExactly(entry("choices", "The positive weights of a multiple-response question must add up to"
                            + " 100 %, not " + percent + " %."));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1/3, 1/3, 1/3", "1, -1", "1, -100%, 0", "50%, 0.5, -0.25"})
        void weightsThatAddUpExactlyAreSound(String weights) {
            assertThat(problemsOf(Questions.multipleResponse().choices(weighted(weights.split(", "))))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"-2", "-101%", "-1.01"})
        void eachWeightLiesBetweenMinusAndPlusAHundredPercent(String negative) {
            assertThat(problemsOf(Questions.multipleResponse().choices(weighted("1/2", "1/2", negative))))
                    .containsExactly(entry("choices", "Each weight lies between -100 % and 100 %."));
        }

        @Test
        void aWeightAboveAHundredPercentBreaksBothRulesAndBothAreSaidInOneMessage() {
            assertThat(problemsOf(Questions.multipleResponse().choices(weighted("2", "-1"))))
                    .containsExactly(entry("choices", "The positive weights of a multiple-response question must add up to"
                            + " 100 %, not 200 %. Each weight lies between -100 % and 100 %."));
        }

        @Test
        void weightsTooPreciseToAddUpAreReportedAgainstTheType() {
            QuestionSpec spec = Questions.multipleResponse().choices(weighted("1/9000000000", "1/9000000001")).build();
            assertThat(spec.check()).containsExactly(entry("type", TOO_PRECISE));
        }
    }

    @Nested
    class TrueFalse {

        @Test
        void aTrueFalseQuestionSaysWhetherTheStatementIsTrue() {
            assertThat(problemsOf(Questions.trueFalse().correct(null)))
                    .containsExactly(entry("correct", "Say whether the statement is true or false."));
        }

        @ParameterizedTest
        @ValueSource(booleans = {true, false})
        void eitherAnswerMayBeRight(boolean correct) {
            assertThat(problemsOf(Questions.trueFalse().correct(correct))).isEmpty();
            assertThat(Questions.trueFalse().correct(correct).build().key()).isEqualTo(new AnswerKey.TrueFalse(correct));
        }
    }

    @Nested
    class Matching {

        @Test
        void aMatchingQuestionHasAtLeastTwoItemsAndTwoTargets() {
            assertThat(problemsOf(Questions.matching().items(item("grin2a", "GRIN2A", "nmda"))))
                    .containsExactly(entry("items", "Give at least 2 items."));
            assertThat(problemsOf(Questions.matching().items((List<Option>) null)))
                    .containsExactly(entry("items", "Give at least 2 items."));
            assertThat(problemsOf(Questions.matching().items(item("grin2a", "GRIN2A", "nmda"), item("slc6a9", "SLC6A9", "nmda"))
                    .targets(target("nmda", "NMDA receptor subunit"))))
                    .containsExactly(entry("targets", "Give at least 2 targets."));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"nowhere", "NMDA", ""})
        void everyItemMatchesOneOfTheTargets(String match) {
            assertThat(problemsOf(Questions.matching().items(item("grin2a", "GRIN2A", "nmda"), item("slc6a9", "SLC6A9", match))))
                    .containsExactly(entry("items", "Every item needs the target it matches."));
        }

        @Test
        void itemsAndTargetsEachHaveATextAndAnIdUniqueInTheirList() {
            assertThat(problemsOf(Questions.matching().items(item("grin2a", "GRIN2A", "nmda"), item("grin2a", "SLC6A9", "transport"))))
                    .containsExactly(entry("items", BAD_OPTION.formatted("items")));
            assertThat(problemsOf(Questions.matching().targets(target("nmda", "NMDA"), target("transport", " "))))
                    .containsExactly(entry("targets", BAD_OPTION.formatted("targets")));
        }

        @Test
        void twoItemsMayShareATargetAndATargetMayMatchNoItem() {
            assertThat(problemsOf(Questions.matching().items(item("grin2a", "GRIN2A", "nmda"), item("grin2b", "GRIN2B", "nmda"))))
                    .isEmpty();
        }
    }

    @Nested
    class Ordering {

        @Test
        void anOrderingQuestionHasAtLeastThreeItems() {
            assertThat(problemsOf(Questions.ordering().items(target("one", "One"), target("two", "Two"))))
                    .containsExactly(entry("items", "Give at least 3 items."));
            assertThat(problemsOf(Questions.ordering().items((List<Option>) null)))
                    .containsExactly(entry("items", "Give at least 3 items."));
        }

        @Test
        void everyItemHasATextAndAnIdUniqueInTheList() {
            assertThat(problemsOf(Questions.ordering().items(target("one", "One"), target("two", "Two"), target("one", "Three"))))
                    .containsExactly(entry("items", BAD_OPTION.formatted("items")));
        }
    }

    @Nested
    class ShortAnswer {

        @Test
        void aShortAnswerHasAtLeastOneAcceptedAnswer() {
            assertThat(problemsOf(Questions.shortAnswer().accepted((List<Accepted>) null)))
                    .containsExactly(entry("accepted", "Give at least one accepted answer."));
            assertThat(problemsOf(Questions.shortAnswer().accepted()))
                    .containsExactly(entry("accepted", "Give at least one accepted answer."));
        }

        @Test
        void anAcceptedAnswerIsNotEmpty() {
            for (Accepted empty : Arrays.asList(new Accepted(" ", "1"), new Accepted(null, "1"), null)) {
                assertThat(problemsOf(Questions.shortAnswer().accepted(new Accepted("calcium", "1"), empty))).as("%s", empty)
                        .containsExactly(entry("accepted", "An accepted answer cannot be empty."));
            }
        }

        @ParameterizedTest
        @CsvSource(value = {"-1/2", "2", "101%", "half", "NULL"}, nullValues = "NULL")
        void eachAcceptedAnswerIsWorthFromNothingToAHundredPercent(String weight) {
            assertThat(problemsOf(Questions.shortAnswer().accepted(new Accepted("calcium", "1"), new Accepted("Ca", weight))))
                    .containsExactly(entry("accepted", "Each accepted answer is worth from 0 % to 100 %."));
        }

        @Test
        void atLeastOneAcceptedAnswerIsWorthAHundredPercent() {
            assertThat(problemsOf(Questions.shortAnswer().accepted(new Accepted("benzo*", "1/2"), new Accepted("GABA", "0"))))
                    .containsExactly(entry("accepted", "At least one accepted answer is worth 100 %."));
        }

        /** The key's rule, "the best matching weight wins", holds for an answer written twice too. */
        @Test
        void anAnswerAcceptedTwiceEarnsTheBetterOfItsWeights() {
            QuestionSpec onlyFullAnswer = Questions.shortAnswer().accepted(new Accepted("calcium", "1"),
                    new Accepted("sodium", "1/2"), new Accepted("calcium", "0")).build();
            assertThat(onlyFullAnswer.check()).isEmpty();
            assertThat(onlyFullAnswer.key().score(new Answer.Text("calcium"))).isEqualTo(Fraction.ONE);

            QuestionSpec anotherFullAnswer = Questions.shortAnswer().accepted(new Accepted("calcium", "1"),
                    new Accepted("ca", "1"), new Accepted("calcium", "1/4")).build();
            assertThat(anotherFullAnswer.key().score(new Answer.Text("calcium"))).isEqualTo(Fraction.ONE);
        }

        @Test
        void anAnswerWorthNothingMayBeAccepted() {
            assertThat(problemsOf(Questions.shortAnswer().accepted(new Accepted("calcium", "100%"), new Accepted("sodium", "0"))))
                    .isEmpty();
        }
    }

    @Nested
    class Numeric {

        @Test
        void aNumericQuestionGivesItsValue() {
            assertThat(problemsOf(Questions.numeric().value(null))).containsExactly(entry("value", "Give the right value."));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1000000000000000", "-1000000000000000", "0.1234567890123456"})
        void theValueIsSmallerThanTenToTheFifteenWithAtMostFifteenDecimals(String value) {
            assertThat(problemsOf(Questions.numeric().value(value))).containsExactly(entry("value", BAD_NUMBER));
        }

        @ParameterizedTest
        @ValueSource(strings = {"999999999999999", "-5", "0.123456789012345", "1.000000000000000000000", "0"})
        void valuesWithinTheLimitsAreSound(String value) {
            assertThat(problemsOf(Questions.numeric().value(value))).isEmpty();
        }

        @Test
        void theToleranceIsNotNegative() {
            assertThat(problemsOf(Questions.numeric().tolerance("-1")))
                    .containsExactly(entry("tolerance", "The tolerance cannot be negative."));
            assertThat(problemsOf(Questions.numeric().tolerance("-0.0000000000000001")))
                    .containsExactly(entry("tolerance", "The tolerance cannot be negative."));
        }

        @Test
        void theToleranceIsWithinTheSameLimitsAsTheValue() {
            assertThat(problemsOf(Questions.numeric().tolerance("0.0000000000000001")))
                    .containsExactly(entry("tolerance", BAD_NUMBER));
            assertThat(problemsOf(Questions.numeric().tolerance("1000000000000000")))
                    .containsExactly(entry("tolerance", BAD_NUMBER));
        }

        @Test
        void theToleranceMayBeLeftOutOrZero() {
            assertThat(problemsOf(Questions.numeric().tolerance(null))).isEmpty();
            assertThat(problemsOf(Questions.numeric().tolerance("0"))).isEmpty();
        }

        @Test
        void aMissingValueAndANegativeToleranceAreBothReported() {
            assertThat(problemsOf(Questions.numeric().value(null).tolerance("-1"))).containsExactly(
                    entry("value", "Give the right value."), entry("tolerance", "The tolerance cannot be negative."));
        }
    }

    /** What counts as the same question, so that saving it again makes no new version. */
    @Nested
    class Sameness {

        @Test
        void theCanonicalFormSpellsOutTheDefaults() {
            QuestionSpec single = Questions.singleChoice().points(null).tags((List<String>) null).evidence(" ").quote("")
                    .feedback(" ").choices(choice("a", "A", "100%", " "), choice("b", "B", "0.0")).build().canonical();
            assertThat(single.points()).isEqualTo(1);
            assertThat(single.tags()).isEmpty();
            assertThat(single.evidence()).isNull();
            assertThat(single.quote()).isNull();
            assertThat(single.feedback()).isNull();
            assertThat(single.choices()).containsExactly(choice("a", "A", "1"), choice("b", "B", "0"));
            assertThat(single.caseSensitive()).isNull();
            assertThat(single.partialCredit()).isNull();
            assertThat(single.tolerance()).isNull();

            assertThat(Questions.shortAnswer().build().canonical().caseSensitive()).isFalse();
            assertThat(Questions.ordering().build().canonical().partialCredit()).isTrue();
            assertThat(Questions.numeric().tolerance(null).build().canonical().tolerance()).isEqualTo(BigDecimal.ZERO);
            assertThat(Questions.multipleResponse().build().canonical().choices()).extracting(Option::weight)
                    .containsExactly("1/2", "1/2", "-1/2");
        }

        @ParameterizedTest
        @EnumSource(QuestionType.class)
        void theCanonicalFormOfTheCanonicalFormIsItself(QuestionType type) {
            QuestionSpec canonical = Questions.sound(type).points(null).tags((List<String>) null).build().canonical();
            assertThat(canonical.canonical()).isEqualTo(canonical);
        }

        static Stream<Arguments> sameQuestions() {
            return Stream.of(
                    same("points left out and 1 point", Questions.singleChoice().points(null), Questions.singleChoice().points(1)),
                    same("no tag list and an empty one", Questions.singleChoice().tags((List<String>) null),
                            Questions.singleChoice().tags()),
                    same("50% and 1/2 and 0.5", Questions.multipleResponse().choices(weighted("50%", "1/2", "-0.5")),
                            Questions.multipleResponse().choices(weighted("1/2", "0.5", "-50%"))),
                    same("1 and 100%, 0 and 0%", Questions.singleChoice().choices(weighted("1", "0")),
                            Questions.singleChoice().choices(weighted("100%", "0%"))),
                    same("an accepted answer's 100% and 1", Questions.shortAnswer().accepted(new Accepted("calcium", "100%")),
                            Questions.shortAnswer().accepted(new Accepted("calcium", "1"))),
                    same("case sensitivity left out and false", Questions.shortAnswer().caseSensitive(null),
                            Questions.shortAnswer().caseSensitive(false)),
                    same("partial credit left out and true", Questions.ordering().partialCredit(null),
                            Questions.ordering().partialCredit(true)),
                    same("tolerance left out and 0", Questions.numeric().tolerance(null), Questions.numeric().tolerance("0")),
                    same("tolerance 0 and 0.000", Questions.numeric().tolerance("0"), Questions.numeric().tolerance("0.000")),
                    same("value 2.5 and 2.50", Questions.numeric().value("2.5"), Questions.numeric().value("2.50")),
                    same("blank and absent general feedback", Questions.singleChoice().feedback(" \n"),
                            Questions.singleChoice().feedback(null)),
                    same("blank and absent choice feedback", Questions.singleChoice().choices(choice("a", "A", "1", ""),
                            choice("b", "B", "0", " ")), Questions.singleChoice().choices(choice("a", "A", "1"), choice("b", "B", "0"))),
                    same("blank and absent feedback on true and on false", Questions.trueFalse().trueFeedback(" ").falseFeedback(""),
                            Questions.trueFalse()),
                    same("blank and absent evidence", Questions.singleChoice().evidence(" "), Questions.singleChoice().evidence(null)),
                    same("blank and absent quote", Questions.singleChoice().quote(""), Questions.singleChoice().quote(null)),
                    same("case sensitivity on a type without it", Questions.singleChoice().caseSensitive(false),
                            Questions.singleChoice()));
        }

        private static Arguments same(String how, Questions one, Questions other) {
            return Arguments.of(how, one.build(), other.build());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("sameQuestions")
        void theseSayTheSameThing(String how, QuestionSpec one, QuestionSpec other) {
            assertThat(one.sameAs(other)).isTrue();
            assertThat(other.sameAs(one)).isTrue();
            assertThat(one.canonical()).isEqualTo(other.canonical());
        }

        static Stream<Arguments> changes() {
            QuestionSpec single = Questions.singleChoice().build();
            List<Option> choices = single.choices();
            return Stream.of(
                    changed("a weight", Questions.multipleResponse().choices(weighted("1/2", "1/2", "-1/2")),
                            Questions.multipleResponse().choices(weighted("1/2", "1/2", "-1/3"))),
                    changed("a choice's text", Questions.singleChoice(), Questions.singleChoice().choices(
                            choice("inhibitory", "The main inhibitory neurotransmitter", "1"), choices.get(1), choices.get(2))),
                    changed("the order of the choices", Questions.singleChoice(),
                            Questions.singleChoice().choices(choices.get(2), choices.get(1), choices.get(0))),
                    changed("a choice's id", Questions.singleChoice(),
                            Questions.singleChoice().choices(choices.get(0), choices.get(1), choice("none", "Neither", "0"))),
                    changed("a choice's feedback", Questions.singleChoice(), Questions.singleChoice().choices(choices.get(0),
                            choice("excitatory", "Primary excitatory neurotransmitter", "0", "That is glutamate."), choices.get(2))),
                    changed("the points", Questions.singleChoice().points(null), Questions.singleChoice().points(2)),
                    changed("the stem", Questions.singleChoice(), Questions.singleChoice().stem("What does GABA do in the brain?")),
                    changed("a tag", Questions.singleChoice().tags("GABA-A"), Questions.singleChoice().tags("GABA-A", "sleep")),
                    changed("the evidence", Questions.singleChoice(), Questions.singleChoice().evidence("sleep-quality")),
                    changed("case sensitivity on", Questions.shortAnswer().caseSensitive(null),
                            Questions.shortAnswer().caseSensitive(true)),
                    changed("partial credit off", Questions.ordering().partialCredit(null),
                            Questions.ordering().partialCredit(false)),
                    changed("the order of the items", Questions.ordering(), Questions.ordering().items(
                            target("carried", "Carried in the blood"), target("absorbed", "Absorbed"), target("taken-up", "Taken up"))),
                    changed("the target an item matches", Questions.matching(), Questions.matching()
                            .items(item("grin2a", "GRIN2A", "nmda"), item("slc6a9", "SLC6A9", "gaba"))),
                    changed("which statement is right", Questions.trueFalse().correct(true), Questions.trueFalse().correct(false)),
                    changed("the tolerance", Questions.numeric().tolerance(null), Questions.numeric().tolerance("0.1")),
                    changed("the general feedback", Questions.singleChoice(), Questions.singleChoice().feedback("GABA calms.")));
        }

        private static Arguments changed(String what, Questions one, Questions other) {
            return Arguments.of(what, one.build(), other.build());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("changes")
        void theseAreChanges(String what, QuestionSpec before, QuestionSpec after) {
            assertThat(before.sameAs(after)).isFalse();
            assertThat(after.sameAs(before)).isFalse();
        }
    }

    /** The scoring core's key each type builds from its fields. */
    @Nested
    class Key {

        @Test
        void aSingleChoiceKeyHasEveryChoiceAndTheRightOne() {
            assertThat(Questions.singleChoice().build().key())
                    .isEqualTo(new AnswerKey.SingleChoice(List.of("inhibitory", "excitatory", "neither"), "inhibitory"));
        }

        @Test
        void aMultipleResponseKeyHasEachChoicesWeightAsAFraction() {
            assertThat(Questions.multipleResponse().build().key()).isEqualTo(new AnswerKey.MultipleResponse(Map.of(
                    "gaba", Fraction.of(1, 2), "glycine", Fraction.of(1, 2), "glutamate", Fraction.of(-1, 2))));
        }

        @Test
        void aMatchingKeyHasEachItemsTargetAndEveryTargetEvenOneNoItemMatches() {
            assertThat(Questions.matching().build().key()).isEqualTo(new AnswerKey.Matching(
                    Map.of("grin2a", "nmda", "slc6a9", "transport"), Set.of("nmda", "transport", "gaba")));
        }

        @ParameterizedTest
        @CsvSource(value = {"NULL, true", "true, true", "false, false"}, nullValues = "NULL")
        void anOrderingKeyHasTheItemsInOrderWithPartialCreditUnlessTurnedOff(Boolean given, boolean partialCredit) {
            assertThat(Questions.ordering().partialCredit(given).build().key())
                    .isEqualTo(new AnswerKey.Ordering(List.of("absorbed", "carried", "taken-up"), partialCredit));
        }

        @ParameterizedTest
        @CsvSource(value = {"NULL, false", "false, false", "true, true"}, nullValues = "NULL")
        void aShortAnswerKeyIsCaseInsensitiveUnlessAsked(Boolean given, boolean caseSensitive) {
            assertThat(Questions.shortAnswer().caseSensitive(given).build().key()).isEqualTo(new AnswerKey.ShortAnswer(
                    Map.of("calcium", Fraction.ONE, "Ca*", Fraction.of(1, 2)), caseSensitive));
        }

        @Test
        void aNumericKeyHasNoToleranceUnlessGiven() {
            assertThat(Questions.numeric().build().key())
                    .isEqualTo(new AnswerKey.Numeric(new BigDecimal("350"), new BigDecimal("10")));
            assertThat(Questions.numeric().tolerance(null).build().key())
                    .isEqualTo(new AnswerKey.Numeric(new BigDecimal("350"), BigDecimal.ZERO));
        }

        @ParameterizedTest
        @EnumSource(QuestionType.class)
        void theKeysRightAnswerEarnsFullCreditAndIsAnAnswerOfTheType(QuestionType type) {
            AnswerKey key = Questions.sound(type).build().key();
            assertThat(type.takes(key.rightAnswer())).isTrue();
            assertThat(key.score(key.rightAnswer())).isEqualTo(Fraction.ONE);
        }
    }

    /** Each type's own fields, read from the carrier of every type's fields. */
    @Nested
    class Body {

        static Stream<Arguments> bodies() {
            QuestionSpec single = Questions.singleChoice().build();
            QuestionSpec multiple = Questions.multipleResponse().build();
            QuestionSpec matching = Questions.matching().build();
            QuestionSpec ordering = Questions.ordering().partialCredit(false).build();
            QuestionSpec shortAnswer = Questions.shortAnswer().caseSensitive(true).build();
            return Stream.of(
                    Arguments.of(single, new QuestionBody.SingleChoice(single.choices())),
                    Arguments.of(multiple, new QuestionBody.MultipleResponse(multiple.choices())),
                    Arguments.of(Questions.trueFalse().correct(false).trueFeedback("No.").falseFeedback("Yes.").build(),
                            new QuestionBody.TrueFalse(false, "No.", "Yes.")),
                    Arguments.of(matching, new QuestionBody.Matching(matching.items(), matching.targets())),
                    Arguments.of(ordering, new QuestionBody.Ordering(ordering.items(), false)),
                    Arguments.of(shortAnswer, new QuestionBody.ShortAnswer(shortAnswer.accepted(), true)),
                    Arguments.of(Questions.numeric().build(), new QuestionBody.Numeric(new BigDecimal("350"), new BigDecimal("10"))));
        }

        @ParameterizedTest(name = "{1}")
        @MethodSource("bodies")
        void theBodyHoldsTheTypesOwnFields(QuestionSpec spec, QuestionBody body) {
            assertThat(spec.body()).isEqualTo(body);
            assertThat(spec.body().type()).isEqualTo(spec.type());
        }

        @ParameterizedTest
        @EnumSource(QuestionType.class)
        void aQuestionSpelledOutFromItsSharedFieldsAndBodyIsTheSameSpec(QuestionType type) {
            QuestionSpec spec = Questions.sound(type).points(3).quote("GABA calms").feedback("See the section.").build();
            assertThat(QuestionSpec.of(spec.common(), spec.body())).isEqualTo(spec);
        }

        @Test
        void spellingABodyOutDropsOtherTypesFields() {
            QuestionSpec stray = Questions.singleChoice().correct(true).value("3").tolerance("1").accepted(new Accepted("x", "1"))
                    .items(target("one", "One")).caseSensitive(true).trueFeedback("Yes.").build();
            assertThat(QuestionSpec.of(stray.common(), stray.body())).isEqualTo(Questions.singleChoice().build());
        }

        @Test
        void aChoiceQuestionShowsTheFeedbackOfEachChoicePicked() {
            QuestionSpec spec = Questions.multipleResponse().choices(choice("gaba", "GABA", "1/2", "GABA calms."),
                    choice("glycine", "Glycine", "1/2", "Glycine too."), choice("glutamate", "Glutamate", "-1/2")).build();
            assertThat(spec.body().feedbackOn(new Answer.Choices(Set.of("glycine", "gaba", "glutamate"))))
                    .containsExactly("GABA calms.", "Glycine too.");
            QuestionSpec single = Questions.singleChoice().choices(choice("a", "A", "1", "Right."), choice("b", "B", "0")).build();
            assertThat(single.body().feedbackOn(new Answer.Choice("a"))).containsExactly("Right.");
            assertThat(single.body().feedbackOn(new Answer.Choice("b"))).isEmpty();
        }

        @Test
        void aTrueFalseQuestionShowsTheFeedbackWrittenForTheAnswerGiven() {
            QuestionBody body = Questions.trueFalse().falseFeedback("It is inhibitory.").build().body();
            assertThat(body.feedbackOn(new Answer.Truth(false))).containsExactly("It is inhibitory.");
            assertThat(body.feedbackOn(new Answer.Truth(true))).isEmpty();
            assertThat(body.answerFeedback()).containsExactly(new QuestionBody.AnswerFeedback(null, null, false, "It is inhibitory."));
        }

        @Test
        void learnersPickAmongChoicesOrTrueAndFalseAndArrangeOrTypeTheRest() {
            assertThat(Questions.singleChoice().build().body().pickable()).containsExactly(
                    entry("inhibitory", "Primary inhibitory neurotransmitter"),
                    entry("excitatory", "Primary excitatory neurotransmitter"), entry("neither", "Neither"));
            assertThat(Questions.trueFalse().build().body().pickable()).containsExactly(entry("true", "True"), entry("false", "False"));
            for (QuestionType type : List.of(QuestionType.MATCHING, QuestionType.ORDERING, QuestionType.SHORT_ANSWER,
                    QuestionType.NUMERIC)) {
                assertThat(Questions.sound(type).build().body().pickable()).as(type.name()).isEmpty();
            }
        }
    }
}
