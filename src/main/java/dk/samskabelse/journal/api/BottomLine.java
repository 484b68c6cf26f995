package dk.samskabelse.journal.api;

/** The expected gains ("bundlinjer") of co-creation, seed 002 "Mange mulige bundlinjer". */
public enum BottomLine {
    INNOVATIV,
    DEMOKRATISK,
    OEKONOMISK,
    IDENTITETSSKABENDE
}
