package dk.samskabelse.journal.query.phases;

import dk.samskabelse.journal.query.projection.ProjectRow;
import dk.samskabelse.journal.query.roles.JsonColumns;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;

/** Which phase interval of a project is the current one, so the projector never has to query for it. */
@Entity
@Table(name = "proj_phase_cursor")
public class PhaseCursor implements ProjectRow {

    @Id
    private String projectId;

    private String currentIntervalId;
    // The JSON lists are values, replaced and never changed in place: marked immutable, Hibernate neither
    // deep-copies them through JSON on persist nor serialises them again to find out whether they changed.
    /** The project's phase facts sorted by (date, sequence): what its phase intervals are recomputed from. */
    @Convert(converter = PhaseFactsConverter.class)
    @Mutability(Immutability.class)
    @Column(length = 100_000)
    private List<PhaseFact> phaseFacts = List.of();

    @Convert(converter = JsonColumns.Ids.class)
    @Mutability(Immutability.class)
    @Column(length = 100_000)
    private List<String> intervalIds = List.of();

    protected PhaseCursor() {}

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

    List<PhaseFact> getPhaseFacts() {
        return phaseFacts;
    }

    void setPhaseFacts(List<PhaseFact> phaseFacts) {
        this.phaseFacts = List.copyOf(phaseFacts);
    }

    List<String> getIntervalIds() {
        return intervalIds;
    }

    void setIntervalIds(List<String> intervalIds) {
        this.intervalIds = List.copyOf(intervalIds);
    }

    void setCurrentIntervalId(String currentIntervalId) {
        this.currentIntervalId = currentIntervalId;
    }
}
