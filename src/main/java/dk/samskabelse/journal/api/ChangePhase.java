package dk.samskabelse.journal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ChangePhase(@TargetAggregateIdentifier String projectId, String entryId, Phase phase,
                          LocalDate effectiveOn, String note, boolean shareable) {
}
