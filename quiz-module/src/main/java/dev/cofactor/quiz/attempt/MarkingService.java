package dev.cofactor.quiz.attempt;

import dev.cofactor.quiz.Refusal;
import dev.cofactor.quiz.question.QuestionVersion;
import dev.cofactor.quiz.scoring.Decimals;
import dev.cofactor.quiz.scoring.Fraction;
import dev.cofactor.quiz.scoring.Grade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/**
 * A person's mark on one answer of a submitted attempt, as Moodle's "Make comment or override mark": new
 * points for it (kept by later regrades), a comment the learner reads on their result, and the reason,
 * which the audit log keeps. The attempt's total, the gradebook, statistics and exports follow at once.
 */
@ApplicationScoped
public class MarkingService {

    /** What a person gives: {@code points} null keeps the points as they are; {@code comment} null or blank, none. */
    public record Mark(BigDecimal points, String comment, String reason) {
    }

    private final EntityManager entityManager;
    private final ResponseRepository responses;
    private final StatisticsSums sums;
    private final Event<AttemptMarked> marked;
    private final Clock clock;

    MarkingService(EntityManager entityManager, ResponseRepository responses, StatisticsSums sums,
            Event<AttemptMarked> marked, Clock clock) {
        this.entityManager = entityManager;
        this.responses = responses;
        this.sums = sums;
        this.marked = marked;
        this.clock = clock;
    }

    /**
     * Marks the answer to {@code questionId} of the attempt; the caller has checked that {@code markerId} may
     * see it. The attempt is locked while its total changes, so a regrade or a second mark at the same moment
     * waits and then sees this one.
     */
    @Transactional
    public void mark(long attemptId, String questionId, Mark mark, long markerId) {
        String reason = mark.reason() == null ? "" : mark.reason().strip();
        if (reason.isEmpty() || reason.length() > 500) {
            throw new Refusal.BadInput("Say in a few words why you change this mark (at most 500 characters);"
                    + " the audit log keeps it.", "reason");
        }
        String comment = mark.comment() == null || mark.comment().isBlank() ? null : mark.comment().strip();
        if (comment != null && comment.length() > 4000) {
            throw new Refusal.BadInput("A comment has at most 4,000 characters.", "comment");
        }
        Attempt attempt = entityManager.find(Attempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null) {
            throw new Refusal.NotFound("There is no attempt with the id " + attemptId + ".");
        }
        if (!attempt.isSubmitted()) {
            throw new Refusal.Conflict("This attempt is still open: mark it once it is submitted.");
        }
        QuestionVersion question = attempt.questions.stream().filter(version -> version.spec.id().equals(questionId))
                .findFirst().orElseThrow(() -> new Refusal.NotFound("This attempt has no question '" + questionId + "'."));
        Response response = responses.findFor(attempt.id, question.id).orElseThrow(); // a submitted attempt has one per question
        Fraction before = response.credit().orElse(Fraction.ZERO);
        Fraction after = mark.points() == null ? before : credit(mark.points(), question.points);
        if (!after.equals(before)) {
            sums.remove(attempt.quiz.id, List.of(attempt.id));
            attempt.record(attempt.grade().orElseThrow().replacing(Grade.of(before, question.points),
                    Grade.of(after, question.points)));
            response.record(after);
            response.manualCredit = true;
            entityManager.flush();
            sums.add(attempt.quiz.id, List.of(attempt.id));
        }
        response.comment = comment;
        response.markedBy = markerId;
        response.markedAt = clock.instant();
        marked.fire(new AttemptMarked(attempt.id, attempt.learnerId, attempt.quiz.slug, questionId, written(before, question.points),
                written(after, question.points), question.points, reason));
    }

    /** Points out of {@code maxPoints} as a share of the question's credit; refused outside 0 to maxPoints. */
    private static Fraction credit(BigDecimal points, int maxPoints) {
        BigDecimal exact = points.stripTrailingZeros();
        if (exact.signum() < 0 || exact.compareTo(BigDecimal.valueOf(maxPoints)) > 0 || exact.scale() > 4) {
            throw new Refusal.BadInput("Give points from 0 to " + maxPoints + ", with at most four decimals.", "points");
        }
        BigDecimal whole = exact.scale() < 0 ? exact.setScale(0) : exact;
        return Fraction.of(whole.unscaledValue().longValueExact(), BigDecimal.TEN.pow(whole.scale()).longValueExact() * maxPoints);
    }

    private static String written(Fraction credit, int maxPoints) {
        return Decimals.points(Grade.of(credit, maxPoints).points()).stripTrailingZeros().toPlainString();
    }
}
