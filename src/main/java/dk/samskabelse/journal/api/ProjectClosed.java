package dk.samskabelse.journal.api;

import java.time.LocalDate;

public record ProjectClosed(String projectId, String entryId, LocalDate effectiveOn, String note, boolean shareable)
        implements JournalEvent {}
