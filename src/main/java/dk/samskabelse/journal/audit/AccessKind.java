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
    ACTOR_REPORT,
    /** Names and contacts of a project's actors, read by an administrator (admin API and pages, erasure page). */
    PERSONAL_DATA,
    /**
     * A refused request: a project the user may not read (answered as an unknown project, 404) or an area the
     * user's role may not enter (403). The caller's answer does not change; only the log knows.
     */
    DENIED,
    /** A personal API token made (security/ApiTokens); the detail names the token id and its owner. */
    TOKEN_CREATED,
    /** A personal API token revoked; the detail names the token id and its owner. */
    TOKEN_REVOKED,
    /** A JSON API call signed in with a personal API token: the token id, the method, path and answer. */
    TOKEN_USED
}
