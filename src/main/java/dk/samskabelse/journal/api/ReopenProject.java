package dk.samskabelse.journal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ReopenProject(@TargetAggregateIdentifier String projectId, String entryId, LocalDate effectiveOn,
                            String reason, boolean shareable) {
}
