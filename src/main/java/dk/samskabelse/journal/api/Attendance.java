package dk.samskabelse.journal.api;

/**
 * How many took part in an engagement beyond its registered participants, by kind where known (kind null:
 * unknown). An open activity day with about 150 citizens is one count, not 150 registered actors.
 */
public record Attendance(ActorKind kind, int count) {}
