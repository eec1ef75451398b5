package dev.cofactor.web.account;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** Every ten minutes, on each instance: forgets ended sessions, finished throttle windows and spent reset links. */
@ApplicationScoped
class AccountJanitor {

    private final SessionService sessions;
    private final Throttle throttle;
    private final PasswordResets resets;

    private final Clock clock;

    AccountJanitor(SessionService sessions, Throttle throttle, PasswordResets resets, Clock clock) {
        this.clock = clock;
        this.sessions = sessions;
        this.throttle = throttle;
        this.resets = resets;
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        sessions.closeExpired();
        throttle.forgetEnded(clock.instant());
        resets.forgetEnded();
    }
}
