package dev.cofactor.quiz.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.quiz.scoring.Review.Options;
import dev.cofactor.quiz.scoring.Review.Shown;
import dev.cofactor.quiz.scoring.Review.Timing;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ReviewTest {

    private static final Instant SUBMITTED = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void theMomentFollowsMoodlesStatesWithClosedWinningOnceNoAttemptIsLeft() {
        assertThat(Timing.of(null, SUBMITTED, true)).isEqualTo(Timing.DURING);
        assertThat(Timing.of(SUBMITTED, SUBMITTED.plusSeconds(119), false)).isEqualTo(Timing.IMMEDIATELY_AFTER);
        assertThat(Timing.of(SUBMITTED, SUBMITTED.plusSeconds(120), false)).isEqualTo(Timing.LATER_WHILE_OPEN);
        assertThat(Timing.of(SUBMITTED, SUBMITTED.plusSeconds(1), true)).isEqualTo(Timing.AFTER_CLOSE);
    }

    @Test
    void eachPartShowsAtItsOwnMoments() {
        Set<Timing> always = EnumSet.allOf(Timing.class);
        Options finalQuiz = new Options(always, always, always, Set.of(Timing.AFTER_CLOSE), Set.of(Timing.AFTER_CLOSE),
                Set.of(Timing.AFTER_CLOSE));
        assertThat(finalQuiz.at(Timing.LATER_WHILE_OPEN)).isEqualTo(new Shown(true, true, true, false, false, false));
        assertThat(finalQuiz.at(Timing.AFTER_CLOSE)).isEqualTo(Shown.EVERYTHING);
        assertThat(Shown.EVERYTHING.withoutKey()).isEqualTo(new Shown(true, false, false, false, false, false));
    }

    @Property
    void optionsSurviveStorageAsBitMasks(@ForAll int a, @ForAll int b, @ForAll int c, @ForAll int d, @ForAll int e,
            @ForAll int f) {
        Options options = Options.ofMasks(a & 15, b & 15, c & 15, d & 15, e & 15, f & 15);
        int[] masks = options.masks();
        assertThat(Options.ofMasks(masks[0], masks[1], masks[2], masks[3], masks[4], masks[5])).isEqualTo(options);
        assertThat(masks).containsExactly(a & 15, b & 15, c & 15, d & 15, e & 15, f & 15);
    }

    @Property
    void hidingTheKeyNeverShowsMore(@ForAll boolean answer, @ForAll boolean correct, @ForAll boolean points,
            @ForAll boolean specific, @ForAll boolean general, @ForAll boolean right) {
        Shown hidden = new Shown(answer, correct, points, specific, general, right).withoutKey();
        assertThat(hidden).isEqualTo(new Shown(answer, false, false, false, false, false));
    }
}
