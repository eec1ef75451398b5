package dev.cofactor.quiz.scoring;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a learner may see of an attempt, and when: Moodle's review options. For each part of a result
 * (the learner's own answer, whether it was right, the points, the feedback on the answer given, the
 * question's general feedback, the right answer) the quiz says at which of four moments it shows.
 */
public final class Review {

    private Review() {
    }

    /** The moments of Moodle's review options. */
    public enum Timing {
        /** While the attempt is open: what a checked answer (immediate feedback) shows. */
        DURING,
        /** Within two minutes of submitting. */
        IMMEDIATELY_AFTER,
        /** Later, while the quiz is still open to the learner. */
        LATER_WHILE_OPEN,
        /** Once the quiz is closed to the learner: its close date has passed, or no attempt is left. */
        AFTER_CLOSE;

        /** How long "immediately after" lasts, as in Moodle. */
        public static final Duration IMMEDIATELY = Duration.ofMinutes(2);

        /**
         * The moment {@code now} is, for an attempt submitted at {@code submittedAt} (null: still open). A
         * quiz closed to the learner is {@link #AFTER_CLOSE} even right after the last submission, so that
         * the last attempt shows what "after close" allows at once.
         */
        public static Timing of(Instant submittedAt, Instant now, boolean closed) {
            if (submittedAt == null) {
                return DURING;
            }
            if (closed) {
                return AFTER_CLOSE;
            }
            return now.isBefore(submittedAt.plus(IMMEDIATELY)) ? IMMEDIATELY_AFTER : LATER_WHILE_OPEN;
        }
    }

    /** What shows at one moment. Nothing that depends on the key shows unless its part does. */
    public record Shown(boolean answer, boolean correctness, boolean points, boolean specificFeedback,
            boolean generalFeedback, boolean rightAnswer) {

        public static final Shown NOTHING = new Shown(false, false, false, false, false, false);
        public static final Shown EVERYTHING = new Shown(true, true, true, true, true, true);

        /** The same with every part that could tell the key (all but the learner's own answer) hidden. */
        public Shown withoutKey() {
            return new Shown(answer, false, false, false, false, false);
        }
    }

    /** For each part, the moments it shows at. */
    public record Options(Set<Timing> answer, Set<Timing> correctness, Set<Timing> points, Set<Timing> specificFeedback,
            Set<Timing> generalFeedback, Set<Timing> rightAnswer) {

        public Options {
            answer = Set.copyOf(answer);
            correctness = Set.copyOf(correctness);
            points = Set.copyOf(points);
            specificFeedback = Set.copyOf(specificFeedback);
            generalFeedback = Set.copyOf(generalFeedback);
            rightAnswer = Set.copyOf(rightAnswer);
        }

        public Shown at(Timing timing) {
            return new Shown(answer.contains(timing), correctness.contains(timing), points.contains(timing),
                    specificFeedback.contains(timing), generalFeedback.contains(timing), rightAnswer.contains(timing));
        }

        /** The parts as bit masks, in the order of the record's components, for storage. */
        public int[] masks() {
            return new int[] {mask(answer), mask(correctness), mask(points), mask(specificFeedback), mask(generalFeedback),
                mask(rightAnswer)};
        }

        public static Options ofMasks(int answer, int correctness, int points, int specificFeedback, int generalFeedback,
                int rightAnswer) {
            return new Options(timings(answer), timings(correctness), timings(points), timings(specificFeedback),
                    timings(generalFeedback), timings(rightAnswer));
        }

        private static int mask(Set<Timing> timings) {
            return timings.stream().mapToInt(timing -> 1 << timing.ordinal()).sum();
        }

        private static Set<Timing> timings(int mask) {
            Set<Timing> timings = EnumSet.noneOf(Timing.class);
            for (Timing timing : Timing.values()) {
                if ((mask & (1 << timing.ordinal())) != 0) {
                    timings.add(timing);
                }
            }
            return timings;
        }
    }
}
