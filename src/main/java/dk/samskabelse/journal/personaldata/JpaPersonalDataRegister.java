package dk.samskabelse.journal.personaldata;

import dk.samskabelse.journal.api.ActorPersonalData;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class JpaPersonalDataRegister implements PersonalDataRegister {

    private final ActorPersonalDataRepository repository;
    private final Clock clock;

    JpaPersonalDataRegister(ActorPersonalDataRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    // MANDATORY: the row must commit or roll back together with the ActorRegistered event.
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String projectId, String actorId, ActorPersonalData data) {
        repository.save(new ActorPersonalDataRow(
                actorId,
                projectId,
                data.name().strip(),
                blankToNull(data.organisation()),
                blankToNull(data.contact()),
                clock.instant()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ActorPersonalData> find(String projectId, String actorId) {
        return repository.findById(key(projectId, actorId)).map(JpaPersonalDataRegister::data);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RegisteredActor> registration(String projectId, String actorId) {
        return repository.findById(key(projectId, actorId)).map(JpaPersonalDataRegister::registered);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> projectsOf(String actorId) {
        return repository.findByActorId(actorId).stream()
                .map(ActorPersonalDataRow::getProjectId)
                .sorted()
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegisteredActor> registrations(String projectId) {
        return repository.findByProjectId(projectId).stream()
                .map(JpaPersonalDataRegister::registered)
                .sorted(Comparator.comparing(RegisteredActor::registeredAt).thenComparing(RegisteredActor::actorId))
                .toList();
    }

    // MANDATORY: the row is deleted in the transaction that stores ActorPersonalDataErased, so an erasure is
    // either complete and recorded, or neither.
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean erase(String projectId, String actorId) {
        Optional<ActorPersonalDataRow> row = repository.findById(key(projectId, actorId));
        row.ifPresent(repository::delete);
        repository.flush();
        return row.isPresent();
    }

    private static ActorPersonalDataRow.Key key(String projectId, String actorId) {
        return new ActorPersonalDataRow.Key(projectId, actorId);
    }

    private static ActorPersonalData data(ActorPersonalDataRow row) {
        return new ActorPersonalData(row.getDisplayName(), row.getOrganisation(), row.getContact());
    }

    private static RegisteredActor registered(ActorPersonalDataRow row) {
        return new RegisteredActor(row.getActorId(), row.getProjectId(), data(row), row.getRegisteredAt());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
