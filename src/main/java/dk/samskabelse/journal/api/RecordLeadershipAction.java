package dk.samskabelse.journal.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordLeadershipAction(
        @TargetAggregateIdentifier String projectId,
        String entryId,
        LocalDate effectiveOn,
        LeadershipDirection direction,
        LeadershipAct act,
        String actorId,
        String action,
        String reason,
        boolean shareable) {}
