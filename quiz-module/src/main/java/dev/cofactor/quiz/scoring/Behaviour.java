package dev.cofactor.quiz.scoring;

/**
 * How a quiz's questions are answered and scored during an attempt, as Moodle's question behaviours:
 * deferred feedback (everything is scored when the attempt is submitted) or immediate feedback (each
 * answer can be checked once, which scores it and makes it final; the database refuses a later change
 * to a checked answer, see {@code ResponseRepository.upsert}). Interactive behaviour with several
 * tries, certainty-based marking and manually graded questions are further records of this interface.
 */
public sealed interface Behaviour {

    Behaviour DEFERRED = new Deferred();
    Behaviour IMMEDIATE = new Immediate();

    /** Whether a learner may check an answer now, in an attempt that is or is not submitted. */
    boolean checks(boolean submitted);

    /** Scored at submission only. */
    record Deferred() implements Behaviour {
        @Override
        public boolean checks(boolean submitted) {
            return false;
        }
    }

    /** Each answer can be checked once during the attempt; a checked answer is final. */
    record Immediate() implements Behaviour {
        @Override
        public boolean checks(boolean submitted) {
            return !submitted;
        }
    }
}
