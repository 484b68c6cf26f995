package dk.samskabelse.journal.security;

import java.time.Instant;

/**
 * A journal user as stored: the password only as its encoder hash; the credentials version is raised whenever the
 * user is disabled or enabled or given a new password, which ends the user's browser sessions.
 */
public record StoredUser(
        String username,
        String passwordHash,
        UserRole role,
        boolean enabled,
        Instant createdAt,
        long credentialsVersion) {

    StoredUser(String username, String passwordHash, UserRole role, boolean enabled, Instant createdAt) {
        this(username, passwordHash, role, enabled, createdAt, 0);
    }
}
