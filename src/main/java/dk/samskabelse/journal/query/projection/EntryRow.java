package dk.samskabelse.journal.query.projection;

import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.util.Objects;

/**
 * A projection row keyed by the project and the journal entry it stems from. An entry id is unique only within
 * its project (the command side checks repeats there), so the key is (project_id, entry_id): an entry id that
 * also occurs in another project can never collide with that project's rows.
 */
@MappedSuperclass
@IdClass(EntryRow.Key.class)
public abstract class EntryRow implements ProjectRow {

    @Id
    private String projectId;

    @Id
    private String entryId;

    protected EntryRow() {}

    protected EntryRow(String entryId, String projectId) {
        this.entryId = entryId;
        this.projectId = projectId;
    }

    @Override
    public String getRowId() {
        return entryId;
    }

    public String getEntryId() {
        return entryId;
    }

    @Override
    public String getProjectId() {
        return projectId;
    }

    /** The primary key (project_id, entry_id). */
    public static final class Key implements Serializable {

        private String projectId;
        private String entryId;

        public Key() {}

        public Key(String projectId, String entryId) {
            this.projectId = projectId;
            this.entryId = entryId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other
                    && Objects.equals(projectId, other.projectId)
                    && Objects.equals(entryId, other.entryId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, entryId);
        }
    }
}
