package dk.samskabelse.journal.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A bearer credential that signs nobody in: not a journal token, unknown, wrong, revoked, expired, or its owner
 * disabled. One answer for all (401), so the answer tells nothing about which.
 */
public class InvalidApiTokenException extends AuthenticationException {

    public InvalidApiTokenException() {
        super("Invalid API token");
    }
}
