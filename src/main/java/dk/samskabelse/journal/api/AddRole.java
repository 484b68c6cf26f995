package dk.samskabelse.journal.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddRole(
        @TargetAggregateIdentifier String projectId,
        String entryId,
        String actorId,
        Role role,
        LocalDate effectiveOn,
        String reason,
        boolean shareable) {}
