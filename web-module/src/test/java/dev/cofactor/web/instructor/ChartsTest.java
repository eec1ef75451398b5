package dev.cofactor.web.instructor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.quiz.statistics.StatisticsDtos.QuestionStatisticsDto;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scatter of facility against discrimination shows every question: overlapping marks merge, named. */
class ChartsTest {

    private static QuestionStatisticsDto question(int position, Double facility, Double discrimination) {
        return new QuestionStatisticsDto(position, "q" + position, "Stem", 10, facility, 1.0, discrimination, null,
                List.of(), List.of());
    }

    @Test
    void nineQuestionsAtOnePlaceAreOneMarkNamingAllNineAndNoneIsLost() {
        List<QuestionStatisticsDto> questions = new ArrayList<>();
        for (int n = 1; n <= 9; n++) {
            questions.add(question(n, 50.0, 100.0));
        }
        questions.add(question(10, 51.0, 99.0)); // 5 px away: would hide under the same mark
        questions.add(question(11, 20.0, -30.0));
        questions.add(question(12, 100.0, null)); // everyone right: no discrimination value
        questions.add(question(13, null, null)); // nobody answered

        List<Charts.Point> marks = Charts.facilityAgainstDiscrimination(questions);

        assertThat(marks).hasSize(2);
        assertThat(marks.get(0).numbers()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(marks.get(0).mark()).isEqualTo("A");
        assertThat(marks.get(0).numbersText()).isEqualTo("1, 2, 3, 4, 5, 6, 7, 8, 9, 10");
        assertThat(marks.get(1).mark()).isEqualTo("11");
        assertThat(marks.get(1).cluster()).isFalse();
        assertThat(Charts.unplotted(questions)).containsExactly(12, 13);
        assertThat(marks.stream().mapToInt(mark -> mark.numbers().size()).sum() + Charts.unplotted(questions).size())
                .as("every question is drawn or listed").isEqualTo(questions.size());
    }

    @Test
    void sharedMarksAreLetteredInOrderSoThatNoLabelIsDrawnOverAnotherMark() {
        List<Charts.Point> marks = Charts.facilityAgainstDiscrimination(List.of(question(1, 95.0, 40.0),
                question(2, 95.0, 40.0), question(3, 50.0, 0.0), question(4, 10.0, 40.0), question(5, 10.0, 40.0)));
        assertThat(marks).extracting(Charts.Point::mark).containsExactly("A", "3", "B");
        assertThat(marks.get(2).numbersText()).isEqualTo("4, 5");
    }
}
