package dk.samskabelse.journal.query.typology;

import dk.samskabelse.journal.api.TypologyPerspective;
import java.time.LocalDate;

/**
 * An intended placement (TypologyDeclared), in force from its effective date until the next declaration of the
 * same perspective (see {@link Perspectives}). perspective null: a declaration stored before issue 13, the
 * project's own with its author's perspective not recorded; actorId: the partner's representative of a PARTNER
 * placement, else null.
 */
public record DeclaredPlacement(
        String entryId,
        LocalDate effectiveOn,
        TypologyPoint point,
        String rationale,
        TypologyPerspective perspective,
        String actorId) {

    public DeclaredPlacement(String entryId, LocalDate effectiveOn, TypologyPoint point, String rationale) {
        this(entryId, effectiveOn, point, rationale, null, null);
    }

    /**
     * The project's own declaration (CHEF, PROJEKTLEDER or not recorded): the municipality's ambition, the one drift
     * is measured against. A partner's or a researcher's placement is shown beside it, never mixed into drift.
     */
    public boolean isOwn() {
        return TypologyPerspective.isOwn(perspective);
    }
}
