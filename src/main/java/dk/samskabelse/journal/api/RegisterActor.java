package dk.samskabelse.journal.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterActor(
        @TargetAggregateIdentifier String projectId,
        String entryId,
        String actorId,
        ActorKind kind,
        Role role,
        LocalDate joinedOn,
        ActorPersonalData personalData,
        boolean commercialSupplier) {

    public RegisterActor(
            String projectId,
            String entryId,
            String actorId,
            ActorKind kind,
            Role role,
            LocalDate joinedOn,
            ActorPersonalData personalData) {
        this(projectId, entryId, actorId, kind, role, joinedOn, personalData, false);
    }
}
