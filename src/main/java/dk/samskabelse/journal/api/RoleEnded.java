package dk.samskabelse.journal.api;

import java.time.LocalDate;

/**
 * An actor stops holding one of its roles from effectiveOn and keeps the others (an actor that stops taking part
 * altogether withdraws instead: ActorWithdrawn).
 */
public record RoleEnded(
        String projectId,
        String entryId,
        LocalDate effectiveOn,
        String actorId,
        Role role,
        String reason,
        boolean shareable)
        implements JournalEvent {}
