package dk.samskabelse.journal.query.phases;

import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.query.projection.IntervalRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A span in one phase of seed 002's model; backwards marks a step back ("et par skridt tilbage"). */
@Entity
@Table(name = "proj_phase_interval")
public class PhaseInterval extends IntervalRow {

    @Enumerated(EnumType.STRING)
    private Phase phase;

    private boolean backwards;
    private String note;
    private boolean noteShareable;

    protected PhaseInterval() {}

    public PhaseInterval(
            String entryId,
            String projectId,
            Phase phase,
            LocalDate fromDate,
            boolean backwards,
            String note,
            boolean noteShareable,
            String previousEntryId) {
        super(entryId, projectId, fromDate, previousEntryId);
        this.phase = phase;
        this.backwards = backwards;
        this.note = note;
        this.noteShareable = noteShareable;
    }

    void update(
            Phase phase,
            LocalDate fromDate,
            LocalDate toDate,
            String endedByEntryId,
            boolean backwards,
            String note,
            boolean noteShareable,
            String previousEntryId) {
        this.phase = phase;
        this.backwards = backwards;
        this.note = note;
        this.noteShareable = noteShareable;
        restate(fromDate, toDate, endedByEntryId, previousEntryId);
    }

    public Phase getPhase() {
        return phase;
    }

    public boolean isBackwards() {
        return backwards;
    }

    public String getNote() {
        return note;
    }

    public boolean isNoteShareable() {
        return noteShareable;
    }
}
