package dk.samskabelse.journal.query.declarations;

import dk.samskabelse.journal.query.projection.EntryRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

    protected DeclaredPlacementRow() {
    }

    DeclaredPlacementRow(String entryId, String projectId, LocalDate effectiveOn, double openness,
                         double centrality, String rationale) {
        super(entryId, projectId);
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
}
