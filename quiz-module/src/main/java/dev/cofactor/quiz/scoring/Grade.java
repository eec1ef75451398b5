package dev.cofactor.quiz.scoring;

import java.util.Collection;
import java.util.Objects;

/**
 * Points earned out of points possible, exact: one question's (its credit times its points), an
 * attempt's (the sum of its questions'), never rounded; {@link Decimals} rounds for display.
 */
public record Grade(Fraction points, long maxPoints) {

    public static final Grade NONE = new Grade(Fraction.ZERO, 0);

    public Grade {
        Objects.requireNonNull(points, "points");
        if (maxPoints < 0) {
            throw new IllegalArgumentException("A maximum cannot be negative");
        }
    }

    /** A question's grade: {@code credit} (0 to 1) of its {@code maxPoints}. */
    public static Grade of(Fraction credit, int maxPoints) {
        return new Grade(credit.times(Fraction.of(maxPoints, 1)), maxPoints);
    }

    /** An attempt's grade: the exact sum of its questions' points and of their maxima. */
    public static Grade total(Collection<Grade> parts) {
        return parts.stream().reduce(NONE, Grade::plus);
    }

    public Grade plus(Grade other) {
        return new Grade(points.plus(other.points), Math.addExact(maxPoints, other.maxPoints));
    }

    /** This grade with {@code part} taken out and {@code replacement} put in (a regrade of one question). */
    public Grade replacing(Grade part, Grade replacement) {
        return new Grade(points.plus(part.points.negated()), Math.subtractExact(maxPoints, part.maxPoints)).plus(replacement);
    }

    /** The share of the maximum earned; nothing when nothing could be earned. */
    public Fraction ratio() {
        return maxPoints == 0 ? Fraction.ZERO : points.times(Fraction.of(1, maxPoints));
    }

    /** The share of the maximum earned, in percent, exact. */
    public Fraction percent() {
        return ratio().times(Fraction.of(100, 1));
    }

    /**
     * Whether this grade passes a quiz's pass mark: null when the quiz has none (0 %), for then nothing
     * passes or fails, and no page, export or API answer says either (as Moodle's optional grade to pass).
     */
    public Boolean passed(int passPercent) {
        return passPercent == 0 ? null : reaches(passPercent);
    }

    /** Whether this grade reaches a mark, compared exactly: 59.996 % does not reach 60 %. */
    public boolean reaches(int passPercent) {
        return reaches(percent(), passPercent);
    }

    /** {@link #passed(int)} of a percent. */
    public static Boolean passed(Fraction percent, int passPercent) {
        return passPercent == 0 ? null : reaches(percent, passPercent);
    }

    /** Whether a percent reaches a mark, compared exactly. */
    public static boolean reaches(Fraction percent, int passPercent) {
        return percent.compareTo(Fraction.of(passPercent, 1)) >= 0;
    }
}
