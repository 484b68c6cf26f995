package dk.samskabelse.journal.api;

import java.time.LocalDate;

/** A closed project is taken up again from effectiveOn (a mistaken closure, or the work went on), with a reason. */
public record ProjectReopened(String projectId, String entryId, LocalDate effectiveOn, String reason, boolean shareable)
        implements JournalEvent {}
