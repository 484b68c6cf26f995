package dk.samskabelse.journal.api;

/** The six focus points of phase 3, Erkendelse (seed 002). */
public enum FocusPoint {
    MAALOPFYLDELSE,
    INVOLVERING,
    PROCES,
    REFLEKSION,
    FORANKRING,
    AFSAET
}
