package dk.samskabelse.journal.api;

/**
 * What a course correction touches, seed 002 phase 2B "Kursjusteringer": the framing decisions of earlier
 * phases, the success criteria and expected gains, the type and methods of co-creation, the process.
 */
public enum CourseCorrectionScope {
    SUCCESKRITERIER,
    BUNDLINJER,
    SAMSKABELSESTYPE,
    METODE,
    PROCES,
    ROLLER,
    AFGRAENSNING,
    RESSOURCER,
    ANDET
}
