package dk.samskabelse.journal.command;

import dk.samskabelse.journal.api.ActorPersonalData;
import dk.samskabelse.journal.command.personaldata.PersonalDataRegister;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A test double for the erasable register: keeps every call so tests can see what was written, and how often. */
final class InMemoryPersonalDataRegister implements PersonalDataRegister {

    record Recorded(String projectId, String actorId, ActorPersonalData data) {
    }

    private final List<Recorded> recorded = new ArrayList<>();

    @Override
    public void record(String projectId, String actorId, ActorPersonalData data) {
        recorded.add(new Recorded(projectId, actorId, data));
    }

    @Override
    public Optional<ActorPersonalData> find(String actorId) {
        return recorded.stream().filter(r -> r.actorId().equals(actorId)).reduce((first, last) -> last)
                .map(Recorded::data);
    }

    List<Recorded> recorded() {
        return List.copyOf(recorded);
    }
}
