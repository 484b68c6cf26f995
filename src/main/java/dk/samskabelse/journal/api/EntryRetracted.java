package dk.samskabelse.journal.api;

import java.time.LocalDate;

/** A correction: the retracted entry stays in the log but no longer counts (docs/domain.md "Two clocks"). */
public record EntryRetracted(
        String projectId,
        String entryId,
        LocalDate effectiveOn,
        String retractedEntryId,
        String retractedEntryType,
        String reason,
        boolean shareable)
        implements JournalEvent {}
