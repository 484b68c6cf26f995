package dk.samskabelse.journal.api;

import java.time.LocalDate;

/**
 * The chef's reflection on their own role (seed 002, Afklaring "Ansvarsfordeling og rollebevidsthed": "Reflektér
 * grundigt over din egen rolle"), dated; accepted also after closure.
 */
public record LeadershipReflectionRecorded(
        String projectId, String entryId, LocalDate effectiveOn, String actorId, String text, boolean shareable)
        implements JournalEvent {}
