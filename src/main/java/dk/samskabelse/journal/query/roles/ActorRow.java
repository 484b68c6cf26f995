package dk.samskabelse.journal.query.roles;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.Sector;
import dk.samskabelse.journal.query.projection.ProjectRow;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;

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
    private boolean commercialSupplier;
    // The JSON lists are values, replaced and never changed in place: marked immutable, Hibernate neither
    // deep-copies them through JSON on persist nor serialises them again to find out whether they changed.
    /** The actor's dated role facts, sorted by (date, sequence): what its intervals are recomputed from. */
    @Convert(converter = JsonColumns.RoleFacts.class)
    @Mutability(Immutability.class)
    @Column(length = 100_000)
    private List<RoleFact> roleFacts = List.of();

    @Convert(converter = JsonColumns.Absences.class)
    @Mutability(Immutability.class)
    @Column(length = 100_000)
    private List<Absence> absences = List.of();
    /** The ids of the actor's role interval rows, so a recomputation finds them by key. */
    @Convert(converter = JsonColumns.Ids.class)
    @Mutability(Immutability.class)
    @Column(length = 100_000)
    private List<String> intervalIds = List.of();

    protected ActorRow() {}

    public ActorRow(
            String actorId,
            String projectId,
            ActorKind kind,
            Sector sector,
            LocalDate joinedOn,
            String currentIntervalId) {
        this(actorId, projectId, kind, sector, joinedOn, currentIntervalId, false);
    }

    public ActorRow(
            String actorId,
            String projectId,
            ActorKind kind,
            Sector sector,
            LocalDate joinedOn,
            String currentIntervalId,
            boolean commercialSupplier) {
        this.commercialSupplier = commercialSupplier;
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

    /** A paid supplier (seed 002: "rent kommercielle relationer"): no typology signal. */
    public boolean isCommercialSupplier() {
        return commercialSupplier;
    }

    public List<RoleFact> getRoleFacts() {
        return roleFacts;
    }

    /** Every absence of the actor, the earliest first; the last one lasts while its to is null. */
    public List<Absence> getAbsences() {
        return absences;
    }

    List<String> getIntervalIds() {
        return intervalIds;
    }

    void setRoleFacts(List<RoleFact> roleFacts) {
        this.roleFacts = List.copyOf(roleFacts);
    }

    void setAbsences(List<Absence> absences) {
        this.absences = List.copyOf(absences);
    }

    void setIntervalIds(List<String> intervalIds) {
        this.intervalIds = List.copyOf(intervalIds);
    }

    void withdraw(LocalDate on, String entryId) {
        this.withdrawnOn = on;
        this.withdrawalEntryId = entryId;
    }

    /** The primary key (project_id, actor_id): an actor id is unique only within its project. */
    public static final class Key implements java.io.Serializable {

        private String projectId;
        private String actorId;

        public Key() {}

        public Key(String projectId, String actorId) {
            this.projectId = projectId;
            this.actorId = actorId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other
                    && java.util.Objects.equals(projectId, other.projectId)
                    && java.util.Objects.equals(actorId, other.actorId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(projectId, actorId);
        }
    }
}
