package dk.samskabelse.journal.command.personaldata;

import dk.samskabelse.journal.api.ActorPersonalData;

import java.util.Optional;

/**
 * The erasable register of actors' names and contact details, kept outside the immutable event store
 * (DOMAIN.md "Personal data", GDPR). Events name actors only by their pseudonymous id.
 */
public interface PersonalDataRegister {

    void record(String projectId, String actorId, ActorPersonalData data);

    Optional<ActorPersonalData> find(String actorId);
}
