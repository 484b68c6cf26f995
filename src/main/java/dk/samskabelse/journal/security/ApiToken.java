package dk.samskabelse.journal.security;

import java.time.Instant;

/**
 * A personal API token as its owner and the administrator see it: never the secret nor its hash. The state is
 * taken when the token is read.
 */
public record ApiToken(
        String id,
        String username,
        String name,
        Instant createdAt,
        String createdBy,
        Instant expiresAt,
        Instant revokedAt,
        String revokedBy,
        Instant lastUsedAt,
        State state) {

    public enum State {
        ACTIVE,
        EXPIRED,
        REVOKED
    }

    static State stateAt(Instant now, Instant expiresAt, Instant revokedAt) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return now.isBefore(expiresAt) ? State.ACTIVE : State.EXPIRED;
    }

    public boolean active() {
        return state == State.ACTIVE;
    }
}
