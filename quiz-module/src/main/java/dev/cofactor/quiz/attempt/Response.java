package dev.cofactor.quiz.attempt;

import dev.cofactor.quiz.question.QuestionVersion;
import dev.cofactor.quiz.scoring.AnswerKey;
import dev.cofactor.quiz.scoring.Fraction;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A learner's answer to one question of an attempt; blank (no answer) for a question a submitted attempt left unanswered. */
@Entity
public class Response {

    @Embeddable
    public record Key(Long attemptId, Long questionVersionId) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @JdbcTypeCode(SqlTypes.JSON)
    public AnswerDto answer;

    public Instant savedAt;
    public boolean checked;
    public BigDecimal credit;
    public BigDecimal points;

    static Response blank(long attemptId, long questionVersionId, Instant submittedAt) {
        Response blank = new Response();
        blank.key = new Key(attemptId, questionVersionId);
        blank.savedAt = submittedAt;
        blank.record(Fraction.ZERO, 0);
        return blank;
    }

    public boolean isAnswered() {
        return answer != null;
    }

    /**
     * The credit an answer earns on a question version: none when {@code noCredit} (a late attempt
     * under that rule), when there is no answer, or when the answer does not fit the version (a
     * regrade to a changed question).
     */
    static Fraction credit(AnswerKey key, QuestionVersion question, AnswerDto answer, boolean noCredit) {
        if (noCredit || answer == null) {
            return Fraction.ZERO;
        }
        return answer.toAnswer(question.type).filter(given -> key.problem(given).isEmpty()).map(key::score)
                .orElse(Fraction.ZERO);
    }

    /** The points a credit is worth on a question of {@code maxPoints}, as stored. */
    static BigDecimal points(Fraction credit, int maxPoints) {
        return credit.times(Fraction.of(maxPoints, 1)).toBigDecimal(4);
    }

    void record(Fraction credit, int maxPoints) {
        this.credit = credit.toBigDecimal(7);
        this.points = points(credit, maxPoints);
    }
}
