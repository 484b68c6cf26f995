package dk.samskabelse.journal.personaldata;

import dk.samskabelse.journal.api.ActorPersonalData;
import java.time.Instant;

/** One row of the personal-data register: whose data, in which project, since when. */
public record RegisteredActor(String actorId, String projectId, ActorPersonalData data, Instant registeredAt) {}
