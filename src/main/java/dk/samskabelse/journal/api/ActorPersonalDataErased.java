package dk.samskabelse.journal.api;

import java.time.LocalDate;

/**
 * An actor's name and contact details were erased from the personal-data register. Holds no personal data
 * itself; who erased it and when travel as metadata like for every entry (docs/domain.md "Personal data").
 */
public record ActorPersonalDataErased(String projectId, String entryId, LocalDate effectiveOn, String actorId)
        implements JournalEvent {}
