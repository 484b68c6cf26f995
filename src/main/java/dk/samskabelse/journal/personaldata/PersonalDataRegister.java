package dk.samskabelse.journal.personaldata;

import dk.samskabelse.journal.api.ActorPersonalData;

import java.util.List;
import java.util.Optional;

/**
 * The erasable register of actors' names and contact details, kept outside the immutable event store
 * (DOMAIN.md "Personal data", GDPR). Events name actors only by their pseudonymous id.
 */
public interface PersonalDataRegister {

    void record(String projectId, String actorId, ActorPersonalData data);

    Optional<ActorPersonalData> find(String actorId);

    /** The whole register row of one actor, for the right of access (GDPR art. 15). */
    Optional<RegisteredActor> registration(String actorId);

    /** The register rows of one project's actors (erased actors have none). */
    List<RegisteredActor> registrations(String projectId);

    /**
     * Deletes the actor's row, so that no name or contact detail of the actor is left in the register
     * (GDPR art. 17). True when there was a row to delete.
     */
    boolean erase(String actorId);
}
