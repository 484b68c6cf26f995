package dk.samskabelse.journal.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordPlanning(
        @TargetAggregateIdentifier String projectId,
        String entryId,
        LocalDate effectiveOn,
        String fixedFrame,
        String elasticFrame,
        String timeFrame,
        String unpredictability,
        String communication,
        String recruitment,
        Influence intendedInfluence,
        String involvementMethods,
        String processDesign,
        boolean shareable) {}
