package dk.samskabelse.journal.api;

import java.time.LocalDate;

public record ActorWithdrawn(
        String projectId, String entryId, LocalDate effectiveOn, String actorId, String reason, boolean shareable)
        implements JournalEvent {}
