package dev.cofactor.quiz.quiz;

/** A CDI event: an admin created or changed a quiz. Observed for the audit log. */
public record QuizSaved(String slug, boolean created, int questions) {
}
