package dk.samskabelse.journal.query.timeline;

import dk.samskabelse.journal.query.projection.EntryRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Every entry of a project with both clocks and its content (the event as JSON, actors by pseudonymous id).
 * A retracted entry keeps its row, marked with the retraction, so the log stays complete.
 */
@Entity
@Table(name = "proj_timeline_entry")
public class TimelineEntry extends EntryRow {

    private long sequenceNumber;
    private String type;
    private LocalDate effectiveOn;
    private Instant recordedAt;
    private String recordedBy;

    @Column(length = 100_000)
    private String payload;

    private String retractedByEntryId;
    private Instant retractedAt;

    protected TimelineEntry() {}

    public TimelineEntry(
            String entryId,
            String projectId,
            long sequenceNumber,
            String type,
            LocalDate effectiveOn,
            Instant recordedAt,
            String recordedBy,
            String payload) {
        super(entryId, projectId);
        this.sequenceNumber = sequenceNumber;
        this.type = type;
        this.effectiveOn = effectiveOn;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.payload = payload;
    }

    public long getSequenceNumber() {
        return sequenceNumber;
    }

    public String getType() {
        return type;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getPayload() {
        return payload;
    }

    public String getRetractedByEntryId() {
        return retractedByEntryId;
    }

    public Instant getRetractedAt() {
        return retractedAt;
    }

    public boolean isRetracted() {
        return retractedByEntryId != null;
    }

    void retract(String byEntryId, Instant at) {
        this.retractedByEntryId = byEntryId;
        this.retractedAt = at;
    }
}
