package dk.samskabelse.journal.query.roles;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.Sector;
import dk.samskabelse.journal.query.projection.ProjectRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** An actor of a project as the role projection knows it: pseudonymous id, kind, when in and out. */
@Entity
@Table(name = "proj_actor")
@IdClass(ActorRow.Key.class)
public class ActorRow implements ProjectRow {

    @Id
    private String projectId;
    @Id
    private String actorId;
    @Enumerated(EnumType.STRING)
    private ActorKind kind;
    @Enumerated(EnumType.STRING)
    private Sector sector;
    private LocalDate joinedOn;
    private LocalDate withdrawnOn;
    private String withdrawalEntryId;
    private String currentIntervalId;

    protected ActorRow() {
    }

    public ActorRow(String actorId, String projectId, ActorKind kind, Sector sector, LocalDate joinedOn,
                    String currentIntervalId) {
        this.actorId = actorId;
        this.projectId = projectId;
        this.kind = kind;
        this.sector = sector;
        this.joinedOn = joinedOn;
        this.currentIntervalId = currentIntervalId;
    }

    @Override
    public String getRowId() {
        return actorId;
    }

    public String getActorId() {
        return actorId;
    }

    @Override
    public String getProjectId() {
        return projectId;
    }

    public ActorKind getKind() {
        return kind;
    }

    public Sector getSector() {
        return sector;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getWithdrawalEntryId() {
        return withdrawalEntryId;
    }

    String getCurrentIntervalId() {
        return currentIntervalId;
    }

    void setCurrentIntervalId(String currentIntervalId) {
        this.currentIntervalId = currentIntervalId;
    }

    void withdraw(LocalDate on, String entryId) {
        this.withdrawnOn = on;
        this.withdrawalEntryId = entryId;
    }

    /** The primary key (project_id, actor_id): an actor id is unique only within its project. */
    public static final class Key implements java.io.Serializable {

        private String projectId;
        private String actorId;

        public Key() {
        }

        public Key(String projectId, String actorId) {
            this.projectId = projectId;
            this.actorId = actorId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && java.util.Objects.equals(projectId, other.projectId)
                    && java.util.Objects.equals(actorId, other.actorId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(projectId, actorId);
        }
    }
}
