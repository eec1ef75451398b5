package dev.cofactor.quiz.question;

/** A CDI event: a question was retired, reinstated or deleted. Observed for the audit log. */
public record QuestionStatusChanged(String questionId, Status status) {

    public enum Status {
        RETIRED, REINSTATED, DELETED
    }
}
