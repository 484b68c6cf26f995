package dk.samskabelse.journal.api;

/**
 * What is co-created about, seed 002 Afklaring "Afgrænsning": the definition of the task (PROBLEM),
 * the development of solutions (LOESNING) or their realisation (UDFOERELSE).
 */
public enum CoCreationScope {
    PROBLEM,
    LOESNING,
    UDFOERELSE
}
