package dev.cofactor.quiz.attempt;

import dev.cofactor.quiz.question.QuestionType;
import java.time.Instant;

/** What saving one answer needs to know, read in one query and never managed by Hibernate. */
public record AnswerTarget(long attemptId, byte[] optionKey, Instant submittedAt, Instant deadline,
        long questionVersionId, QuestionType type) {
}
