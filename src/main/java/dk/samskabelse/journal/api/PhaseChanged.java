package dk.samskabelse.journal.api;

import java.time.LocalDate;

/** A move between the phases of seed 002; backwards marks "et par skridt tilbage". */
public record PhaseChanged(
        String projectId,
        String entryId,
        LocalDate effectiveOn,
        Phase fromPhase,
        Phase toPhase,
        boolean backwards,
        String note,
        boolean shareable)
        implements JournalEvent {}
