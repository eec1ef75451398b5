package dev.cofactor.quiz.scoring;

import java.util.List;

/**
 * The rules that make a grade from several attempts (Moodle's grading methods), each over the attempts'
 * percents in the order they were submitted, and what a late submission earns. Exact throughout.
 */
public final class Grading {

    private Grading() {
    }

    /** The best attempt counts. */
    public static Fraction highest(List<Fraction> percents) {
        return percents.stream().max(Fraction::compareTo).orElseThrow(Grading::noAttempt);
    }

    /** The mean of every attempt, exact (a third stays a third). */
    public static Fraction average(List<Fraction> percents) {
        if (percents.isEmpty()) {
            throw noAttempt();
        }
        return percents.stream().reduce(Fraction.ZERO, Fraction::plus).times(Fraction.of(1, percents.size()));
    }

    /** The first attempt counts, whatever follows. */
    public static Fraction first(List<Fraction> percents) {
        return percents.stream().findFirst().orElseThrow(Grading::noAttempt);
    }

    /** The last attempt counts. */
    public static Fraction last(List<Fraction> percents) {
        if (percents.isEmpty()) {
            throw noAttempt();
        }
        return percents.get(percents.size() - 1);
    }

    /**
     * The credit a question earns in an attempt submitted on time or late: a late attempt under a
     * no-credit rule earns nothing; otherwise the answers saved before the deadline keep their credit
     * (later saves were refused). A late rule never raises a credit.
     */
    public static Fraction lateCredit(Fraction credit, boolean late, boolean noCreditWhenLate) {
        return late && noCreditWhenLate ? Fraction.ZERO : credit;
    }

    private static IllegalArgumentException noAttempt() {
        return new IllegalArgumentException("A grade needs at least one attempt");
    }
}
