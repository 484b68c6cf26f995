package dk.samskabelse.journal.api;

import java.time.LocalDate;

/** A recorded learning, tagged with one of the focus points of phase 3 Erkendelse (seed 002). */
public record InsightRecorded(
        String projectId, String entryId, LocalDate effectiveOn, FocusPoint focus, String text, boolean shareable)
        implements JournalEvent {}
