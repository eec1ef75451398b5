package dev.cofactor.quiz.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Deterministic shuffling from a seed: the same attempt seed always gives the same order, so a
 * reload shows the questions and choices where they were. SplitMix64 drives a Fisher-Yates shuffle;
 * no {@code java.util.Random}, so the order is fixed by this code alone.
 */
public final class Shuffle {

    private Shuffle() {
    }

    /** The items in an order fixed by the seed; a different salt (a question id) gives a different order. */
    public static <T> List<T> of(List<T> items, long seed, long salt) {
        List<T> shuffled = new ArrayList<>(items);
        long state = seed ^ (salt * 0x9E3779B97F4A7C15L);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            state += 0x9E3779B97F4A7C15L;
            int j = (int) Long.remainderUnsigned(mix(state), i + 1);
            T swap = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, swap);
        }
        return shuffled;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
