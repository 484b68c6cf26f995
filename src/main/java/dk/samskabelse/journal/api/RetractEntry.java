package dk.samskabelse.journal.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RetractEntry(
        @TargetAggregateIdentifier String projectId,
        String entryId,
        String retractedEntryId,
        LocalDate effectiveOn,
        String reason,
        boolean shareable) {}
