package dev.cofactor.quiz.attempt;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Submits timed attempts at their deadline when their learner did not: every
 * {@code cofactor.attempts.auto-submit.every} (1 minute; {@code off} stops it) on every instance, in
 * batches of {@code cofactor.attempts.auto-submit.batch-size}, each batch one transaction that claims
 * its attempts with {@code FOR UPDATE SKIP LOCKED} ({@link AttemptService#submitOverdue}), so that with
 * several instances each overdue attempt is submitted exactly once.
 */
@ApplicationScoped
public class AutoSubmit {

    private static final Logger LOG = Logger.getLogger(AutoSubmit.class);

    private final AttemptService attempts;
    private final int batchSize;

    AutoSubmit(AttemptService attempts, AttemptsConfig config) {
        this.attempts = attempts;
        this.batchSize = config.autoSubmit().batchSize();
    }

    @Scheduled(identity = "auto-submit", every = "${cofactor.attempts.auto-submit.every:1m}",
            delayed = "${cofactor.attempts.auto-submit.delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        List<Long> submitted = run();
        if (!submitted.isEmpty()) {
            LOG.infof("Auto-submitted %d overdue attempts: %s", submitted.size(), submitted);
        }
    }

    /** Submits every attempt overdue now, batch after batch; returns the ids this call submitted. */
    public List<Long> run() {
        List<Long> submitted = new ArrayList<>();
        List<Long> batch;
        do {
            batch = attempts.submitOverdue(batchSize); // a transaction of its own
            submitted.addAll(batch);
        } while (batch.size() == batchSize);
        return submitted;
    }
}
