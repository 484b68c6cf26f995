package dk.samskabelse.journal.api;

/** Seed 002, 2A "Målgruppe og rekruttering": whom the project invited, whom it reached, whom it left out on purpose. */
public enum TargetGroupStatus {
    INVITERET,
    NAAET,
    FRAVALGT
}
