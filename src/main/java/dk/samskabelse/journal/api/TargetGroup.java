package dk.samskabelse.journal.api;

/**
 * A target group of the project (seed 002, Afklaring and 2A "Målgruppe og rekruttering"): who, whether it was
 * invited, reached or deliberately left out, and why. Names a group, never a person.
 */
public record TargetGroup(String name, TargetGroupStatus status, String reason) {}
