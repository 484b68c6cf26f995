package dk.samskabelse.journal.query.phases;

import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.query.projection.ProjectRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A span in one phase of seed 002's model; backwards marks a step back ("et par skridt tilbage"). */
@Entity
@Table(name = "proj_phase_interval")
public class PhaseInterval implements ProjectRow {

    @Id
    private String entryId;
    private String projectId;
    @Enumerated(EnumType.STRING)
    private Phase phase;
    private LocalDate fromDate;
    private LocalDate toDate;
    private boolean backwards;
    private String note;
    private boolean noteShareable;
    private String previousEntryId;
    private String endedByEntryId;

    protected PhaseInterval() {
    }

    public PhaseInterval(String entryId, String projectId, Phase phase, LocalDate fromDate, boolean backwards,
                         String note, boolean noteShareable, String previousEntryId) {
        this.entryId = entryId;
        this.projectId = projectId;
        this.phase = phase;
        this.fromDate = fromDate;
        this.backwards = backwards;
        this.note = note;
        this.noteShareable = noteShareable;
        this.previousEntryId = previousEntryId;
    }

    @Override
    public Object getRowId() {
        return entryId;
    }

    public String getEntryId() {
        return entryId;
    }

    @Override
    public String getProjectId() {
        return projectId;
    }

    public Phase getPhase() {
        return phase;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
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

    String getPreviousEntryId() {
        return previousEntryId;
    }

    void end(LocalDate on, String byEntryId) {
        this.toDate = on;
        this.endedByEntryId = byEntryId;
    }

    void reopen() {
        this.toDate = null;
        this.endedByEntryId = null;
    }
}
