package dev.cofactor.quiz.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place where an exact score becomes a decimal, for display and export only; nothing is
 * computed from what these return. Points show to 4 decimals, rounded to the nearest (19/3 shows
 * 6.3333). Percents show to 2 decimals, cut rather than rounded up, so that a percent shown at or above
 * a pass mark always means passed (59.996 % shows 59.99 %, not a failing 60.00 %).
 */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal points(Fraction points) {
        return decimal(points, 4, RoundingMode.HALF_EVEN);
    }

    public static BigDecimal percent(Fraction percent) {
        return decimal(percent, 2, RoundingMode.DOWN);
    }

    private static BigDecimal decimal(Fraction value, int scale, RoundingMode rounding) {
        return new BigDecimal(value.numerator()).divide(new BigDecimal(value.denominator()), scale, rounding);
    }
}
