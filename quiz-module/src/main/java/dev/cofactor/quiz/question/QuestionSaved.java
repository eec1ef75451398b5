package dev.cofactor.quiz.question;

/**
 * A CDI event: a question got a new version (version 1 when it was created), made as {@code note}
 * says. Observed for the audit log.
 */
public record QuestionSaved(String questionId, int version, String note) {
}
