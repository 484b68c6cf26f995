package dk.samskabelse.journal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RecordLeadershipReflection(@TargetAggregateIdentifier String projectId, String entryId,
                                         LocalDate effectiveOn, String actorId, String text, boolean shareable) {
}
