package dev.cofactor.quiz.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked example of Moodle's quiz statistics (5 attempts, 3 questions worth 1, 1 and 2 marks),
 * with the values Moodle's calculators give for it, worked out by hand from their code.
 */
class ItemAnalysisTest {

    static final double[][] MARKS = {{1, 1, 2}, {1, 1, 1}, {1, 0, 1}, {0, 1, 0}, {0, 0, 0.5}};
    static final double[] MAX = {1, 1, 2};

    @Test
    void testStatisticsMatchMoodle() {
        double[] totals = Arrays.stream(MARKS).mapToDouble(row -> Arrays.stream(row).sum()).toArray();
        double mean = Arrays.stream(totals).average().orElseThrow();
        double itemVariances = 0;
        for (int q = 0; q < 3; q++) {
            itemVariances += variance(column(q));
        }
        ItemAnalysis.Test test = ItemAnalysis.test(5, mean, 2, power(totals, mean, 2), power(totals, mean, 3),
                power(totals, mean, 4), 4, 3, itemVariances);
        assertThat(test.mean()).isCloseTo(52.50, within(0.005));
        assertThat(test.median()).isCloseTo(50.00, within(0.005));
        assertThat(test.standardDeviation()).isCloseTo(35.79, within(0.005));
        assertThat(test.skewness()).isCloseTo(0.3066, within(0.00005));
        assertThat(test.kurtosis()).isCloseTo(-1.5437, within(0.00005));
        assertThat(test.cronbachAlpha()).isCloseTo(65.85, within(0.005));
        assertThat(test.errorRatio()).isCloseTo(58.43, within(0.005));
        assertThat(test.standardError()).isCloseTo(20.92, within(0.005));
    }

    @Test
    void itemStatisticsMatchMoodle() {
        double[][] expected = {{60, 54.77, 68.47, 100}, {60, 54.77, 18.63, 20}, {45, 37.08, 64.47, 76.19}};
        for (int q = 0; q < 3; q++) {
            int question = q;
            List<ItemAnalysis.Cell> cells = Arrays.stream(MARKS)
                    .map(row -> new ItemAnalysis.Cell(row[question], Arrays.stream(row).sum(), 1)).toList();
            ItemAnalysis.Item item = ItemAnalysis.item(cells, MAX[q]);
            assertThat(item.facilityIndex()).as("facility " + q).isCloseTo(expected[q][0], within(0.005));
            assertThat(item.standardDeviation()).as("sd " + q).isCloseTo(expected[q][1], within(0.005));
            assertThat(item.discriminationIndex()).as("discrimination " + q).isCloseTo(expected[q][2], within(0.005));
            assertThat(item.discriminativeEfficiency()).as("efficiency " + q).isCloseTo(expected[q][3], within(0.005));
        }
    }

    @Test
    void cellsWithCountsEqualTheAttemptsTheyStandFor() {
        List<ItemAnalysis.Cell> one = Arrays.stream(MARKS).map(row -> new ItemAnalysis.Cell(row[0], Arrays.stream(row).sum(), 1))
                .toList();
        List<ItemAnalysis.Cell> doubled = one.stream().map(cell -> new ItemAnalysis.Cell(cell.mark(), cell.total(), 2)).toList();
        List<ItemAnalysis.Cell> repeated = new ArrayList<>(one);
        repeated.addAll(one);
        ItemAnalysis.Item counted = ItemAnalysis.item(doubled, 1);
        ItemAnalysis.Item listed = ItemAnalysis.item(repeated, 1);
        assertThat(counted.attempts()).isEqualTo(10);
        assertThat(counted.standardDeviation()).isCloseTo(listed.standardDeviation(), within(1e-9));
        assertThat(counted.discriminationIndex()).isCloseTo(listed.discriminationIndex(), within(1e-9));
        assertThat(counted.discriminativeEfficiency()).isCloseTo(listed.discriminativeEfficiency(), within(1e-9));
    }

    @Test
    void tooFewAttemptsLeaveValuesOut() {
        ItemAnalysis.Test one = ItemAnalysis.test(1, 3, 3, 0, 0, 0, 4, 3, 0);
        assertThat(one.mean()).isEqualTo(75.0);
        assertThat(one.standardDeviation()).isNull();
        assertThat(one.skewness()).isNull();
        assertThat(one.cronbachAlpha()).isNull();
        ItemAnalysis.Item same = ItemAnalysis.item(List.of(new ItemAnalysis.Cell(1, 1, 1), new ItemAnalysis.Cell(1, 2, 1),
                new ItemAnalysis.Cell(1, 3, 1)), 1);
        assertThat(same.discriminationIndex()).isNull();
        assertThat(same.discriminativeEfficiency()).isNull();
    }

    static double[] column(int q) {
        return Arrays.stream(MARKS).mapToDouble(row -> row[q]).toArray();
    }

    static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    static double variance(double[] values) {
        return covariance(values, values);
    }

    static double covariance(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - mean(a)) * (b[i] - mean(b));
        }
        return sum / (a.length - 1);
    }

    static double power(double[] values, double mean, int power) {
        return Arrays.stream(values).map(value -> Math.pow(value - mean, power)).sum();
    }
}
