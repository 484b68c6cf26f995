package dk.samskabelse.journal.query.typology.model;

/**
 * How the engine counts the parties at the table (issue 13, point 2; projections/README.md "The unit of
 * registration").
 */
public enum UnitOfRegistration {
    /**
     * Every actor counts for itself: ten citizens weigh ten times one association standing for them. The
     * behaviour of the first model; the default when a model file does not say.
     */
    ACTOR,
    /**
     * Each sector (public, non-public) is one party at Ulrich's round table (seed 001): an actor's role weight
     * is its share of its sector's weight, and the influence signals of one engagement are shared among that
     * engagement's participants of the same sector. One association for 40 citizens and 40 citizens give the
     * same point.
     */
    SECTOR
}
