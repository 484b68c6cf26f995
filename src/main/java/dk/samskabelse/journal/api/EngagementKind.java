package dk.samskabelse.journal.api;

/** Kind of engagement (docs/domain.md). HOERING is a hearing on a nearly finished proposal (seeds 001, 004). */
public enum EngagementKind {
    WORKSHOP,
    MOEDE,
    DIALOGMOEDE,
    INFORMATIONSMOEDE,
    HOERING,
    AKTIVITET,
    BESLUTNINGSMOEDE,
    BIDRAG,
    ANDET
}
