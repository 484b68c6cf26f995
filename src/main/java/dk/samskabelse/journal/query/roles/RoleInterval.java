package dk.samskabelse.journal.query.roles;

import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.query.projection.ProjectRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A role an actor held from a date until the next shift or withdrawal (to is exclusive; null while it lasts).
 * Keyed by the entry that began it, so a retraction can find it and reopen the interval before it.
 */
@Entity
@Table(name = "proj_role_interval")
public class RoleInterval implements ProjectRow {

    @Id
    private String entryId;
    private String projectId;
    private String actorId;
    @Enumerated(EnumType.STRING)
    private Role role;
    private LocalDate fromDate;
    private LocalDate toDate;
    private String reason;
    private boolean reasonShareable;
    private String previousEntryId;
    private String endedByEntryId;

    protected RoleInterval() {
    }

    public RoleInterval(String entryId, String projectId, String actorId, Role role, LocalDate fromDate,
                        String reason, boolean reasonShareable, String previousEntryId) {
        this.entryId = entryId;
        this.projectId = projectId;
        this.actorId = actorId;
        this.role = role;
        this.fromDate = fromDate;
        this.reason = reason;
        this.reasonShareable = reasonShareable;
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

    public String getActorId() {
        return actorId;
    }

    public Role getRole() {
        return role;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public String getReason() {
        return reason;
    }

    public boolean isReasonShareable() {
        return reasonShareable;
    }

    public String getEndedByEntryId() {
        return endedByEntryId;
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
