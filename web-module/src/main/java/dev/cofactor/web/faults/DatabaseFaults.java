package dev.cofactor.web.faults;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Requests that failed because the database could not serve them (unreachable, restarting, too slow, out
 * of disk): they answer 503 with Retry-After, not 500, readiness goes DOWN while they happen, and the log
 * gets one line per kind of failure with counts, and its stack trace once, instead of one trace per request.
 */
@ApplicationScoped
public class DatabaseFaults {

    /** How long after the last failure readiness stays DOWN. */
    static final Duration RECENT = Duration.ofSeconds(5);
    /** At most one line per kind this often while failures go on. */
    static final Duration REPORT_EVERY = Duration.ofSeconds(10);
    /** What a 503 asks clients to wait, in seconds. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(DatabaseFaults.class);

    /** What went wrong, in an operator's words. */
    public enum Kind {
        UNREACHABLE("cannot be reached"),
        RESTARTING("is restarting or shutting down"),
        TIMED_OUT("did not answer in time"),
        POOL_EXHAUSTED("has no free connection in the pool"),
        OUT_OF_RESOURCES("is out of disk, memory or connections");

        final String words;

        Kind(String words) {
            this.words = words;
        }
    }

    /** One kind's failures: since the last line, and in all, and when. */
    private static final class Tally {
        long sinceReport;
        long total;
        Instant first;
        Instant last;
        Instant reported;
        String latest;
    }

    private final Map<Kind, Tally> tallies = new EnumMap<>(Kind.class);
    private final Clock clock;

    DatabaseFaults(Clock clock) {
        this.clock = clock;
    }

    /** The kind of database failure this is, if it is one: by SQLState, pgjdbc's socket timeout, or Agroal's pool. */
    public static Optional<Kind> classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException) {
                return Optional.of(Kind.TIMED_OUT);
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                if (state.startsWith("08")) {
                    return Optional.of(Kind.UNREACHABLE);
                }
                if (state.startsWith("57P")) {
                    return Optional.of(Kind.RESTARTING);
                }
                if (state.equals("57014")) {
                    return Optional.of(Kind.TIMED_OUT); // statement_timeout (or a cancel)
                }
                if (state.startsWith("53") || state.equals("58030")) {
                    return Optional.of(Kind.OUT_OF_RESOURCES);
                }
                // Agroal: "Sorry, acquisition timeout!" (every connection lent) or "Acquisition timeout while
                // waiting for new connection" (none could be made in time: a frozen or unreachable database)
                if (String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                    return Optional.of(Kind.POOL_EXHAUSTED);
                }
            }
        }
        return Optional.empty();
    }

    /** Counts one request that failed this way; logs its stack trace if it is the first of its kind in a while. */
    public synchronized void record(Kind kind, Throwable failure, String request) {
        Instant now = clock.instant();
        Tally tally = tallies.computeIfAbsent(kind, k -> new Tally());
        boolean fresh = tally.first == null;
        if (fresh) {
            tally.first = now;
            tally.reported = now;
            LOG.warnf(failure, "The database %s (%s): %s answers 503; further failures of this kind are counted, not traced",
                    kind.words, kind, request);
        } else {
            tally.sinceReport++;
        }
        tally.total++;
        tally.last = now;
        tally.latest = request + ": " + rootMessage(failure);
        report(now);
    }

    /** Whether a request failed for the database's sake in the last few seconds: readiness is DOWN meanwhile. */
    public synchronized boolean recentlyFailing() {
        Instant since = clock.instant().minus(RECENT);
        return tallies.values().stream().anyMatch(tally -> tally.last != null && tally.last.isAfter(since));
    }

    /** Writes the counts due, and says when a kind of failure stopped. */
    @Scheduled(every = "10s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void report() {
        report(clock.instant());
    }

    private void report(Instant now) {
        tallies.entrySet().removeIf(entry -> {
            Kind kind = entry.getKey();
            Tally tally = entry.getValue();
            if (tally.sinceReport > 0 && !now.isBefore(tally.reported.plus(REPORT_EVERY))) {
                LOG.warnf("The database %s (%s): %d more requests answered 503 in %d s (latest %s)", kind.words, kind,
                        tally.sinceReport, Duration.between(tally.reported, now).toSeconds(), tally.latest);
                tally.sinceReport = 0;
                tally.reported = now;
            }
            boolean over = tally.sinceReport == 0 && now.isAfter(tally.last.plus(REPORT_EVERY));
            if (over) {
                LOG.infof("The database serves again: no %s failure for %d s; %d requests answered 503 from %s to %s",
                        kind, REPORT_EVERY.toSeconds(), tally.total, tally.first, tally.last);
            }
            return over;
        });
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
