package dk.samskabelse.journal.api;

import java.time.LocalDate;

/** The intended placement in the typology (seeds 001, 002); both axes run from -1 to +1. */
public record TypologyDeclared(String projectId, String entryId, LocalDate effectiveOn,
                               double openness, double centrality, String rationale) implements JournalEvent {
}
