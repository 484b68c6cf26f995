package dk.samskabelse.journal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record WithdrawActor(@TargetAggregateIdentifier String projectId, String entryId, String actorId,
                            LocalDate effectiveOn, String reason, boolean shareable) {
}
