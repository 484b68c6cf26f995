package dk.samskabelse.journal.query.typology.model;

import dk.samskabelse.journal.api.Role;

/** The signal of an actor holding a role. */
public record RoleSignal(Role role, Signal signal) {}
