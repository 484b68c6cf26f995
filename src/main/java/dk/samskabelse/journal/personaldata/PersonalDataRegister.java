package dk.samskabelse.journal.personaldata;

import dk.samskabelse.journal.api.ActorPersonalData;
import java.util.List;
import java.util.Optional;

/**
 * The erasable register of actors' names and contact details, kept outside the immutable event store
 * (docs/domain.md "Personal data", GDPR). Events name actors only by their pseudonymous id. An actor id is unique only
 * within its project, so every row is one project's actor and is read, written and erased with its project: the
 * same id in another project is another person.
 */
public interface PersonalDataRegister {

    void record(String projectId, String actorId, ActorPersonalData data);

    Optional<ActorPersonalData> find(String projectId, String actorId);

    /** The whole register row of one project's actor, for the right of access (GDPR art. 15). */
    Optional<RegisteredActor> registration(String projectId, String actorId);

    /** The projects whose register has a row for this actor id (usually one; ids made before issue 11: more). */
    List<String> projectsOf(String actorId);

    /** The register rows of one project's actors (erased actors have none). */
    List<RegisteredActor> registrations(String projectId);

    /**
     * Deletes the project's row of the actor, so that no name or contact detail of the actor is left in the
     * project's register (GDPR art. 17); another project's actor with the same id keeps its row. True when there
     * was a row to delete.
     */
    boolean erase(String projectId, String actorId);
}
