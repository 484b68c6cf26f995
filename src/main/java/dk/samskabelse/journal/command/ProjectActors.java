package dk.samskabelse.journal.command;

import static dk.samskabelse.journal.api.RejectionReason.ACTOR_ABSENT;
import static dk.samskabelse.journal.api.RejectionReason.ACTOR_ALREADY_REGISTERED;
import static dk.samskabelse.journal.api.RejectionReason.ALREADY_ERASED;
import static dk.samskabelse.journal.api.RejectionReason.PARTICIPANT_NOT_ACTIVE;
import static dk.samskabelse.journal.api.RejectionReason.ROLE_NOT_VALID_FOR_KIND;
import static dk.samskabelse.journal.api.RejectionReason.UNKNOWN_ACTOR;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorRegistered;
import dk.samskabelse.journal.api.JournalRejection;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.command.ProjectActor.Fact;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The project's actors: those registered and not retracted ({@link ProjectActor}, each with its dated facts), every
 * actor id ever used (unique forever, also after a retraction), whose personal data is erased, and which are paid
 * suppliers. The rules about one actor live in ProjectActor; here the questions about who exists.
 */
final class ProjectActors {

    private final Map<String, ProjectActor> actors = new LinkedHashMap<>();
    private final Set<String> usedActorIds = new HashSet<>();
    private final Set<String> erasedActorIds = new HashSet<>();
    /** Paid suppliers (ActorRegistered.commercialSupplier): never a partner's representative. */
    private final Set<String> commercialSuppliers = new HashSet<>();

    void registered(ActorRegistered event, long sequence) {
        actors.put(
                event.actorId(),
                new ProjectActor(
                        event.actorId(), event.entryId(), sequence, event.kind(), event.role(), event.effectiveOn()));
        usedActorIds.add(event.actorId());
        if (event.commercialSupplier()) {
            commercialSuppliers.add(event.actorId());
        }
    }

    /** The registration was retracted: the actor is gone, its id stays used. */
    void registrationRetracted(String actorId) {
        actors.remove(actorId);
    }

    void erased(String actorId) {
        erasedActorIds.add(actorId);
    }

    /** Adds a fact to a registered actor; an actor whose registration was retracted gets none. */
    void addFact(String actorId, Fact fact) {
        ProjectActor actor = actorId == null ? null : actors.get(actorId);
        if (actor != null) {
            actor.add(fact);
        }
    }

    void removeFact(Set<String> actorIds, String entryId) {
        for (String actorId : actorIds) {
            ProjectActor actor = actors.get(actorId);
            if (actor != null) {
                actor.remove(entryId);
            }
        }
    }

    /** The actor, or null when none is registered under this id. */
    ProjectActor find(String actorId) {
        return actors.get(actorId);
    }

    ProjectActor known(String actorId) {
        ProjectActor actor = actors.get(actorId);
        if (actor == null) {
            throw new JournalRejection(UNKNOWN_ACTOR, "actorId", "No actor " + actorId + " in this project", actorId);
        }
        return actor;
    }

    boolean isCommercialSupplier(String actorId) {
        return commercialSuppliers.contains(actorId);
    }

    void requireNewId(String actorId) {
        if (usedActorIds.contains(actorId)) {
            throw new JournalRejection(
                    ACTOR_ALREADY_REGISTERED, "actorId", "Actor " + actorId + " is already registered", actorId);
        }
    }

    /** Any actor ever registered can be erased, once. */
    void requireErasable(String actorId) {
        if (!usedActorIds.contains(actorId)) {
            throw new JournalRejection(UNKNOWN_ACTOR, "actorId", "No actor " + actorId + " in this project", actorId);
        }
        if (erasedActorIds.contains(actorId)) {
            throw new JournalRejection(ALREADY_ERASED, "actorId", "The actor's personal data is already erased");
        }
    }

    static void roleFits(Role role, ActorKind kind, String field) {
        if (role == null || !role.fits(kind)) {
            throw new JournalRejection(
                    ROLE_NOT_VALID_FOR_KIND,
                    field,
                    "Role " + role + " does not fit an actor of kind " + kind,
                    role,
                    kind);
        }
    }

    static void present(ProjectActor actor, LocalDate date, String field) {
        if (!actor.isPresentOn(date)) {
            throw new JournalRejection(
                    ACTOR_ABSENT, field, "Actor " + actor.actorId() + " was not part of the project on " + date, date);
        }
    }

    static void activeOn(ProjectActor actor, LocalDate date, String field) {
        if (!actor.isPresentOn(date)) {
            throw new JournalRejection(
                    PARTICIPANT_NOT_ACTIVE,
                    field,
                    "Actor " + actor.actorId() + " was not part of the project on " + date,
                    actor.actorId(),
                    date);
        }
    }
}
