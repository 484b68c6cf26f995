package dk.samskabelse.journal.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The intended placement in the typology (seeds 001, 002); both axes run from -1 to +1. Revision 2 added whose
 * placement it is (issue 13, seed 001's opening question whether the parties agree on the process they are in):
 * {@code perspective} and, for a partner's representative, the {@code actorId} naming them. Revision 1 events are
 * upcast with both null: the project's own declaration, its perspective not recorded.
 */
@Revision("2")
public record TypologyDeclared(
        String projectId,
        String entryId,
        LocalDate effectiveOn,
        double openness,
        double centrality,
        String rationale,
        TypologyPerspective perspective,
        String actorId)
        implements JournalEvent {

    public TypologyDeclared(
            String projectId,
            String entryId,
            LocalDate effectiveOn,
            double openness,
            double centrality,
            String rationale) {
        this(projectId, entryId, effectiveOn, openness, centrality, rationale, null, null);
    }
}
