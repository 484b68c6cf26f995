package dk.samskabelse.journal.api;

import java.time.LocalDate;

/**
 * A chef's dated leadership action in one of seed 002's four directions (OP, NED, PÅ TVÆRS, UD): what was done and
 * why, optionally as one of Torfing's acts (seed 004: convener, facilitator, catalyst) and naming the actor who
 * acted (an actor of the project, e.g. the chef registered as CHEF), else the recorder.
 */
public record LeadershipActionRecorded(
        String projectId,
        String entryId,
        LocalDate effectiveOn,
        LeadershipDirection direction,
        LeadershipAct act,
        String actorId,
        String action,
        String reason,
        boolean shareable)
        implements JournalEvent {}
