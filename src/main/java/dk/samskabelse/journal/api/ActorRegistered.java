package dk.samskabelse.journal.api;

import java.time.LocalDate;

/** An actor joins the project. Name and contact details live in the personal-data register, never here. */
public record ActorRegistered(String projectId, String entryId, LocalDate effectiveOn,
                              String actorId, ActorKind kind, Sector sector, Role role) implements JournalEvent {
}
