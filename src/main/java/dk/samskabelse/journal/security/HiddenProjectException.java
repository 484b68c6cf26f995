package dk.samskabelse.journal.security;

import org.springframework.security.access.AccessDeniedException;

/** A project the caller may not read: answered as the unknown project it must look like (404 UNKNOWN_PROJECT). */
public class HiddenProjectException extends AccessDeniedException {

    public HiddenProjectException() {
        super("Unknown project");
    }
}
