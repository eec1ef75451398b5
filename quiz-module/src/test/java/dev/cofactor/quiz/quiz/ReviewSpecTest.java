package dev.cofactor.quiz.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.cofactor.quiz.scoring.Review;
import dev.cofactor.quiz.scoring.Review.Timing;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A quiz's review options as authors name them: defaults, order, what is refused, and the scoring core's form. */
class ReviewSpecTest {

    private static final List<String> ALWAYS = List.of("during", "immediately", "later", "closed");

    @Test
    void byDefaultTheKeyAndGeneralFeedbackWaitUntilTheQuizIsClosedAndTheRestShowsAlways() {
        assertThat(ReviewSpec.defaults()).isEqualTo(new ReviewSpec(ALWAYS, ALWAYS, ALWAYS, ALWAYS, List.of("closed"),
                List.of("closed")));
    }

    @Test
    void aPartLeftOutTakesItsDefaultAndAnEmptyOneNeverShows() {
        ReviewSpec review = ReviewSpec.ofParts(Map.of("answer", List.of(), "rightAnswer", List.of("later")));
        assertThat(review.withDefaults()).isEqualTo(new ReviewSpec(List.of(), ALWAYS, ALWAYS, ALWAYS, List.of("closed"),
                List.of("later")));
    }

    @Test
    void theMomentsAreSpelledOutInTheirOrderAndEachOnce() {
        ReviewSpec review = ReviewSpec.ofParts(Map.of("points", List.of("closed", "during", "closed", "later")));
        assertThat(review.withDefaults().points()).containsExactly("during", "later", "closed");
    }

    @Test
    void aPartIsReadByItsNameWithItsDefault() {
        ReviewSpec review = ReviewSpec.ofParts(Map.of("generalFeedback", List.of("immediately")));
        assertThat(review.part("generalFeedback")).containsExactly("immediately");
        assertThat(review.part("rightAnswer")).containsExactly("closed");
        assertThat(review.part("correctness")).isEqualTo(ALWAYS);
    }

    @Test
    void thePartsAreNamedInTheOrderOfTheRecordForFormsAndMessages() {
        assertThat(ReviewSpec.PARTS).containsExactly(entry("answer", "The learner's answer"),
                entry("correctness", "Whether it was right"), entry("points", "Points (and the attempt's score)"),
                entry("specificFeedback", "Feedback on the answer given"),
                entry("generalFeedback", "The question's general feedback"), entry("rightAnswer", "The right answer"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"answer", "correctness", "points", "specificFeedback", "generalFeedback", "rightAnswer"})
    void everyPartNamesOnlyTheFourMoments(String part) {
        assertThat(ReviewSpec.ofParts(Map.of(part, List.of("during", "afterwards"))).check()).containsExactly(entry("review",
                "Review options name the moments during, immediately, later and closed; " + part + " has [during, afterwards]."));
    }

    @Test
    void aMissingMomentIsRefusedLikeAnUnknownOne() {
        assertThat(ReviewSpec.ofParts(Map.of("answer", Arrays.asList("during", null))).check()).containsExactly(entry("review",
                "Review options name the moments during, immediately, later and closed; answer has [during, null]."));
    }

    @Test
    void onlyTheFirstBrokenPartIsNamed() {
        ReviewSpec review = new ReviewSpec(null, List.of("soon"), null, null, List.of("never"), null);
        assertThat(review.check()).containsExactly(entry("review",
                "Review options name the moments during, immediately, later and closed; correctness has [soon]."));
    }

    @Test
    void momentsNamedRightAndPartsLeftOutAreSound() {
        assertThat(new ReviewSpec(null, null, null, null, null, null).check()).isEmpty();
        assertThat(new ReviewSpec(ALWAYS, List.of(), List.of("later"), null, List.of("immediately"), List.of("closed")).check())
                .isEmpty();
    }

    @Test
    void eachMomentIsTheScoringCoresTimingOfTheSamePlace() {
        ReviewSpec review = new ReviewSpec(List.of("during"), List.of("immediately"), List.of("later"), List.of("closed"),
                List.of(), ALWAYS);
        assertThat(review.toOptions()).isEqualTo(new Review.Options(Set.of(Timing.DURING), Set.of(Timing.IMMEDIATELY_AFTER),
                Set.of(Timing.LATER_WHILE_OPEN), Set.of(Timing.AFTER_CLOSE), Set.of(), EnumSet.allOf(Timing.class)));
    }

    @Test
    void theScoringCoresOptionsReadBackAsTheSpelledOutSpec() {
        ReviewSpec review = ReviewSpec.ofParts(Map.of("points", List.of("closed", "during"), "specificFeedback", List.of()));
        assertThat(ReviewSpec.of(review.toOptions())).isEqualTo(review.withDefaults());
        assertThat(ReviewSpec.of(ReviewSpec.defaults().toOptions())).isEqualTo(ReviewSpec.defaults());
    }
}
