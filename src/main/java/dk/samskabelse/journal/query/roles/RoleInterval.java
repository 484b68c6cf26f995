package dk.samskabelse.journal.query.roles;

import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.query.projection.IntervalRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A role an actor held from a date until the next shift or withdrawal.
 */
@Entity
@Table(name = "proj_role_interval")
public class RoleInterval extends IntervalRow {

    private String actorId;
    @Enumerated(EnumType.STRING)
    private Role role;
    private String reason;
    private boolean reasonShareable;

    protected RoleInterval() {
    }

    public RoleInterval(String entryId, String projectId, String actorId, Role role, LocalDate fromDate,
                        String reason, boolean reasonShareable, String previousEntryId) {
        super(entryId, projectId, fromDate, previousEntryId);
        this.actorId = actorId;
        this.role = role;
        this.reason = reason;
        this.reasonShareable = reasonShareable;
    }

    public String getActorId() {
        return actorId;
    }

    public Role getRole() {
        return role;
    }

    public String getReason() {
        return reason;
    }

    public boolean isReasonShareable() {
        return reasonShareable;
    }
}
