package dk.samskabelse.journal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RetractEntry(@TargetAggregateIdentifier String projectId, String entryId, String retractedEntryId,
                           LocalDate effectiveOn, String reason, boolean shareable) {
}
