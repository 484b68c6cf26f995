package dk.samskabelse.journal.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * A call signed in with an API token to an address that takes a password only: tokens and passwords are managed
 * with the password or the browser session, so a leaked token cannot make itself another token or take over
 * the account.
 */
public class ApiTokenNotAcceptedException extends AccessDeniedException {

    public ApiTokenNotAcceptedException() {
        super("API tokens are not accepted here");
    }
}
