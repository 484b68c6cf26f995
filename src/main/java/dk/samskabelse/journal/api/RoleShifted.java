package dk.samskabelse.journal.api;

import java.time.LocalDate;

/** Roles change during a project ("vi blev jævnbyrdige", seed 000). */
public record RoleShifted(
        String projectId,
        String entryId,
        LocalDate effectiveOn,
        String actorId,
        Role fromRole,
        Role toRole,
        String reason,
        boolean shareable)
        implements JournalEvent {}
