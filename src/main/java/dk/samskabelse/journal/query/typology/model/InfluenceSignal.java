package dk.samskabelse.journal.query.typology.model;

import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Sector;

/** The signal of one participant of an engagement, by the participant's sector and influence. */
public record InfluenceSignal(Sector sector, Influence influence, Signal signal) {}
