package dk.samskabelse.journal.api;

/**
 * Why the journal refused a command. The code is part of the API contract (problem JSON "code") and the key of
 * the user-facing message ("rejection.CODE" in the message bundles).
 */
public enum RejectionReason {
    PROJECT_ALREADY_EXISTS(Kind.CONFLICT),
    PROJECT_CLOSED(Kind.CONFLICT),
    BLANK_NAME(Kind.INVALID),
    VALUE_OUT_OF_RANGE(Kind.INVALID),
    RATIONALE_MISSING(Kind.INVALID),
    SUCCESS_CRITERIA_MISSING(Kind.INVALID),
    ROLE_NOT_VALID_FOR_KIND(Kind.INVALID),
    ACTOR_ALREADY_REGISTERED(Kind.CONFLICT),
    UNKNOWN_ACTOR(Kind.NOT_FOUND),
    ACTOR_WITHDRAWN(Kind.CONFLICT),
    SAME_ROLE(Kind.CONFLICT),
    DATE_BEFORE_JOINING(Kind.CONFLICT),
    DATE_BEFORE_LAST_ROLE_SHIFT(Kind.CONFLICT),
    NO_PARTICIPANTS(Kind.INVALID),
    DUPLICATE_PARTICIPANT(Kind.INVALID),
    UNKNOWN_PARTICIPANT(Kind.INVALID),
    PARTICIPANT_NOT_ACTIVE(Kind.CONFLICT),
    UNKNOWN_INITIATOR(Kind.INVALID),
    CONTRIBUTOR_NOT_PARTICIPANT(Kind.INVALID),
    TITLE_MISSING(Kind.INVALID),
    DATE_BEFORE_START(Kind.CONFLICT),
    DATE_IN_FUTURE(Kind.INVALID),
    DATE_TOO_EARLY(Kind.INVALID),
    SAME_PHASE(Kind.CONFLICT),
    DATE_BEFORE_PHASE_START(Kind.CONFLICT),
    DECISION_MISSING(Kind.INVALID),
    REASON_MISSING(Kind.INVALID),
    TEXT_MISSING(Kind.INVALID),
    UNKNOWN_ENTRY(Kind.NOT_FOUND),
    ALREADY_RETRACTED(Kind.CONFLICT),
    ENTRY_NOT_RETRACTABLE(Kind.CONFLICT),
    ENTRY_STILL_REFERENCED(Kind.CONFLICT),
    NOT_LATEST_ENTRY(Kind.CONFLICT),
    ALREADY_CLOSED(Kind.CONFLICT),
    ALREADY_ERASED(Kind.CONFLICT),
    /** The entry id (from an Idempotency-Key or a form's nonce) already names another kind of entry. */
    ENTRY_ID_TAKEN(Kind.CONFLICT),
    /** A back-dated entry would make a later entry impossible; the args name that entry (date, id, kind). */
    CONTRADICTS_LATER_ENTRY(Kind.CONFLICT),
    /** The actor was not part of the project on that date (before joining, or between a withdrawal and a rejoin). */
    ACTOR_ABSENT(Kind.CONFLICT),
    /** A rejoin of an actor that takes part on that date. */
    ACTOR_NOT_WITHDRAWN(Kind.CONFLICT),
    /** A shift of an actor holding several roles that does not say which role the new one replaces. */
    FROM_ROLE_REQUIRED(Kind.INVALID),
    /** The actor does not hold that role on that date (a shift from it, or its end). */
    ROLE_NOT_HELD(Kind.CONFLICT),
    /** Ending an actor's only role: the actor withdraws instead. */
    LAST_ROLE(Kind.CONFLICT),
    /** A reopening of a project that is not closed. */
    NOT_CLOSED(Kind.CONFLICT),
    /** A reopening dated before the closure it undoes. */
    DATE_BEFORE_CLOSURE(Kind.CONFLICT),
    /** The project named as the one this continues is not known (or not visible to the user). */
    UNKNOWN_PROJECT(Kind.INVALID),
    /** An initiator named twice (initiatedBy and coInitiators together). */
    DUPLICATE_INITIATOR(Kind.INVALID),
    /** An attendance count below 0, or the same kind counted twice. */
    INVALID_ATTENDANCE(Kind.INVALID),
    /** A leadership action without what was done. */
    ACTION_MISSING(Kind.INVALID),
    /** A leadership entry without a direction. */
    DIRECTION_MISSING(Kind.INVALID),
    /** A target group without a name or a status. */
    INVALID_TARGET_GROUP(Kind.INVALID),
    /** A planning entry with every field empty. */
    PLANNING_EMPTY(Kind.INVALID),
    /** A partner's placement (perspective PARTNER) that does not name the partner's representative. */
    PERSPECTIVE_ACTOR_MISSING(Kind.INVALID),
    /** An actor named for a perspective other than PARTNER (only a partner's placement names an actor). */
    PERSPECTIVE_ACTOR_NOT_ALLOWED(Kind.INVALID),
    /**
     * The actor named as a partner's representative is a commercial supplier or one of the municipality's own
     * (employee, project leader, chef, management, politician): their placement is not a partner's.
     */
    PERSPECTIVE_ACTOR_NOT_PARTNER(Kind.CONFLICT),
    /** The user's role may not declare a placement from this perspective (the web layer's rule). */
    PERSPECTIVE_NOT_ALLOWED(Kind.INVALID);

    /** How the API answers: 400 for input that can never succeed, 404 for an unknown target, 409 for a state conflict. */
    public enum Kind {
        INVALID,
        NOT_FOUND,
        CONFLICT
    }

    private final Kind kind;

    RejectionReason(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
