package dk.samskabelse.journal.query.roles;

import java.time.LocalDate;

/** The time between an actor's withdrawal and its rejoining ("fleksibel inddragelse", seed 000); to is null while it lasts. */
public record Absence(
        String withdrawalEntryId,
        LocalDate from,
        LocalDate to,
        String rejoinEntryId,
        String reason,
        boolean reasonShareable) {}
