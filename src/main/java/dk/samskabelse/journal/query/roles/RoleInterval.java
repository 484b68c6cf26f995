package dk.samskabelse.journal.query.roles;

import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.query.projection.IntervalRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A role an actor held from a date until a shift away from it, its end or a withdrawal. An actor may hold
 * several at once (seed 001's "dobbeltrolle"); the id is the entry that began it (entryId/ROLE for the second
 * and further roles a rejoining begins).
 */
@Entity
@Table(name = "proj_role_interval")
public class RoleInterval extends IntervalRow {

    private String actorId;

    @Enumerated(EnumType.STRING)
    private Role role;

    private String reason;
    private boolean reasonShareable;

    protected RoleInterval() {}

    public RoleInterval(
            String entryId,
            String projectId,
            String actorId,
            Role role,
            LocalDate fromDate,
            String reason,
            boolean reasonShareable,
            String previousEntryId) {
        super(entryId, projectId, fromDate, previousEntryId);
        this.actorId = actorId;
        this.role = role;
        this.reason = reason;
        this.reasonShareable = reasonShareable;
    }

    /** Sets what a recomputation of the actor's facts gives for this row. */
    void update(
            Role role,
            LocalDate fromDate,
            LocalDate toDate,
            String endedByEntryId,
            String reason,
            boolean reasonShareable,
            String previousEntryId) {
        this.role = role;
        this.reason = reason;
        this.reasonShareable = reasonShareable;
        restate(fromDate, toDate, endedByEntryId, previousEntryId);
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
