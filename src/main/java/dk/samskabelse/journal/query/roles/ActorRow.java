package dk.samskabelse.journal.query.roles;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.Sector;
import dk.samskabelse.journal.query.projection.ProjectRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** An actor of a project as the role projection knows it: pseudonymous id, kind, when in and out. */
@Entity
@Table(name = "proj_actor")
public class ActorRow implements ProjectRow {

    @Id
    private String actorId;
    private String projectId;
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
    public Object getRowId() {
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
}
