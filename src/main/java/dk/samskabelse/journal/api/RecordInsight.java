package dk.samskabelse.journal.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordInsight(
        @TargetAggregateIdentifier String projectId,
        String entryId,
        LocalDate effectiveOn,
        FocusPoint focus,
        String text,
        boolean shareable) {}
