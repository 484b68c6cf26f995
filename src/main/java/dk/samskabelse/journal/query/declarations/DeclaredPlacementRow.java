package dk.samskabelse.journal.query.declarations;

import dk.samskabelse.journal.api.TypologyPerspective;
import dk.samskabelse.journal.query.projection.EntryRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A declared (intended) placement in the typology, in force from its date until the next declaration. */
@Entity
@Table(name = "proj_declared_placement")
public class DeclaredPlacementRow extends EntryRow {

    private LocalDate effectiveOn;
    private double openness;
    private double centrality;

    @Column(length = 4000)
    private String rationale;
    /** Whose placement (issue 13); null for a declaration stored before: the project's own, not recorded. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private TypologyPerspective perspective;
    /** The partner's representative of a PARTNER placement, else null. */
    @Column(length = 80)
    private String actorId;

    protected DeclaredPlacementRow() {}

    DeclaredPlacementRow(
            String entryId,
            String projectId,
            LocalDate effectiveOn,
            double openness,
            double centrality,
            String rationale,
            TypologyPerspective perspective,
            String actorId) {
        super(entryId, projectId);
        this.perspective = perspective;
        this.actorId = actorId;
        this.effectiveOn = effectiveOn;
        this.openness = openness;
        this.centrality = centrality;
        this.rationale = rationale;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public double getOpenness() {
        return openness;
    }

    public double getCentrality() {
        return centrality;
    }

    public String getRationale() {
        return rationale;
    }

    public TypologyPerspective getPerspective() {
        return perspective;
    }

    public String getActorId() {
        return actorId;
    }
}
