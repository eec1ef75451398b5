package dev.cofactor.quiz.statistics;

import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Moodle's quiz statistics ("Quiz statistics calculations" in Moodle's developer docs; the code in
 * mod/quiz/report/statistics/classes/calculator.php and question/classes/statistics/questions/calculator.php),
 * computed from the sums PostgreSQL aggregates. Variances and covariances are sample ones (n - 1).
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

    /** Per-question statistics, percentages as Moodle shows them. */
    public record Item(long attempts, Double facilityIndex, Double standardDeviation, Double discriminationIndex,
            Double discriminativeEfficiency) {
    }

    /**
     * @param n        attempts that showed the question
     * @param meanMark mean mark on the question
     * @param variance sample variance of the mark
     * @param restVariance sample variance of the rest of the test (the total without this question)
     * @param covariance   sample covariance of the mark with the rest of the test
     * @param maxMark  the question's maximum mark
     * @param marks    how many attempts had each mark; {@code rests} likewise for the rest-of-test totals
     */
    public static Item item(long n, double meanMark, double variance, double restVariance, double covariance,
            double maxMark, NavigableMap<Double, Long> marks, NavigableMap<Double, Long> rests) {
        Double sd = n > 1 ? Math.sqrt(variance) : null;
        Double discrimination = n > 1 && variance * restVariance > 0
                ? 100 * covariance / Math.sqrt(variance * restVariance) : null;
        double maxCovariance = n > 1 ? maxCovariance(n, marks, rests) : 0;
        Double efficiency = maxCovariance > 0 ? 100 * covariance / maxCovariance : null;
        return new Item(n, percent(meanMark, maxMark), percentOrNull(sd, maxMark), discrimination, efficiency);
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
