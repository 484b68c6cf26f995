package dk.samskabelse.journal.query.roles;

import dk.samskabelse.journal.api.Role;
import java.time.LocalDate;
import java.util.List;

/**
 * One dated role fact of an actor as the role projection keeps it (ActorRow.roleFacts): enough to recompute the
 * actor's intervals when a fact arrives, is back-dated or is retracted, without reading any other actor.
 * sequence is the aggregate sequence number: facts on the same date apply in the order they were recorded.
 */
public record RoleFact(
        String entryId,
        long sequence,
        Kind kind,
        LocalDate on,
        Role fromRole,
        List<Role> roles,
        String reason,
        boolean shareable) {

    public enum Kind {
        REGISTERED,
        SHIFTED,
        ADDED,
        ENDED,
        WITHDRAWN,
        REJOINED
    }

    public RoleFact {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** The role a registration, shift, addition or end names. */
    Role role() {
        return roles.isEmpty() ? null : roles.get(0);
    }
}
