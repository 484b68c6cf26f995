package dk.samskabelse.journal.command;

import dk.samskabelse.journal.api.ActorPersonalData;
import dk.samskabelse.journal.personaldata.PersonalDataRegister;
import dk.samskabelse.journal.personaldata.RegisteredActor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A test double for the erasable register: keeps every call so tests can see what was written, and how often. */
final class InMemoryPersonalDataRegister implements PersonalDataRegister {

    record Recorded(String projectId, String actorId, ActorPersonalData data) {
    }

    private final List<Recorded> recorded = new ArrayList<>();
    private final List<String> erased = new ArrayList<>();

    @Override
    public void record(String projectId, String actorId, ActorPersonalData data) {
        recorded.add(new Recorded(projectId, actorId, data));
    }

    @Override
    public Optional<ActorPersonalData> find(String actorId) {
        return latest(actorId).map(Recorded::data);
    }

    @Override
    public Optional<RegisteredActor> registration(String actorId) {
        return latest(actorId).map(r -> new RegisteredActor(r.actorId(), r.projectId(), r.data(), Instant.EPOCH));
    }

    @Override
    public List<RegisteredActor> registrations(String projectId) {
        return recorded.stream().filter(r -> r.projectId().equals(projectId))
                .map(Recorded::actorId).distinct()
                .flatMap(actorId -> registration(actorId).stream())
                .toList();
    }

    @Override
    public boolean erase(String actorId) {
        erased.add(actorId);
        return recorded.removeIf(r -> r.actorId().equals(actorId));
    }

    List<Recorded> recorded() {
        return List.copyOf(recorded);
    }

    /** Every erase call, in order (also those that found nothing to erase). */
    List<String> erased() {
        return List.copyOf(erased);
    }

    private Optional<Recorded> latest(String actorId) {
        return recorded.stream().filter(r -> r.actorId().equals(actorId)).reduce((first, last) -> last);
    }
}
