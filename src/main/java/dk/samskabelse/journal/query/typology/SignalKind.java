package dk.samskabelse.journal.query.typology;

/** The kinds of evidence a typology model turns into signals (the sections of the model file). */
public enum SignalKind {
    /** An active actor's current role, weighted by the actor's engagement in the window. */
    ROLE,
    /** An engagement in the window, by the sector of its initiator. */
    INITIATIVE,
    /** An engagement in the window, by its kind. */
    ENGAGEMENT_KIND,
    /** A participant of an engagement in the window, by sector and influence. */
    PARTICIPANT_INFLUENCE,
    /**
     * The task's origin recorded in Afklaring (seed 001: who identified the problem); it describes the project
     * from its start, so it counts at every date.
     */
    TASK_ORIGIN
}
