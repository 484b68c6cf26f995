package dk.samskabelse.journal.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Right to be forgotten (GDPR art. 17): erase an actor's name and contact details from the personal-data
 * register. The history stays; the actor is shown as "Slettet aktør" from then on (docs/domain.md "Personal data").
 */
public record ErasePersonalData(
        @TargetAggregateIdentifier String projectId, String entryId, String actorId, LocalDate effectiveOn) {}
