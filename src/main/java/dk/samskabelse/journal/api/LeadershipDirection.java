package dk.samskabelse.journal.api;

/**
 * The chef's four leadership directions (seed 002, "Ledelsesretninger og -relationer"): OP to direktion and
 * politicians, NED to line managers, the project leader and staff, PAA_TVAERS across the organisation including
 * fellow chefs, UD to citizens and external partners.
 */
public enum LeadershipDirection {
    OP,
    NED,
    PAA_TVAERS,
    UD
}
