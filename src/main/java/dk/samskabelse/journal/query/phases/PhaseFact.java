package dk.samskabelse.journal.query.phases;

import dk.samskabelse.journal.api.Phase;
import java.time.LocalDate;

/** A dated phase fact of a project (PhaseCursor.phaseFacts); sequence is the aggregate sequence number. */
public record PhaseFact(
        String entryId, long sequence, Kind kind, LocalDate on, Phase phase, String note, boolean shareable) {

    public enum Kind {
        STARTED,
        CHANGED,
        CLOSED,
        REOPENED
    }
}
