package dk.samskabelse.journal.security;

/** A production journal without any administrator and without JOURNAL_ADMIN_PASSWORD to create one. */
public class MissingAdminPasswordException extends RuntimeException {

    public MissingAdminPasswordException() {
        super("No administrator and no JOURNAL_ADMIN_PASSWORD (journal.admin-password) to create one");
    }
}
