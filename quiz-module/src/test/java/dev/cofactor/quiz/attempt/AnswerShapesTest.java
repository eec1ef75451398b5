package dev.cofactor.quiz.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cofactor.quiz.question.QuestionType;
import dev.cofactor.quiz.scoring.Answer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** An answer keeps its meaning through the API's shape and the stored one, and a stored answer keeps its JSON. */
class AnswerShapesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Answer> everyShape() {
        return Stream.of(new Answer.Choice("inhibitory"), new Answer.Choices(Set.of("b", "a")), new Answer.Choices(Set.of()),
                new Answer.Truth(false), new Answer.Pairs(Map.of("grin2a", "receptor", "slc6a9", "transporter")),
                new Answer.Order(List.of("c", "a", "b")), new Answer.Text(" GluN1 "), new Answer.Number(new BigDecimal("1.50")));
    }

    @ParameterizedTest
    @MethodSource("everyShape")
    void theApiShapeReadsBackAsTheSameAnswerOfTheTypeThatTakesIt(Answer answer) {
        AnswerDto dto = AnswerDto.from(answer);
        assertThat(dto.toAnswer()).contains(answer);
        assertThat(Arrays.stream(QuestionType.values()).filter(type -> dto.toAnswer(type).isPresent())).singleElement()
                .matches(type -> type.takes(answer));
    }

    @ParameterizedTest
    @MethodSource("everyShape")
    void theStoredShapeReadsBackAsTheSameAnswerThroughJson(Answer answer) throws Exception {
        String stored = JSON.writeValueAsString(StoredAnswer.of(answer));
        assertThat(stored).startsWith("{\"v\":1,");
        assertThat(JSON.readValue(stored, StoredAnswer.class).answer()).contains(answer);
    }

    /** Rows stored before the shape had a version read as version 1; another version is not guessed at. */
    @ParameterizedTest
    @ValueSource(strings = {"{\"choiceId\":\"a\"}", "{\"choiceIds\":[\"a\",\"b\"]}", "{\"value\":true}",
            "{\"pairs\":{\"i\":\"t\"}}", "{\"order\":[\"a\"]}", "{\"text\":\"x\"}", "{\"number\":2}"})
    void answersStoredBeforeTheVersionStillRead(String stored) throws Exception {
        assertThat(JSON.readValue(stored, StoredAnswer.class).answer()).isPresent();
        assertThat(JSON.readValue(stored.replace("{", "{\"v\":2,"), StoredAnswer.class).answer()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"choiceId\":\"a\",\"value\":true}", "{\"choiceIds\":[\"a\",null]}",
            "{\"choiceIds\":[\"a\",\"a\"]}", "{\"pairs\":{\"i\":null}}", "{\"order\":[null]}"})
    void malformedAnswersReadAsNothing(String json) throws Exception {
        assertThat(JSON.readValue(json, AnswerDto.class).toAnswer()).isEmpty();
    }
}
