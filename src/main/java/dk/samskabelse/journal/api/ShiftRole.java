package dk.samskabelse.journal.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** fromRole: which role the new one replaces; may be null when the actor holds one role on that date. */
public record ShiftRole(
        @TargetAggregateIdentifier String projectId,
        String entryId,
        String actorId,
        Role role,
        LocalDate effectiveOn,
        String reason,
        boolean shareable,
        Role fromRole) {

    public ShiftRole(
            String projectId,
            String entryId,
            String actorId,
            Role role,
            LocalDate effectiveOn,
            String reason,
            boolean shareable) {
        this(projectId, entryId, actorId, role, effectiveOn, reason, shareable, null);
    }
}
