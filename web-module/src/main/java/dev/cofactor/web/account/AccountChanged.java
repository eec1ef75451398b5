package dev.cofactor.web.account;

/**
 * An account was created or changed: fired in the transaction of the change, for the audit log to
 * record (as questions, quizzes and regrades announce theirs), so that accounts need not know the log.
 *
 * @param detail what changed, as the log shows it ("role learner", "2 sessions ended")
 */
public record AccountChanged(Change change, String email, String detail) {

    public enum Change {
        CREATED, ROLE, DISABLED, ENABLED, PASSWORD_CHANGED, PASSWORD_RESET, SIGNED_OUT, DETAILS
    }
}
