package dk.samskabelse.journal.query.phases;

import dk.samskabelse.journal.query.projection.ProjectRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Which phase interval of a project is the current one, so the projector never has to query for it. */
@Entity
@Table(name = "proj_phase_cursor")
public class PhaseCursor implements ProjectRow {

    @Id
    private String projectId;
    private String currentIntervalId;

    protected PhaseCursor() {
    }

    PhaseCursor(String projectId, String currentIntervalId) {
        this.projectId = projectId;
        this.currentIntervalId = currentIntervalId;
    }

    @Override
    public String getRowId() {
        return projectId;
    }

    @Override
    public String getProjectId() {
        return projectId;
    }

    String getCurrentIntervalId() {
        return currentIntervalId;
    }

    void setCurrentIntervalId(String currentIntervalId) {
        this.currentIntervalId = currentIntervalId;
    }
}
