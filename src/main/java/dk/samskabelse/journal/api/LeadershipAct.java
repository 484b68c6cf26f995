package dk.samskabelse.journal.api;

/**
 * Torfing's leadership roles (seed 004) as acts a leader performs on a date, not as a fixed role: convening the
 * actors, facilitating their collaboration, catalysing new solutions when it stalls.
 */
public enum LeadershipAct {
    KONVENER,
    FACILITATOR,
    KATALYSATOR
}
