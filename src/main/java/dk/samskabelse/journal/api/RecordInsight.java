package dk.samskabelse.journal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RecordInsight(@TargetAggregateIdentifier String projectId, String entryId, LocalDate effectiveOn,
                            FocusPoint focus, String text, boolean shareable) {
}
