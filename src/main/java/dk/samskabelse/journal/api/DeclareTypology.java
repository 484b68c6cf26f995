package dk.samskabelse.journal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record DeclareTypology(@TargetAggregateIdentifier String projectId, String entryId, LocalDate effectiveOn,
                              double openness, double centrality, String rationale) {
}
