package dk.samskabelse.journal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RegisterActor(@TargetAggregateIdentifier String projectId, String entryId, String actorId,
                            ActorKind kind, Role role, LocalDate joinedOn, ActorPersonalData personalData,
                            boolean commercialSupplier) {

    public RegisterActor(String projectId, String entryId, String actorId, ActorKind kind, Role role,
                         LocalDate joinedOn, ActorPersonalData personalData) {
        this(projectId, entryId, actorId, kind, role, joinedOn, personalData, false);
    }
}
