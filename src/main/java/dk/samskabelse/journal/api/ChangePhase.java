package dk.samskabelse.journal.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangePhase(
        @TargetAggregateIdentifier String projectId,
        String entryId,
        Phase phase,
        LocalDate effectiveOn,
        String note,
        boolean shareable) {}
