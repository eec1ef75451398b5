package dev.cofactor.web.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.quiz.attempt.AnswerDto;
import dev.cofactor.quiz.attempt.AttemptDtos.OptionDto;
import dev.cofactor.quiz.attempt.AttemptDtos.QuestionDto;
import dev.cofactor.quiz.question.QuestionType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionViewTest {

    private static QuestionDto question(QuestionType type, List<OptionDto> choices, List<OptionDto> items,
            List<OptionDto> targets) {
        return new QuestionDto("q", 1, type, "<p>Stem</p>", 1, choices, items, targets, null, null, null, null);
    }

    @Test
    void typedAnswersAreEscapedWhenWrittenOut() {
        QuestionDto question = question(QuestionType.SHORT_ANSWER, null, null, null);
        String shown = QuestionView.describe(question, new AnswerDto(null, null, null, null, null,
                "<script>alert(1)</script>", null));
        assertThat(shown).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void answersAreWrittenOutWithTheirTexts() {
        List<OptionDto> items = List.of(new OptionDto("grin2a", "GRIN2A"), new OptionDto("slc6a9", "SLC6A9"));
        List<OptionDto> targets = List.of(new OptionDto("nmda", "NMDA receptors"), new OptionDto("gly", "Glycine levels"));
        QuestionDto matching = question(QuestionType.MATCHING, null, items, targets);
        assertThat(QuestionView.describe(matching, new AnswerDto(null, null, null, Map.of("grin2a", "nmda"), null, null, null)))
                .isEqualTo("GRIN2A → NMDA receptors; SLC6A9 → (none)");
        QuestionDto ordering = question(QuestionType.ORDERING, null, items, null);
        assertThat(QuestionView.describe(ordering, new AnswerDto(null, null, null, null, List.of("slc6a9", "grin2a"), null, null)))
                .isEqualTo("SLC6A9 → GRIN2A");
        assertThat(QuestionView.describe(ordering, null)).isEqualTo("Not answered");
    }

    @Test
    void moveButtonsSwapNeighboursAndStopAtTheEnds() {
        List<String> order = List.of("a", "b", "c");
        assertThat(AnswerForm.moved(order, "b:up")).containsExactly("b", "a", "c");
        assertThat(AnswerForm.moved(order, "b:down")).containsExactly("a", "c", "b");
        assertThat(AnswerForm.moved(order, "a:up")).containsExactly("a", "b", "c");
        assertThat(AnswerForm.moved(order, "c:down")).containsExactly("a", "b", "c");
        assertThat(AnswerForm.moved(order, "keep")).containsExactly("a", "b", "c");
    }
}
