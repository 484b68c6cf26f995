package dk.samskabelse.journal.query.eventlog;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.samskabelse.journal.api.DemoProvenance.DemoSource;
import dk.samskabelse.journal.api.JournalEvent;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One stored entry of a project's journal with both clocks: when it happened and when it was written. demo: for an
 * entry of a demo project, whether it rests on a seed passage or is invented (issue 13); absent otherwise.
 */
public record LoggedEntry(
        long sequenceNumber,
        String entryId,
        String type,
        LocalDate effectiveOn,
        Instant recordedAt,
        String recordedBy,
        JournalEvent payload,
        @JsonInclude(JsonInclude.Include.NON_NULL) DemoSource demo) {

    public LoggedEntry(
            long sequenceNumber,
            String entryId,
            String type,
            LocalDate effectiveOn,
            Instant recordedAt,
            String recordedBy,
            JournalEvent payload) {
        this(sequenceNumber, entryId, type, effectiveOn, recordedAt, recordedBy, payload, null);
    }
}
