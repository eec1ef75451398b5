package dev.cofactor.quiz.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.quiz.question.QuestionType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GiveawaysTest {

    private static QuestionSpec shortAnswer(String id, String stem, String answer) {
        return new QuestionSpec(id, QuestionType.SHORT_ANSWER, stem, null, null, "s", null, null, null, null, null,
                List.of(new QuestionSpec.Accepted(answer, "1"), new QuestionSpec.Accepted("Ca", "1")),
                null, null, null, null, null, null, null);
    }

    private static QuestionSpec ordering(String id, String stem, String... items) {
        List<QuestionSpec.Option> options = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            options.add(new QuestionSpec.Option("i" + i, items[i], null, null, null));
        }
        return new QuestionSpec(id, QuestionType.ORDERING, stem, null, null, "s", null, null, null, options, null, null,
                null, null, null, null, null, null, null);
    }

    @Test
    void aShortAnswerStandingAsAWordInAnotherQuestionIsFound() {
        List<Giveaways.Giveaway> found = Giveaways.in(List.of(
                shortAnswer("influx", "Which ion floods in?", "calcium"),
                shortAnswer("subunit", "Which subunit?", "GluN1*"),
                ordering("steps", "From glycine to Calcium influx", "Glycine binds GluN1", "The channel opens"),
                ordering("unrelated", "Order these", "Calciumlike words do not count", "Nor does Ca")));
        assertThat(found).containsExactlyInAnyOrder(new Giveaways.Giveaway("influx", "calcium", "steps"),
                new Giveaways.Giveaway("subunit", "GluN1", "steps"));
        assertThat(found.get(0).message()).contains("gives away the answer of");
    }

    /** The shipped bank, read as the seed loader reads it: no quiz of it answers itself. */
    @Test
    void noShippedQuizHasQuestionsThatAnswerEachOther() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = getClass().getResourceAsStream("/quizzes/magnesium-bisglycinate.json")) {
            JsonNode bank = json.readTree(in);
            Map<String, QuestionSpec> questions = Arrays.stream(json.treeToValue(bank.get("questions"), QuestionSpec[].class))
                    .collect(Collectors.toMap(QuestionSpec::id, Function.identity()));
            for (JsonNode quiz : bank.get("quizzes")) {
                List<QuestionSpec> shown = new ArrayList<>();
                quiz.get("questions").forEach(id -> shown.add(questions.get(id.asText())));
                assertThat(Giveaways.in(shown)).as(quiz.get("slug").asText()).isEmpty();
            }
        }
    }

    /**
     * A quiz that keeps its right answers back (the final: once no attempt is left) must share no question
     * with one that shows them sooner (the section checks), or the checks would hand over its key.
     */
    @Test
    void shippedQuizzesThatShareAQuestionShowItsRightAnswerAtTheSameMoments() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = getClass().getResourceAsStream("/quizzes/magnesium-bisglycinate.json")) {
            List<QuizSpec> quizzes = List.of(json.treeToValue(json.readTree(in).get("quizzes"), QuizSpec[].class));
            for (QuizSpec one : quizzes) {
                for (QuizSpec other : quizzes) {
                    boolean share = one != other && one.questions().stream().anyMatch(other.questions()::contains);
                    if (share) {
                        assertThat(one.withDefaults().review().rightAnswer()).as(one.slug() + " and " + other.slug())
                                .isEqualTo(other.withDefaults().review().rightAnswer());
                    }
                }
            }
        }
    }
}
