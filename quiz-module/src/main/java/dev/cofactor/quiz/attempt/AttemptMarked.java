package dev.cofactor.quiz.attempt;

/**
 * A person changed the mark of one answer of a submitted attempt, or commented on it: fired in the
 * transaction of the change, for the audit log. Points are as the pages write them ("0.5"); equal when
 * only the comment changed.
 */
public record AttemptMarked(long attemptId, long learnerId, String quizSlug, String questionId, String oldPoints,
        String newPoints, int maxPoints, String reason) {
}
