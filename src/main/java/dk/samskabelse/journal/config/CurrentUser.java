package dk.samskabelse.journal.config;

import org.springframework.stereotype.Component;

/**
 * The user on whose behalf a command is recorded. Until login exists every entry is recorded by the fixed
 * system user; the login issue replaces this with the authenticated principal.
 */
@Component
public class CurrentUser {

    public static final String SYSTEM_USER = "system";

    public String name() {
        return SYSTEM_USER;
    }
}
