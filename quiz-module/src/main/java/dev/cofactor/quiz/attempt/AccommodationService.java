package dev.cofactor.quiz.attempt;

import dev.cofactor.quiz.quiz.Quiz;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Extra time on timed quizzes, granted per learner. A change applies at once, to the attempts the
 * learner has open too: their deadlines move.
 */
@ApplicationScoped
@Transactional
public class AccommodationService {

    public static final BigDecimal MAX_MULTIPLIER = BigDecimal.TEN;
    public static final int MAX_EXTRA_MINUTES = 1440;

    public record AccommodationDto(long learnerId, BigDecimal timeMultiplier, int extraMinutes, long grantedBy,
            Instant grantedAt) {
    }

    private final AccommodationRepository accommodations;
    private final AttemptRepository attempts;

    private final Clock clock;

    AccommodationService(AccommodationRepository accommodations, AttemptRepository attempts, Clock clock) {
        this.clock = clock;
        this.accommodations = accommodations;
        this.attempts = attempts;
    }

    /** What is wrong with an accommodation, by field ("timeMultiplier", "extraMinutes"); empty when it can be granted. */
    public static Map<String, String> problems(BigDecimal timeMultiplier, Integer extraMinutes) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (timeMultiplier == null || timeMultiplier.compareTo(BigDecimal.ONE) < 0 || timeMultiplier.compareTo(MAX_MULTIPLIER) > 0
                || timeMultiplier.stripTrailingZeros().scale() > 2) {
            problems.put("timeMultiplier", "Give a multiplier from 1 to 10, with at most two decimals (1 means no change).");
        }
        if (extraMinutes == null || extraMinutes < 0 || extraMinutes > MAX_EXTRA_MINUTES) {
            problems.put("extraMinutes", "Give the extra minutes as a whole number from 0 to " + MAX_EXTRA_MINUTES + ".");
        }
        return problems;
    }

    public Optional<AccommodationDto> find(long learnerId) {
        return accommodations.findByIdOptional(learnerId).map(AccommodationService::dto);
    }

    /** Accommodations of many learners at once, by learner id. */
    public Map<Long, AccommodationDto> byLearner(List<Long> learnerIds) {
        Map<Long, AccommodationDto> found = new LinkedHashMap<>();
        accommodations.listByLearners(learnerIds).forEach(accommodation -> found.put(accommodation.learnerId, dto(accommodation)));
        return found;
    }

    /**
     * Grants extra time (a multiplier of 1 and no minutes takes it away) and moves the deadlines of the
     * learner's open timed attempts. Returns how many open attempts got a new deadline.
     */
    public int grant(long learnerId, BigDecimal timeMultiplier, int extraMinutes, long grantedBy) {
        Map<String, String> problems = problems(timeMultiplier, extraMinutes);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems.values()));
        }
        // One statement each, so that two grants at once (two instructors, a double click) cannot collide.
        if (timeMultiplier.compareTo(BigDecimal.ONE) == 0 && extraMinutes == 0) {
            accommodations.deleteByLearner(learnerId);
        } else {
            accommodations.upsert(learnerId, timeMultiplier, extraMinutes, grantedBy,
                    clock.instant());
        }
        List<Attempt> open = attempts.list("""
                select a from Attempt a join fetch a.quiz q
                where a.learnerId = ?1 and a.submittedAt is null and a.deadline is not null""", learnerId);
        open.forEach(attempt -> attempt.deadline = attempt.quiz.timeLimitSeconds == null ? null
                : attempt.startedAt.plusSeconds(
                        Accommodation.limitSeconds(attempt.quiz.timeLimitSeconds, timeMultiplier, extraMinutes)));
        return open.size();
    }

    /** When an attempt at a timed quiz started at {@code start} must be submitted; null for an untimed quiz. */
    public Instant deadline(Quiz quiz, long learnerId, Instant start) {
        if (quiz.timeLimitSeconds == null) {
            return null;
        }
        long seconds = accommodations.findByIdOptional(learnerId).map(extra -> extra.limitSeconds(quiz.timeLimitSeconds))
                .orElse((long) quiz.timeLimitSeconds);
        return start.plusSeconds(seconds);
    }

    private static AccommodationDto dto(Accommodation accommodation) {
        return new AccommodationDto(accommodation.learnerId, accommodation.timeMultiplier, accommodation.extraMinutes,
                accommodation.grantedBy, accommodation.grantedAt);
    }
}
