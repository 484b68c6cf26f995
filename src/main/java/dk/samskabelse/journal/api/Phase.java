package dk.samskabelse.journal.api;

/** The phase model of seed 002: 1 Afklaring, 2A Planlægning, 2B Udførelse, 3 Erkendelse. */
public enum Phase {
    AFKLARING,
    PLANLAEGNING,
    UDFOERELSE,
    ERKENDELSE;

    public boolean isBefore(Phase other) {
        return ordinal() < other.ordinal();
    }
}
