package dk.samskabelse.journal.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Declare a placement in the typology. perspective: whose placement (null: not recorded, read as the project's
 * own); actorId: the partner's representative for PARTNER, else null. Which user may give which perspective is the
 * web layer's rule (security/ProjectAccess).
 */
public record DeclareTypology(
        @TargetAggregateIdentifier String projectId,
        String entryId,
        LocalDate effectiveOn,
        double openness,
        double centrality,
        String rationale,
        TypologyPerspective perspective,
        String actorId) {

    public DeclareTypology(
            String projectId,
            String entryId,
            LocalDate effectiveOn,
            double openness,
            double centrality,
            String rationale) {
        this(projectId, entryId, effectiveOn, openness, centrality, rationale, null, null);
    }
}
