package dk.samskabelse.journal.query.projection;

import java.time.Instant;

/** The second clock of an entry: when it was written into the journal and by whom (event metadata). */
public record EntryMeta(long sequenceNumber, Instant recordedAt, String recordedBy) {}
