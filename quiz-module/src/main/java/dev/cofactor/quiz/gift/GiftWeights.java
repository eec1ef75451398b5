package dev.cofactor.quiz.gift;

import dev.cofactor.quiz.scoring.Fraction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * GIFT answer weights ({@code %33.33333%}) to exact fractions and back.
 *
 * <p>Moodle stores grades as decimals and writes thirds, sixths, sevenths and ninths rounded
 * ({@code 33.33333}, {@code 16.66667}, {@code 14.28571}, {@code 11.11111}); the grades it offers
 * ({@code question_bank::fraction_options_full}) are n/d for d in {1, ..., 10, 20}. A percentage within
 * 0.001 percentage points of such an n/d (Moodle's own tolerance when it matches grades, 1e-5 of a
 * fraction) reads as n/d exactly; any other percentage reads as the exact decimal it is.
 */
final class GiftWeights {

    private static final int[] MOODLE_DENOMINATORS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20};
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SNAP = new BigDecimal("0.001");
    private static final int DECIMALS = 5;

    private GiftWeights() {
    }

    /** The fraction a percentage such as {@code "33.33333"} or {@code "-50"} stands for. */
    static Fraction fromPercent(BigDecimal percent) {
        for (int denominator : MOODLE_DENOMINATORS) {
            BigDecimal d = BigDecimal.valueOf(denominator);
            long numerator = percent.multiply(d).divide(HUNDRED).setScale(0, RoundingMode.HALF_UP).longValueExact();
            BigDecimal nearest = BigDecimal.valueOf(numerator).multiply(HUNDRED).divide(d, 12, RoundingMode.HALF_UP);
            if (percent.subtract(nearest).abs().compareTo(SNAP) <= 0) {
                return Fraction.of(numerator, denominator);
            }
        }
        return Fraction.parse(percent.toPlainString() + "%");
    }

    /**
     * The percentage Moodle would write for this fraction ({@code "33.33333"}), or empty when it would not
     * read back as the same fraction (1/11) or lies outside -100 % to 100 %.
     */
    static Optional<String> toPercent(Fraction weight) {
        if (weight.compareTo(Fraction.of(-1, 1)) < 0 || weight.compareTo(Fraction.ONE) > 0) {
            return Optional.empty();
        }
        BigDecimal percent = BigDecimal.valueOf(weight.numerator()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(weight.denominator()), DECIMALS, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        if (percent.scale() < 0) {
            percent = percent.setScale(0);
        }
        return fromPercent(percent).equals(weight) ? Optional.of(percent.toPlainString()) : Optional.empty();
    }
}
