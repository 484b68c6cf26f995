package dk.samskabelse.journal.query.typology;

import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Sector;

/** A participant of an engagement with the sector of the actor, resolved from its registration. */
public record Participant(String actorId, Sector sector, Influence influence) {}
