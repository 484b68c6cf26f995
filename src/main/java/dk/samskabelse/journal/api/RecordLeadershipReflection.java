package dk.samskabelse.journal.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordLeadershipReflection(
        @TargetAggregateIdentifier String projectId,
        String entryId,
        LocalDate effectiveOn,
        String actorId,
        String text,
        boolean shareable) {}
