package dev.cofactor.quiz.attempt;

import dev.cofactor.quiz.question.QuestionVersion;
import dev.cofactor.quiz.scoring.Answer;
import dev.cofactor.quiz.scoring.AnswerKey;
import dev.cofactor.quiz.scoring.Fraction;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
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
    public StoredAnswer answer;

    public Instant savedAt;
    public boolean checked;
    /** Whether a person set the credit ({@link MarkingService}): a regrade then keeps it. */
    boolean manualCredit;
    /** A person's comment for the learner, or null; who marked it last and when (both null when nobody did). */
    String comment;
    Long markedBy;
    Instant markedAt;
    /** The credit the answer earned, exact ({@link #credit()}); null until it is scored. */
    Long creditNumerator;
    Long creditDenominator;

    static Response blank(long attemptId, long questionVersionId, Instant submittedAt) {
        Response blank = new Response();
        blank.key = new Key(attemptId, questionVersionId);
        blank.savedAt = submittedAt;
        blank.record(Fraction.ZERO);
        return blank;
    }

    public boolean isAnswered() {
        return answer != null;
    }

    /**
     * The credit an answer earns on a question version: none when there is no answer or when the answer
     * does not fit the version (a regrade to a changed question). The quiz's late rule applies on top.
     */
    static Fraction credit(AnswerKey key, QuestionVersion question, StoredAnswer answer) {
        return fitting(question, answer).filter(given -> key.problem(given).isEmpty()).map(key::score).orElse(Fraction.ZERO);
    }

    /** The stored answer as the core's, if there is one and it has the shape the question version takes. */
    static Optional<Answer> fitting(QuestionVersion question, StoredAnswer answer) {
        return Optional.ofNullable(answer).flatMap(StoredAnswer::answer).filter(question.type::takes);
    }

    /** The credit this answer earned, exact; empty until it is scored. */
    public Optional<Fraction> credit() {
        return creditNumerator == null ? Optional.empty() : Optional.of(Fraction.of(creditNumerator, creditDenominator));
    }

    public boolean isFullCredit() {
        return credit().filter(Fraction.ONE::equals).isPresent();
    }

    void record(Fraction credit) {
        this.creditNumerator = credit.numerator();
        this.creditDenominator = credit.denominator();
    }
}
