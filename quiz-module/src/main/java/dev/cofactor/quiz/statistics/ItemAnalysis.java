package dev.cofactor.quiz.statistics;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Moodle's quiz statistics ("Quiz statistics calculations" in Moodle's developer docs; the code in
 * mod/quiz/report/statistics/classes/calculator.php and question/classes/statistics/questions/calculator.php),
 * computed from what PostgreSQL aggregates: sums over the totals, and counts of attempts per mark and
 * total for each question (see docs/moodle-statistics.md). Variances and covariances are sample ones (n - 1).
 * Pure: no framework, no I/O. A value that cannot be computed (too few attempts, no spread) is null.
 */
public final class ItemAnalysis {

    private ItemAnalysis() {
    }

    /** Test statistics in the units Moodle's report shows: percentages of the maximum total, skewness and kurtosis as numbers. */
    public record Test(long attempts, Double mean, Double median, Double standardDeviation, Double skewness,
            Double kurtosis, Double cronbachAlpha, Double errorRatio, Double standardError) {
    }

    /**
     * @param n           attempts
     * @param mean        mean total
     * @param median      median total
     * @param power2      sum of squared deviations of the totals from the mean (and power3, power4 likewise)
     * @param maxTotal    the maximum total, for percentages
     * @param items       number of questions
     * @param sumOfItemVariances sum over the questions of the (sample) variance of their marks
     */
    public static Test test(long n, double mean, double median, double power2, double power3, double power4,
            double maxTotal, int items, double sumOfItemVariances) {
        if (n == 0) {
            return new Test(0, null, null, null, null, null, null, null, null);
        }
        Double sd = n > 1 ? Math.sqrt(power2 / (n - 1)) : null;
        double m2 = power2 / n;
        double m3 = power3 / n;
        double m4 = power4 / n;
        double k2 = n * m2 / (n - 1);
        Double skewness = n > 2 && k2 > 0 ? (n * n * m3 / ((n - 1.0) * (n - 2))) / Math.pow(k2, 1.5) : null;
        Double kurtosis = n > 3 && k2 > 0
                ? (n * n * ((n + 1) * m4 - 3 * (n - 1) * m2 * m2) / ((n - 1.0) * (n - 2) * (n - 3))) / (k2 * k2) : null;
        Double alpha = n > 2 && k2 > 0 && items > 1 ? 100.0 * items / (items - 1) * (1 - sumOfItemVariances / k2) : null;
        Double errorRatio = alpha != null && alpha <= 100 ? 100 * Math.sqrt(1 - alpha / 100) : null;
        Double standardError = errorRatio != null && sd != null ? errorRatio * sd / 100 : null;
        return new Test(n, percent(mean, maxTotal), percent(median, maxTotal), percentOrNull(sd, maxTotal),
                skewness, kurtosis, alpha, errorRatio, percentOrNull(standardError, maxTotal));
    }

    /**
     * Per-question statistics, percentages as Moodle shows them; {@code markVariance} is the raw
     * (sample) variance of the mark, which Cronbach's alpha sums over the questions.
     */
    public record Item(long attempts, Double facilityIndex, Double standardDeviation, Double discriminationIndex,
            Double discriminativeEfficiency, double markVariance) {
    }

    /** {@code count} attempts had {@code mark} on the question and {@code total} on the whole quiz. */
    public record Cell(double mark, double total, long count) {
    }

    /**
     * Per-question statistics from the question's cells; the rest of the test is the total without
     * the question's mark.
     */
    public static Item item(List<Cell> cells, double maxMark) {
        long n = cells.stream().mapToLong(Cell::count).sum();
        double meanMark = cells.stream().mapToDouble(cell -> cell.mark() * cell.count()).sum() / n;
        double meanRest = cells.stream().mapToDouble(cell -> (cell.total() - cell.mark()) * cell.count()).sum() / n;
        double markSquares = 0;
        double restSquares = 0;
        double products = 0;
        NavigableMap<Double, Long> marks = new TreeMap<>();
        NavigableMap<Double, Long> rests = new TreeMap<>();
        for (Cell cell : cells) {
            double mark = cell.mark() - meanMark;
            double rest = cell.total() - cell.mark() - meanRest;
            markSquares += cell.count() * mark * mark;
            restSquares += cell.count() * rest * rest;
            products += cell.count() * mark * rest;
            marks.merge(cell.mark(), cell.count(), Long::sum);
            rests.merge(cell.total() - cell.mark(), cell.count(), Long::sum);
        }
        if (n < 2) {
            return new Item(n, percent(meanMark, maxMark), null, null, null, 0);
        }
        double variance = markSquares / (n - 1);
        double covariance = products / (n - 1);
        Double discrimination = markSquares * restSquares > 0 ? 100 * products / Math.sqrt(markSquares * restSquares) : null;
        double maxCovariance = maxCovariance(n, marks, rests);
        Double efficiency = maxCovariance > 0 ? 100 * covariance / maxCovariance : null;
        return new Item(n, percent(meanMark, maxMark), percent(Math.sqrt(variance), maxMark), discrimination, efficiency,
                variance);
    }

    /**
     * The largest covariance the observed marks and rest-of-test totals could have: both sorted and
     * paired rank by rank (Moodle's "covariancemax"). Works on counts of each value, so a million
     * attempts cost as little as their few distinct marks.
     */
    static double maxCovariance(long n, NavigableMap<Double, Long> marks, NavigableMap<Double, Long> rests) {
        double meanMark = mean(marks, n);
        double meanRest = mean(rests, n);
        double sum = 0;
        Iterator<Map.Entry<Double, Long>> restValues = rests.entrySet().iterator();
        Map.Entry<Double, Long> rest = restValues.next();
        long restLeft = rest.getValue();
        for (Map.Entry<Double, Long> mark : marks.entrySet()) {
            long markLeft = mark.getValue();
            while (markLeft > 0) {
                if (restLeft == 0) {
                    rest = restValues.next();
                    restLeft = rest.getValue();
                }
                long paired = Math.min(markLeft, restLeft);
                sum += paired * (mark.getKey() - meanMark) * (rest.getKey() - meanRest);
                markLeft -= paired;
                restLeft -= paired;
            }
        }
        return sum / (n - 1);
    }

    private static double mean(NavigableMap<Double, Long> counts, long n) {
        return counts.entrySet().stream().mapToDouble(entry -> entry.getKey() * entry.getValue()).sum() / n;
    }

    private static Double percent(double value, double max) {
        return max > 0 ? 100 * value / max : null;
    }

    private static Double percentOrNull(Double value, double max) {
        return value == null ? null : percent(value, max);
    }
}
