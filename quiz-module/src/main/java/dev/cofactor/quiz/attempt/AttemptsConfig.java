package dev.cofactor.quiz.attempt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of attempts under {@code cofactor.attempts.*}; each can be set by an environment variable. */
@ConfigMapping(prefix = "cofactor.attempts")
public interface AttemptsConfig {

    AutoSubmit autoSubmit();

    /** The job that submits overdue attempts ({@link dev.cofactor.quiz.attempt.AutoSubmit}). */
    interface AutoSubmit {
        /** How often each instance looks (COFACTOR_ATTEMPTS_AUTO_SUBMIT_EVERY): {@code 1m}, {@code 10s}; {@code off} stops it. */
        @WithDefault("1m")
        String every();

        /** How long after start the first look waits (COFACTOR_ATTEMPTS_AUTO_SUBMIT_DELAY). */
        @WithDefault("30s")
        String delay();

        /** Attempts claimed and submitted per transaction (COFACTOR_ATTEMPTS_AUTO_SUBMIT_BATCH_SIZE). */
        @WithDefault("50")
        int batchSize();
    }
}
