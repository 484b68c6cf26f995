package dk.samskabelse.journal.api;

import java.time.LocalDate;

public record ProjectStarted(String projectId, String entryId, LocalDate effectiveOn,
                             String name, String municipality, Area area, String purpose) implements JournalEvent {
}
