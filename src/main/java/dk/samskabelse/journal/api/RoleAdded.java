package dk.samskabelse.journal.api;

import java.time.LocalDate;

/**
 * An actor takes on a further role beside those it holds, from effectiveOn (seed 001: the citizen's "dobbeltrolle"
 * as co-designer and co-producer in Ligeværdig; seed 000: one person in the bike club and in the municipality).
 */
public record RoleAdded(
        String projectId,
        String entryId,
        LocalDate effectiveOn,
        String actorId,
        Role role,
        String reason,
        boolean shareable)
        implements JournalEvent {}
