package dev.cofactor.web.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.quiz.attempt.AttemptDtos.QuestionResultDto;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    private static QuestionResultDto result(boolean answered, BigDecimal points, Boolean correct, String withheld) {
        return new QuestionResultDto("q", 1, answered, points, 1, correct, null, null, null, List.of(), null, withheld, null, null);
    }

    @Test
    void someCreditIsPartialNoneIsWrongAndHiddenCorrectnessIsLater() {
        assertThat(Outcome.of(result(true, BigDecimal.ONE, true, null))).isEqualTo(Outcome.RIGHT);
        assertThat(Outcome.of(result(true, new BigDecimal("0.5"), false, null))).isEqualTo(Outcome.PARTIAL);
        assertThat(Outcome.of(result(true, BigDecimal.ZERO, false, null))).isEqualTo(Outcome.WRONG);
        assertThat(Outcome.of(result(true, null, false, null))).as("points hidden, correctness shown").isEqualTo(Outcome.WRONG);
        assertThat(Outcome.of(result(false, BigDecimal.ZERO, false, null))).isEqualTo(Outcome.UNANSWERED);
        assertThat(Outcome.of(result(true, null, null, null))).isEqualTo(Outcome.LATER);
        assertThat(Outcome.of(result(true, BigDecimal.ONE, true, "another open attempt"))).isEqualTo(Outcome.LATER);
        assertThat(Outcome.PARTIAL.id()).isEqualTo("partial");
        assertThat(Outcome.LATER.isKnown()).isFalse();
    }
}
