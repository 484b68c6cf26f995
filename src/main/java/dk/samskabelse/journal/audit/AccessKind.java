package dk.samskabelse.journal.audit;

/** What was read. The values are stored in access_log.what and are part of the admin API. */
public enum AccessKind {
    /** A timeline or another project view (roles, phases, engagements, typology, the journal page). */
    TIMELINE,
    /** The Erkendelse evaluation report. */
    EVALUATION,
    EXPORT_NDJSON,
    EXPORT_CSV,
    /** A view at another point in time (asOf/knownAt) or under another typology model. */
    REPLAY,
    /** Everything the journal holds about one actor (right of access). */
    ACTOR_REPORT
}
