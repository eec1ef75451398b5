package dev.cofactor.quiz.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact rational number, for credit: one third of a matching question is 1/3, not 0.3333. Always
 * stored in lowest terms with a positive denominator.
 */
public record Fraction(long numerator, long denominator) implements Comparable<Fraction> {

    public static final Fraction ZERO = new Fraction(0, 1);
    public static final Fraction ONE = new Fraction(1, 1);

    public Fraction {
        if (denominator == 0) {
            throw new IllegalArgumentException("A fraction cannot have a zero denominator");
        }
        long sign = denominator < 0 ? -1 : 1;
        long gcd = BigInteger.valueOf(numerator).gcd(BigInteger.valueOf(denominator)).longValue();
        gcd = gcd == 0 ? 1 : gcd;
        numerator = sign * numerator / gcd;
        denominator = sign * denominator / gcd;
    }

    public static Fraction of(long numerator, long denominator) {
        return new Fraction(numerator, denominator);
    }

    /** Reads "1/3", "-50%", "0.25" or "1". */
    public static Fraction parse(String text) {
        String value = text.strip();
        if (value.endsWith("%")) {
            return parse(value.substring(0, value.length() - 1)).times(of(1, 100));
        }
        int slash = value.indexOf('/');
        if (slash > 0) {
            return of(Long.parseLong(value.substring(0, slash).strip()), Long.parseLong(value.substring(slash + 1).strip()));
        }
        BigDecimal decimal = new BigDecimal(value);
        BigInteger scale = BigInteger.TEN.pow(Math.max(decimal.scale(), 0));
        return of(decimal.movePointRight(Math.max(decimal.scale(), 0)).longValueExact(), scale.longValueExact());
    }

    public Fraction plus(Fraction other) {
        return of(Math.addExact(Math.multiplyExact(numerator, other.denominator),
                Math.multiplyExact(other.numerator, denominator)), Math.multiplyExact(denominator, other.denominator));
    }

    public Fraction negated() {
        return of(Math.negateExact(numerator), denominator);
    }

    public Fraction times(Fraction other) {
        return of(Math.multiplyExact(numerator, other.numerator), Math.multiplyExact(denominator, other.denominator));
    }

    /** Credit never goes below nothing nor above full marks. */
    public Fraction clampToUnit() {
        return compareTo(ZERO) < 0 ? ZERO : compareTo(ONE) > 0 ? ONE : this;
    }

    public boolean isPositive() {
        return numerator > 0;
    }

    @Override
    public int compareTo(Fraction other) {
        return BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(other.denominator))
                .compareTo(BigInteger.valueOf(other.numerator).multiply(BigInteger.valueOf(denominator)));
    }

    @Override
    public String toString() {
        return denominator == 1 ? Long.toString(numerator) : numerator + "/" + denominator;
    }
}
