package dev.cofactor.quiz.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Laws of the grade rules, on generated question grades and attempt lists. */
class GradingPropertiesTest {

    @Provide
    Arbitrary<Fraction> credits() {
        return Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(0, 12))
                .as((denominator, numerator) -> Fraction.of(Math.min(numerator, denominator), denominator));
    }

    @Provide
    Arbitrary<Grade> questions() {
        return Combinators.combine(credits(), Arbitraries.integers().between(1, 100)).as(Grade::of);
    }

    /** The question grades of an attempt of up to 40 questions. */
    @Provide
    Arbitrary<List<Grade>> attempts() {
        return questions().list().ofMaxSize(40);
    }

    /** The percents of 1 to 12 attempts, in the order they were submitted. */
    @Provide
    Arbitrary<List<Fraction>> percents() {
        return credits().map(credit -> credit.times(Fraction.of(100, 1))).list().ofMinSize(1).ofMaxSize(12);
    }

    @Property
    void aTotalIsTheExactSumOfItsParts(@ForAll("attempts") List<Grade> parts) {
        Grade total = Grade.total(parts);
        Fraction points = Fraction.ZERO;
        long max = 0;
        for (Grade part : parts) {
            points = points.plus(part.points());
            max += part.maxPoints();
        }
        assertThat(total).isEqualTo(new Grade(points, max));
        assertThat(Grade.total(reversed(parts))).as("the order of the questions does not matter").isEqualTo(total);
    }

    @Property
    void fullCreditOnEveryQuestionIsTheMaximum(@ForAll @Size(min = 1, max = 40) List<@IntRange(min = 1, max = 100) Integer> points) {
        Grade total = Grade.total(points.stream().map(each -> Grade.of(Fraction.ONE, each)).toList());
        assertThat(total.points()).isEqualTo(Fraction.of(total.maxPoints(), 1));
        assertThat(total.percent()).isEqualTo(Fraction.of(100, 1));
        assertThat(total.reaches(100)).isTrue();
    }

    @Property
    void morePointsNeverLowerThePercentNorUnpass(@ForAll("questions") Grade grade, @ForAll("credits") Fraction more,
            @ForAll @IntRange(max = 100) int passMark) {
        Grade better = new Grade(grade.points().plus(more).compareTo(Fraction.of(grade.maxPoints(), 1)) > 0
                ? Fraction.of(grade.maxPoints(), 1) : grade.points().plus(more), grade.maxPoints());
        assertThat(better.percent()).isGreaterThanOrEqualTo(grade.percent());
        if (grade.reaches(passMark)) {
            assertThat(better.reaches(passMark)).isTrue();
        }
    }

    @Property
    void theShownPercentNeverExceedsTheExactOneAndReachesThePassMarkExactlyWhenTheGradeDoes(
            @ForAll("questions") Grade grade, @ForAll @IntRange(max = 100) int passMark) {
        Fraction shown = Fraction.parse(Decimals.percent(grade.percent()).toPlainString());
        assertThat(shown).isLessThanOrEqualTo(grade.percent());
        assertThat(Grade.reaches(shown, passMark)).isEqualTo(grade.reaches(passMark));
    }

    @Property
    void highestIsAnAttemptNoneExceeds(@ForAll("percents") List<Fraction> percents) {
        Fraction highest = Grading.highest(percents);
        assertThat(percents).contains(highest);
        assertThat(percents).allSatisfy(percent -> assertThat(percent).isLessThanOrEqualTo(highest));
    }

    @Property
    void averageIsTheSumOverTheCountAndLiesBetweenTheLowestAndHighest(@ForAll("percents") List<Fraction> percents) {
        Fraction average = Grading.average(percents);
        Fraction sum = percents.stream().reduce(Fraction.ZERO, Fraction::plus);
        assertThat(average.times(Fraction.of(percents.size(), 1))).isEqualTo(sum);
        assertThat(average).isBetween(Collections.min(percents), Collections.max(percents));
        assertThat(Grading.average(reversed(percents))).isEqualTo(average);
    }

    @Property
    void firstAndLastAreTheEndsOfTheList(@ForAll("percents") List<Fraction> percents) {
        assertThat(Grading.first(percents)).isEqualTo(percents.get(0));
        assertThat(Grading.last(percents)).isEqualTo(percents.get(percents.size() - 1));
        assertThat(Grading.first(reversed(percents))).isEqualTo(Grading.last(percents));
    }

    @Property
    void aLateRuleNeverRaisesACredit(@ForAll("credits") Fraction credit, @ForAll boolean late, @ForAll boolean noCredit) {
        Fraction earned = Grading.lateCredit(credit, late, noCredit);
        assertThat(earned).isLessThanOrEqualTo(credit);
        assertThat(earned).isEqualTo(late && noCredit ? Fraction.ZERO : credit);
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
