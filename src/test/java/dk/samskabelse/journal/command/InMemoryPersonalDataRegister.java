package dk.samskabelse.journal.command;

import dk.samskabelse.journal.api.ActorPersonalData;
import dk.samskabelse.journal.personaldata.PersonalDataRegister;
import dk.samskabelse.journal.personaldata.RegisteredActor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A test double for the erasable register: keeps every call so tests can see what was written, and how often. Like
 * the real one, a row is one project's actor: the same actor id in two projects is two rows.
 */
final class InMemoryPersonalDataRegister implements PersonalDataRegister {

    record Recorded(String projectId, String actorId, ActorPersonalData data) {}

    private final List<Recorded> recorded = new ArrayList<>();
    private final List<String> erased = new ArrayList<>();
    private final List<String> erasedIn = new ArrayList<>();

    @Override
    public void record(String projectId, String actorId, ActorPersonalData data) {
        recorded.add(new Recorded(projectId, actorId, data));
    }

    @Override
    public Optional<ActorPersonalData> find(String projectId, String actorId) {
        return latest(projectId, actorId).map(Recorded::data);
    }

    @Override
    public Optional<RegisteredActor> registration(String projectId, String actorId) {
        return latest(projectId, actorId)
                .map(r -> new RegisteredActor(r.actorId(), r.projectId(), r.data(), Instant.EPOCH));
    }

    @Override
    public List<String> projectsOf(String actorId) {
        return recorded.stream()
                .filter(r -> r.actorId().equals(actorId))
                .map(Recorded::projectId)
                .distinct()
                .sorted()
                .toList();
    }

    @Override
    public List<RegisteredActor> registrations(String projectId) {
        return recorded.stream()
                .filter(r -> r.projectId().equals(projectId))
                .map(Recorded::actorId)
                .distinct()
                .flatMap(actorId -> registration(projectId, actorId).stream())
                .toList();
    }

    @Override
    public boolean erase(String projectId, String actorId) {
        erased.add(actorId);
        erasedIn.add(projectId);
        return recorded.removeIf(
                r -> r.projectId().equals(projectId) && r.actorId().equals(actorId));
    }

    List<Recorded> recorded() {
        return List.copyOf(recorded);
    }

    /** The actor ids of every erase call, in order (also those that found nothing to erase). */
    List<String> erased() {
        return List.copyOf(erased);
    }

    /** The project ids of every erase call, in the same order as {@link #erased()}. */
    List<String> erasedIn() {
        return List.copyOf(erasedIn);
    }

    private Optional<Recorded> latest(String projectId, String actorId) {
        return recorded.stream()
                .filter(r -> r.projectId().equals(projectId) && r.actorId().equals(actorId))
                .reduce((first, last) -> last);
    }
}
