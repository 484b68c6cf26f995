package dk.samskabelse.journal.query.projection;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A projection row keyed by the journal entry it stems from. */
@MappedSuperclass
public abstract class EntryRow implements ProjectRow {

    @Id
    private String entryId;
    private String projectId;

    protected EntryRow() {
    }

    protected EntryRow(String entryId, String projectId) {
        this.entryId = entryId;
        this.projectId = projectId;
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
}
