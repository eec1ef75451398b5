package dev.cofactor.web;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** The clock every service reads the time from; tests may install another. */
@Singleton
public class Clocks {

    /**
     * The system's time in UTC, ticking in the microseconds PostgreSQL keeps, so that a time a service
     * stores reads back exactly as it was written.
     */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
