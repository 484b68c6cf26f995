package dk.samskabelse.journal.security;

/** A change to a user that the journal refuses; the problem names the field and the message key. */
public class AccountException extends RuntimeException {

    public enum Problem {
        USERNAME_INVALID("username"),
        USERNAME_TAKEN("username"),
        PASSWORD_TOO_SHORT("password"),
        PASSWORD_TOO_LONG("password"),
        PASSWORD_TOO_WEAK("password"),
        UNKNOWN_USER("username"),
        LAST_ADMIN("enabled"),
        /** Outside demo mode: the user still has the demo password, so it is not enabled before it has a new one. */
        DEMO_PASSWORD("enabled");

        private final String field;

        Problem(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }

        public String messageKey() {
            return "account." + name();
        }
    }

    private final Problem problem;

    public AccountException(Problem problem) {
        super(problem.name());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
