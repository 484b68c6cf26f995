package dk.samskabelse.journal.security;

/**
 * A production journal that nobody could administer: no administrator in its database and no usable
 * JOURNAL_ADMIN_PASSWORD to create one (AdminPasswordFailureAnalyzer turns it into a short message).
 */
public class AdminPasswordException extends RuntimeException {

    static final String MISSING = "The journal refuses to start: it is not in demo mode, its database has no "
            + "administrator, and no initial administrator password was given (JOURNAL_ADMIN_PASSWORD).";
    static final String UNUSABLE = "The journal refuses to start: the initial administrator password "
            + "(JOURNAL_ADMIN_PASSWORD) cannot be used: ";

    private AdminPasswordException(String message) {
        super(message);
    }

    static AdminPasswordException missing() {
        return new AdminPasswordException(MISSING);
    }

    static AdminPasswordException unusable(AccountException refused) {
        return new AdminPasswordException(UNUSABLE + (refused.problem() == AccountException.Problem.PASSWORD_TOO_LONG
                ? "it is longer than " + UserAccounts.MAX_PASSWORD_BYTES + " bytes."
                : "it is shorter than " + UserAccounts.MIN_PASSWORD_LENGTH + " characters."));
    }
}
