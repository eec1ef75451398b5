package dev.cofactor.quiz.attempt;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** Extra time a learner has on timed quizzes: the limit times the multiplier, plus the minutes. */
@Entity
public class Accommodation {

    @Id
    public Long learnerId;

    public BigDecimal timeMultiplier;
    public int extraMinutes;
    public long grantedBy;
    public Instant grantedAt;

    /** The time limit this learner has on a quiz whose limit is {@code seconds}. */
    public long limitSeconds(int seconds) {
        return limitSeconds(seconds, timeMultiplier, extraMinutes);
    }

    static long limitSeconds(int seconds, BigDecimal timeMultiplier, int extraMinutes) {
        return BigDecimal.valueOf(seconds).multiply(timeMultiplier).setScale(0, RoundingMode.CEILING).longValueExact()
                + extraMinutes * 60L;
    }
}
