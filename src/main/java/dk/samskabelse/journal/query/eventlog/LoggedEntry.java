package dk.samskabelse.journal.query.eventlog;

import dk.samskabelse.journal.api.JournalEvent;

import java.time.Instant;
import java.time.LocalDate;

/** One stored entry of a project's journal with both clocks: when it happened and when it was written. */
public record LoggedEntry(long sequenceNumber, String entryId, String type, LocalDate effectiveOn,
                          Instant recordedAt, String recordedBy, JournalEvent payload) {
}
