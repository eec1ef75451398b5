package dev.cofactor.quiz.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BehaviourTest {

    @Test
    void deferredFeedbackNeverChecksAnAnswer() {
        assertThat(Behaviour.DEFERRED.checks(false)).isFalse();
        assertThat(Behaviour.DEFERRED.checks(true)).isFalse();
    }

    @Test
    void immediateFeedbackChecksDuringTheAttemptOnly() {
        assertThat(Behaviour.IMMEDIATE.checks(false)).isTrue();
        assertThat(Behaviour.IMMEDIATE.checks(true)).isFalse();
    }
}
