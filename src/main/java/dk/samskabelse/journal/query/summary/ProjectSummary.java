package dk.samskabelse.journal.query.summary;

import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.query.projection.ProjectRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One line of the portfolio: what the project is and when its journal was last written. */
@Entity
@Table(name = "proj_project_summary")
public class ProjectSummary implements ProjectRow {

    @Id
    private String projectId;

    private String name;
    private String municipality;

    @Enumerated(EnumType.STRING)
    private Area area;

    @Column(length = 4000)
    private String purpose;

    private LocalDate startedOn;
    private LocalDate closedOn;
    private LocalDate reopenedOn;
    /** The project whose "afsæt for ny samskabelse" (seed 002, Erkendelse) this one takes up, else null. */
    private String continuesProjectId;

    private String lastEntryId;
    private String lastEntryType;
    private LocalDate lastEntryOn;
    private Instant lastRecordedAt;
    private String lastRecordedBy;
    private long entryCount;
    /**
     * Bumped by every event of the project the read side applies (issue 14): the key under which the views computed
     * from the project's rows are kept in memory (query/project/ViewCache). A count, so a rebuild ends at the same
     * version with the same rows.
     */
    private long projectionVersion;

    protected ProjectSummary() {}

    ProjectSummary(String projectId, String name, String municipality, Area area, String purpose, LocalDate startedOn) {
        this(projectId, name, municipality, area, purpose, startedOn, null);
    }

    ProjectSummary(
            String projectId,
            String name,
            String municipality,
            Area area,
            String purpose,
            LocalDate startedOn,
            String continuesProjectId) {
        this.continuesProjectId = continuesProjectId;
        this.projectId = projectId;
        this.name = name;
        this.municipality = municipality;
        this.area = area;
        this.purpose = purpose;
        this.startedOn = startedOn;
    }

    @Override
    public String getRowId() {
        return projectId;
    }

    @Override
    public String getProjectId() {
        return projectId;
    }

    public String getName() {
        return name;
    }

    public String getMunicipality() {
        return municipality;
    }

    public Area getArea() {
        return area;
    }

    public String getPurpose() {
        return purpose;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getLastEntryId() {
        return lastEntryId;
    }

    public String getLastEntryType() {
        return lastEntryType;
    }

    public LocalDate getLastEntryOn() {
        return lastEntryOn;
    }

    public Instant getLastRecordedAt() {
        return lastRecordedAt;
    }

    public String getLastRecordedBy() {
        return lastRecordedBy;
    }

    public long getEntryCount() {
        return entryCount;
    }

    /** The last reopening (the project is open again: closedOn is null until it is closed again). */
    public LocalDate getReopenedOn() {
        return reopenedOn;
    }

    public long getProjectionVersion() {
        return projectionVersion;
    }

    public String getContinuesProjectId() {
        return continuesProjectId;
    }

    /** One more event of the project applied to the read models. */
    void applied() {
        this.projectionVersion++;
    }

    void close(LocalDate on) {
        this.closedOn = on;
    }

    void reopen(LocalDate on) {
        this.closedOn = null;
        this.reopenedOn = on;
    }

    void recordEntry(String entryId, String type, LocalDate effectiveOn, Instant recordedAt, String recordedBy) {
        this.lastEntryId = entryId;
        this.lastEntryType = type;
        this.lastEntryOn = effectiveOn;
        this.lastRecordedAt = recordedAt;
        this.lastRecordedBy = recordedBy;
        this.entryCount++;
    }
}
