package dev.cofactor.quiz.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An attempt's grade: exact sums, one percent, the pass mark compared exactly, rounding only for display. */
class GradeTest {

    private static final Fraction THIRD = Fraction.of(1, 3);

    @Nested
    class Totals {

        @Test
        void threeThirdsOfAPointMakeOnePoint() {
            Grade total = Grade.total(List.of(Grade.of(THIRD, 1), Grade.of(THIRD, 1), Grade.of(THIRD, 1)));
            assertThat(total).isEqualTo(new Grade(Fraction.ONE, 3));
        }

        @Test
        void sixFullMarksAndThreeThirdsMakeSevenOfTenNotSixPointNineNineNineNine() {
            Grade total = Grade.total(List.of(Grade.of(Fraction.ONE, 6), Grade.of(THIRD, 1), Grade.of(THIRD, 1),
                    Grade.of(THIRD, 1), Grade.of(Fraction.ZERO, 1)));
            assertThat(total.points()).isEqualTo(Fraction.of(7, 1));
            assertThat(total.maxPoints()).isEqualTo(10);
            assertThat(Decimals.points(total.points())).isEqualByComparingTo("7");
            assertThat(total.percent()).isEqualTo(Fraction.of(70, 1));
        }

        @Test
        void aQuestionsPointsAreItsCreditTimesItsMaximum() {
            assertThat(Grade.of(Fraction.of(2, 3), 3)).isEqualTo(new Grade(Fraction.of(2, 1), 3));
        }

        @Test
        void replacingOneQuestionsGradeKeepsTheRestExact() {
            Grade attempt = new Grade(Fraction.of(19, 3), 10);
            Grade regraded = attempt.replacing(Grade.of(THIRD, 1), Grade.of(Fraction.ONE, 2));
            assertThat(regraded).isEqualTo(new Grade(Fraction.of(8, 1), 11));
        }

        @Test
        void nothingToEarnIsNoneOfIt() {
            assertThat(Grade.NONE.ratio()).isEqualTo(Fraction.ZERO);
            assertThat(Grade.NONE.percent()).isEqualTo(Fraction.ZERO);
        }

        @Test
        void aMaximumCannotBeNegative() {
            assertThatThrownBy(() -> new Grade(Fraction.ZERO, -1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class PassMark {

        @ParameterizedTest(name = "{0}/{1} against {2} %: {3}")
        @CsvSource({
                "6, 10, 60, true",
                "3, 5, 60, true",
                "59, 100, 60, false",
                "5999, 10000, 60, false",
                "0, 10, 0, true",
                "10, 10, 100, true",
                "2, 3, 67, false",
                "2, 3, 66, true"})
        void aGradeReachesThePassMarkComparedExactly(long points, long max, int pass, boolean reaches) {
            assertThat(new Grade(Fraction.of(points, 1), max).reaches(pass)).isEqualTo(reaches);
        }
    }

    @Nested
    class Display {

        @ParameterizedTest(name = "{0}/{1} points show as {2}")
        @CsvSource({"19, 3, 6.3333", "2, 3, 0.6667", "1, 8, 0.1250", "-1, 3, -0.3333", "7, 1, 7.0000"})
        void pointsShowRoundedToTheNearestTenThousandth(long numerator, long denominator, String shown) {
            assertThat(Decimals.points(Fraction.of(numerator, denominator))).isEqualTo(new BigDecimal(shown));
        }

        @ParameterizedTest(name = "{0}/{1} % shows as {2}")
        @CsvSource({"200, 3, 66.66", "59996, 1000, 59.99", "100, 1, 100.00", "1, 3, 0.33"})
        void percentsAreCutNeverRoundedUp(long numerator, long denominator, String shown) {
            assertThat(Decimals.percent(Fraction.of(numerator, denominator))).isEqualTo(new BigDecimal(shown));
        }

        @Test
        void aShownPercentAtThePassMarkAlwaysMeansPassed() {
            Grade justBelow = new Grade(Fraction.of(59996, 1000), 100);
            assertThat(justBelow.reaches(60)).isFalse();
            assertThat(Decimals.percent(justBelow.percent())).isLessThan(new BigDecimal("60"));
        }
    }

    @Nested
    class Methods {

        private final List<Fraction> percents = List.of(Fraction.of(100, 3), Fraction.of(100, 1), Fraction.ZERO);

        @Test
        void eachMethodPicksItsAttempt() {
            assertThat(Grading.highest(percents)).isEqualTo(Fraction.of(100, 1));
            assertThat(Grading.first(percents)).isEqualTo(Fraction.of(100, 3));
            assertThat(Grading.last(percents)).isEqualTo(Fraction.ZERO);
            assertThat(Grading.average(percents)).isEqualTo(Fraction.of(400, 9));
        }

        @Test
        void aGradeNeedsAnAttempt() {
            assertThatThrownBy(() -> Grading.average(List.of())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Grading.highest(List.of())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Grading.first(List.of())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Grading.last(List.of())).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aLateAttemptUnderNoCreditEarnsNothingAndOtherwiseKeepsItsCredit() {
            assertThat(Grading.lateCredit(THIRD, true, true)).isEqualTo(Fraction.ZERO);
            assertThat(Grading.lateCredit(THIRD, true, false)).isEqualTo(THIRD);
            assertThat(Grading.lateCredit(THIRD, false, true)).isEqualTo(THIRD);
        }
    }
}
