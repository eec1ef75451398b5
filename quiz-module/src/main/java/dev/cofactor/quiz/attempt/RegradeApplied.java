package dev.cofactor.quiz.attempt;

/** A CDI event: a regrade was applied. Observed for the audit log. */
public record RegradeApplied(long regradeId, long quizId, String questionId, int toVersion, int attempts) {
}
