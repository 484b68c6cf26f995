package dk.samskabelse.journal.query.typology.model;

import dk.samskabelse.journal.api.Sector;

/** The signal of an engagement whose initiator belongs to a sector. */
public record InitiativeSignal(Sector initiator, Signal signal) {}
