package dk.samskabelse.journal.api;

/** Whether an actor belongs to the public sector; the typology's centrality axis rests on it (seed 001). */
public enum Sector {
    PUBLIC,
    NON_PUBLIC
}
