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
        return new AdminPasswordException(UNUSABLE + switch (refused.problem()) {
            case PASSWORD_TOO_LONG -> "it is longer than " + PasswordPolicy.MAX_BYTES + " bytes.";
            case PASSWORD_TOO_WEAK -> "it is too easy to guess (a common password, a word or name with digits, a "
                    + "keyboard pattern, a repetition or a sequence).";
            default -> "it is shorter than " + PasswordPolicy.MIN_LENGTH + " characters.";
        });
    }
}
