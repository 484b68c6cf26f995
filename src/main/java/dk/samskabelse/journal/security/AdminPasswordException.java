package dk.samskabelse.journal.security;

import java.util.List;

/**
 * A production journal that nobody could administer (no administrator in its database and no usable
 * JOURNAL_ADMIN_PASSWORD to create one), or that anybody could, since an enabled user still has the published demo
 * password. AdminPasswordFailureAnalyzer turns it into a short message with what to do.
 */
public class AdminPasswordException extends RuntimeException {

    static final String MISSING = "The journal refuses to start: it is not in demo mode, its database has no "
            + "administrator, and no initial administrator password was given (JOURNAL_ADMIN_PASSWORD).";
    static final String UNUSABLE = "The journal refuses to start: the initial administrator password "
            + "(JOURNAL_ADMIN_PASSWORD) cannot be used: ";

    static final String DEMO_PASSWORD = "The journal refuses to start: it is not in demo mode, and these enabled users "
            + "still have the demo password, which is published in the README: ";
    static final String DEMO_PASSWORD_ACTION = "For the administrator 'admin': start with JOURNAL_ADMIN_PASSWORD set "
            + "to a new password of at least " + PasswordPolicy.MIN_LENGTH + " characters that is not easy to guess "
            + "(or --journal.admin-password=...): it replaces the demo password. For any other user named: disable it "
            + "in the database (UPDATE journal_user SET enabled = false WHERE username = '...'), start the journal, and "
            + "give it a new password and enable it again on /admin/brugere. To keep running the trial with its demo "
            + "users instead, set JOURNAL_DEMO=true.";

    private final String action;

    private AdminPasswordException(String message, String action) {
        super(message);
        this.action = action;
    }

    String action() {
        return action;
    }

    static AdminPasswordException missing() {
        return new AdminPasswordException(MISSING, AdminPasswordFailureAnalyzer.ACTION);
    }

    static AdminPasswordException demoPassword(List<String> usernames) {
        return new AdminPasswordException(DEMO_PASSWORD + String.join(", ", usernames) + ".", DEMO_PASSWORD_ACTION);
    }

    static AdminPasswordException unusable(AccountException refused) {
        return new AdminPasswordException(
                UNUSABLE
                        + switch (refused.problem()) {
                            case PASSWORD_TOO_LONG -> "it is longer than " + PasswordPolicy.MAX_BYTES + " bytes.";
                            case PASSWORD_TOO_WEAK ->
                                "it is too easy to guess (a common password, a word or name with digits, a "
                                        + "keyboard pattern, a repetition or a sequence).";
                            default -> "it is shorter than " + PasswordPolicy.MIN_LENGTH + " characters.";
                        },
                AdminPasswordFailureAnalyzer.ACTION);
    }
}
