package dk.samskabelse.journal.api;

/** Influence of a participant in an engagement, weakest first (seed 002: "patientinddragelse vs. patientindflydelse"). */
public enum Influence {
    INFORMERET,
    HOERT,
    INDDRAGET,
    MEDBESTEMMENDE,
    BESTEMMENDE
}
