package dk.samskabelse.journal.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WithdrawActor(
        @TargetAggregateIdentifier String projectId,
        String entryId,
        String actorId,
        LocalDate effectiveOn,
        String reason,
        boolean shareable) {}
