package dk.samskabelse.journal.api;

import java.time.LocalDate;
import java.util.List;

/**
 * An actor that withdrew takes part again from effectiveOn, under its own id, with these roles (seed 000,
 * "fleksibel inddragelse": actors come and go at different points of the process). The time between the
 * withdrawal and this entry is an absence.
 */
public record ActorRejoined(
        String projectId,
        String entryId,
        LocalDate effectiveOn,
        String actorId,
        List<Role> roles,
        String reason,
        boolean shareable)
        implements JournalEvent {}
