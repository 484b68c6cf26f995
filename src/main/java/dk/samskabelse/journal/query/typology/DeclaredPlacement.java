package dk.samskabelse.journal.query.typology;

import java.time.LocalDate;

/** An intended placement (TypologyDeclared), in force from its effective date until the next declaration. */
public record DeclaredPlacement(String entryId, LocalDate effectiveOn, TypologyPoint point, String rationale) {
}
