package dev.cofactor.quiz.attempt;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A learner's answer to one question of an attempt. */
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
}
