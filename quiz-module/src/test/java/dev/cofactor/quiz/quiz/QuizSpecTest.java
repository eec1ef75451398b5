package dev.cofactor.quiz.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules a quiz obeys before it is stored ({@link QuizSpec#check()}), its defaults, and how JSON reads it. */
class QuizSpecTest {

    private static final List<String> QUESTIONS = List.of("gaba-role", "gaba-receptor");

    /** A quiz with every setting left out, and what to change in it. */
    private static final class Quiz {
        String slug = "gaba-check";
        String title = "GABA check";
        FeedbackMode feedback;
        ReviewSpec review;
        Boolean shuffleQuestions;
        Boolean shuffleChoices;
        Integer timeLimitMinutes;
        Integer attemptsAllowed;
        GradingMethod gradingMethod;
        Integer passPercent;
        LateRule lateRule;
        List<String> questions = QUESTIONS;

        QuizSpec build() {
            return new QuizSpec(slug, title, "boosting-gaba-activity", feedback, review, shuffleQuestions, shuffleChoices,
                    timeLimitMinutes, attemptsAllowed, gradingMethod, passPercent, lateRule, questions);
        }

        Map<String, String> problems() {
            return build().check();
        }
    }

    @Test
    void aQuizWithQuestionsAndEverySettingLeftOutIsSound() {
        assertThat(new Quiz().problems()).isEmpty();
        assertThat(new Quiz().build().problems()).isEmpty();
    }

    @Nested
    class Check {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"GABA Check", "gaba_check", "gaba--check", "-gaba"})
        void theSlugIsLowerCaseWordsJoinedByHyphens(String slug) {
            Quiz quiz = new Quiz();
            quiz.slug = slug;
            assertThat(quiz.problems()).containsExactly(
                    entry("slug", "The quiz slug must be lower-case words joined by hyphens, at most 80 characters."));
        }

        @Test
        void theSlugIsAtMostEightyCharacters() {
            Quiz quiz = new Quiz();
            quiz.slug = "a".repeat(80);
            assertThat(quiz.problems()).isEmpty();
            quiz.slug = "a".repeat(81);
            assertThat(quiz.problems()).containsOnlyKeys("slug");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = " \t")
        void aQuizHasATitle(String title) {
            Quiz quiz = new Quiz();
            quiz.title = title;
            assertThat(quiz.problems()).containsExactly(entry("title", "The quiz needs a title."));
        }

        @Test
        void theTitleIsAtMostTwoHundredCharacters() {
            Quiz quiz = new Quiz();
            quiz.title = "x".repeat(200);
            assertThat(quiz.problems()).isEmpty();
            quiz.title = "x".repeat(201);
            assertThat(quiz.problems()).containsExactly(entry("title", "The title is longer than 200 characters."));
        }

        @ParameterizedTest
        @NullAndEmptySource
        void aQuizHasAtLeastOneQuestion(List<String> questions) {
            Quiz quiz = new Quiz();
            quiz.questions = questions;
            assertThat(quiz.problems()).containsExactly(entry("questions", "The quiz needs at least one question."));
        }

        @Test
        void everyQuestionIsNamedByItsId() {
            Quiz quiz = new Quiz();
            for (List<String> unnamed : List.of(Arrays.asList("gaba-role", null), List.of("gaba-role", " "))) {
                quiz.questions = unnamed;
                assertThat(quiz.problems()).as("%s", unnamed).containsExactly(entry("questions", "Name every question by its id."));
            }
        }

        @Test
        void aQuestionIsInAQuizOnlyOnce() {
            Quiz quiz = new Quiz();
            quiz.questions = List.of("gaba-role", "gaba-receptor", "gaba-role");
            assertThat(quiz.problems()).containsExactly(entry("questions", "A question can be in a quiz only once."));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1, 1441})
        void aTimeLimitIsOneToFourteenHundredFortyMinutes(int minutes) {
            Quiz quiz = new Quiz();
            quiz.timeLimitMinutes = minutes;
            assertThat(quiz.problems()).containsExactly(entry("timeLimitMinutes", "A time limit is 1 to 1440 minutes, or none."));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(ints = {1, 1440})
        void aTimeLimitMayBeLeftOutOrWithinADay(Integer minutes) {
            Quiz quiz = new Quiz();
            quiz.timeLimitMinutes = minutes;
            assertThat(quiz.problems()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1, 101})
        void aQuizAllowsOneToAHundredAttempts(int attempts) {
            Quiz quiz = new Quiz();
            quiz.attemptsAllowed = attempts;
            assertThat(quiz.problems()).containsExactly(entry("attemptsAllowed", "Allow 1 to 100 attempts, or leave it unlimited."));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(ints = {1, 100})
        void attemptsMayBeUnlimitedOrOneToAHundred(Integer attempts) {
            Quiz quiz = new Quiz();
            quiz.attemptsAllowed = attempts;
            assertThat(quiz.problems()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(ints = {-1, 101})
        void thePassMarkIsAPercentage(int percent) {
            Quiz quiz = new Quiz();
            quiz.passPercent = percent;
            assertThat(quiz.problems()).containsExactly(entry("passPercent", "The pass mark is a percentage from 0 to 100."));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(ints = {0, 100})
        void thePassMarkMayBeLeftOutOrFromNothingToAll(Integer percent) {
            Quiz quiz = new Quiz();
            quiz.passPercent = percent;
            assertThat(quiz.problems()).isEmpty();
        }

        @Test
        void reviewOptionsNameOnlyTheFourMoments() {
            Quiz quiz = new Quiz();
            quiz.review = ReviewSpec.ofParts(Map.of("rightAnswer", List.of("closed", "soon")));
            assertThat(quiz.problems()).containsExactly(entry("review",
                    "Review options name the moments during, immediately, later and closed; rightAnswer has [closed, soon]."));
        }

        @Test
        void everyBrokenFieldIsReportedWithTheReviewFirst() {
            Quiz quiz = new Quiz();
            quiz.review = ReviewSpec.ofParts(Map.of("points", List.of("never")));
            quiz.slug = "Bad Slug";
            quiz.title = null;
            quiz.questions = List.of();
            quiz.timeLimitMinutes = 0;
            quiz.attemptsAllowed = 0;
            quiz.passPercent = 101;
            QuizSpec spec = quiz.build();
            assertThat(spec.check().keySet()).containsExactly("review", "slug", "title", "questions", "timeLimitMinutes",
                    "attemptsAllowed", "passPercent");
            assertThat(spec.problems()).containsExactlyElementsOf(spec.check().values());
        }
    }

    @Nested
    class Defaults {

        @Test
        void everySettingLeftOutIsSpelledOut() {
            QuizSpec full = new Quiz().build().withDefaults();
            assertThat(full.feedback()).isEqualTo(FeedbackMode.DEFERRED);
            assertThat(full.review()).isEqualTo(ReviewSpec.defaults());
            assertThat(full.shuffleQuestions()).isFalse();
            assertThat(full.shuffleChoices()).isFalse();
            assertThat(full.gradingMethod()).isEqualTo(GradingMethod.HIGHEST);
            assertThat(full.passPercent()).isZero();
            assertThat(full.lateRule()).isEqualTo(LateRule.SCORE_ANSWERS_BEFORE_DEADLINE);
        }

        @Test
        void noTimeLimitAndUnlimitedAttemptsStayLeftOut() {
            QuizSpec full = new Quiz().build().withDefaults();
            assertThat(full.timeLimitMinutes()).isNull();
            assertThat(full.attemptsAllowed()).isNull();
        }

        @Test
        void whatTheAuthorSaidIsKept() {
            Quiz quiz = new Quiz();
            quiz.feedback = FeedbackMode.IMMEDIATE;
            quiz.review = ReviewSpec.ofParts(Map.of("rightAnswer", List.of("immediately")));
            quiz.shuffleQuestions = true;
            quiz.shuffleChoices = true;
            quiz.timeLimitMinutes = 30;
            quiz.attemptsAllowed = 3;
            quiz.gradingMethod = GradingMethod.AVERAGE;
            quiz.passPercent = 60;
            quiz.lateRule = LateRule.NO_CREDIT;
            QuizSpec given = quiz.build();
            assertThat(given.withDefaults()).isEqualTo(new QuizSpec("gaba-check", "GABA check", "boosting-gaba-activity",
                    FeedbackMode.IMMEDIATE, given.review().withDefaults(), true, true, 30, 3, GradingMethod.AVERAGE, 60,
                    LateRule.NO_CREDIT, QUESTIONS));
            assertThat(given.withDefaults().review().rightAnswer()).containsExactly("immediately");
        }

        @Test
        void spellingOutTwiceChangesNothing() {
            QuizSpec full = new Quiz().build().withDefaults();
            assertThat(full.withDefaults()).isEqualTo(full);
        }
    }

    /** Quizzes as JSON exports write them, including exports made before review options existed. */
    @Nested
    class Json {

        private final ObjectMapper json = new ObjectMapper();

        private QuizSpec read(String settings) throws JsonProcessingException {
            return json.readValue("{\"slug\": \"gaba-check\", \"title\": \"GABA check\", \"questions\": [\"gaba-role\"]"
                    + settings + "}", QuizSpec.class);
        }

        @Test
        void settingsAreReadByTheirJsonNames() throws JsonProcessingException {
            QuizSpec spec = read(", \"feedback\": \"immediate\", \"gradingMethod\": \"last\", \"lateRule\": \"no_credit\","
                    + " \"timeLimitMinutes\": 20, \"review\": {\"points\": [\"later\"]}");
            assertThat(spec.feedback()).isEqualTo(FeedbackMode.IMMEDIATE);
            assertThat(spec.gradingMethod()).isEqualTo(GradingMethod.LAST);
            assertThat(spec.lateRule()).isEqualTo(LateRule.NO_CREDIT);
            assertThat(spec.timeLimitMinutes()).isEqualTo(20);
            assertThat(spec.review()).isEqualTo(new ReviewSpec(null, null, List.of("later"), null, null, null));
        }

        @Test
        void anOldExportThatShowedRightAnswersShowsEveryPartAtEveryMoment() throws JsonProcessingException {
            List<String> always = ReviewSpec.MOMENTS;
            assertThat(read(", \"showRightAnswers\": true").review())
                    .isEqualTo(new ReviewSpec(always, always, always, always, always, always));
        }

        @Test
        void anOldExportThatHidRightAnswersShowsNeitherTheRightAnswerNorAnyFeedback() throws JsonProcessingException {
            ReviewSpec review = read(", \"showRightAnswers\": false").review().withDefaults();
            assertThat(review.rightAnswer()).isEmpty();
            assertThat(review.specificFeedback()).isEmpty();
            assertThat(review.generalFeedback()).isEmpty();
            assertThat(review.answer()).isEqualTo(ReviewSpec.MOMENTS);
            assertThat(review.correctness()).isEqualTo(ReviewSpec.MOMENTS);
            assertThat(review.points()).isEqualTo(ReviewSpec.MOMENTS);
        }

        @Test
        void reviewOptionsWinOverTheOldSetting() throws JsonProcessingException {
            assertThat(read(", \"showRightAnswers\": true, \"review\": {\"rightAnswer\": [\"closed\"]}").review())
                    .isEqualTo(new ReviewSpec(null, null, null, null, null, List.of("closed")));
        }

        @Test
        void withoutEitherTheReviewTakesItsDefaults() throws JsonProcessingException {
            QuizSpec spec = read("");
            assertThat(spec.review()).isNull();
            assertThat(spec.withDefaults().review()).isEqualTo(ReviewSpec.defaults());
        }

        static Stream<String> writtenSettings() {
            return Stream.of("", ", \"feedback\": \"immediate\", \"passPercent\": 50, \"attemptsAllowed\": 2",
                    ", \"review\": {\"answer\": [\"closed\"], \"rightAnswer\": []}, \"shuffleChoices\": true");
        }

        @ParameterizedTest
        @MethodSource("writtenSettings")
        void aQuizWrittenAsJsonReadsBackTheSame(String settings) throws JsonProcessingException {
            QuizSpec spec = read(settings);
            assertThat(json.readValue(json.writeValueAsString(spec), QuizSpec.class)).isEqualTo(spec);
        }
    }
}
