package dk.samskabelse.journal.api;

/** One actor's part in an engagement and the influence the actor had on it. */
public record Participation(String actorId, Influence influence) {}
