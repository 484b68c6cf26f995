package dk.samskabelse.journal.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReopenProject(
        @TargetAggregateIdentifier String projectId,
        String entryId,
        LocalDate effectiveOn,
        String reason,
        boolean shareable) {}
