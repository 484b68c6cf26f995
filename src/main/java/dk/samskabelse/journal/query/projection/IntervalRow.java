package dk.samskabelse.journal.query.projection;

import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;

/**
 * A dated interval that one entry began and the next one (or a withdrawal, or the closing) ends; "to" is
 * exclusive and null while it lasts. Each interval knows the one before it, so retracting the entry that began
 * it can reopen that one.
 */
@MappedSuperclass
public abstract class IntervalRow extends EntryRow {

    private LocalDate fromDate;
    private LocalDate toDate;
    private String previousEntryId;
    private String endedByEntryId;

    protected IntervalRow() {}

    protected IntervalRow(String entryId, String projectId, LocalDate fromDate, String previousEntryId) {
        super(entryId, projectId);
        this.fromDate = fromDate;
        this.previousEntryId = previousEntryId;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public String getEndedByEntryId() {
        return endedByEntryId;
    }

    public String getPreviousEntryId() {
        return previousEntryId;
    }

    public void end(LocalDate on, String byEntryId) {
        this.toDate = on;
        this.endedByEntryId = byEntryId;
    }

    /** Recomputed projections (roles, phases) set every field of an interval again. */
    protected void restate(LocalDate fromDate, LocalDate toDate, String endedByEntryId, String previousEntryId) {
        this.fromDate = fromDate;
        this.toDate = toDate;
        this.endedByEntryId = endedByEntryId;
        this.previousEntryId = previousEntryId;
    }

    public void reopen() {
        this.toDate = null;
        this.endedByEntryId = null;
    }
}
