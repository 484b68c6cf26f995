package dk.samskabelse.journal.query.typology.model;

import dk.samskabelse.journal.api.EngagementKind;

/** The signal of an engagement of a kind. */
public record EngagementKindSignal(EngagementKind kind, Signal signal) {}
