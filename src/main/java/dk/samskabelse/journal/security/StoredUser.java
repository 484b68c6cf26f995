package dk.samskabelse.journal.security;

import java.time.Instant;

/** A journal user as stored: the password only as its encoder hash. */
public record StoredUser(String username, String passwordHash, UserRole role, boolean enabled, Instant createdAt) {
}
