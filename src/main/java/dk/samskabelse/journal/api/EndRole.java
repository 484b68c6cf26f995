package dk.samskabelse.journal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record EndRole(@TargetAggregateIdentifier String projectId, String entryId, String actorId, Role role,
                      LocalDate effectiveOn, String reason, boolean shareable) {
}
