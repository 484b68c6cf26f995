package dk.samskabelse.journal.api;

/** What one actor contributed to an engagement. */
public record Contribution(String actorId, ContributionType type) {}
