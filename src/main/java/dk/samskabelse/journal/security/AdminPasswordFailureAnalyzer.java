package dk.samskabelse.journal.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The refusal to start a production journal that nobody or anybody could administer, as a short message. */
class AdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<AdminPasswordException> {

    static final String ACTION = "Start it once with JOURNAL_ADMIN_PASSWORD set to a password of at least "
            + PasswordPolicy.MIN_LENGTH
            + " characters that is not easy to guess (or --journal.admin-password=...): the "
            + "user 'admin' is created with it. For a trial with demo users instead, set JOURNAL_DEMO=true.";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdminPasswordException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
