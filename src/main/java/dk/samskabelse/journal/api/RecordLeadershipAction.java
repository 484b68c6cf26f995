package dk.samskabelse.journal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RecordLeadershipAction(@TargetAggregateIdentifier String projectId, String entryId,
                                     LocalDate effectiveOn, LeadershipDirection direction, LeadershipAct act,
                                     String actorId, String action, String reason, boolean shareable) {
}
