package dk.samskabelse.journal.command.personaldata;

import dk.samskabelse.journal.api.ActorPersonalData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

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
        repository.save(new ActorPersonalDataRow(actorId, projectId, data.name().strip(), blankToNull(data.organisation()),
                blankToNull(data.contact()), clock.instant()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ActorPersonalData> find(String actorId) {
        return repository.findById(actorId)
                .map(row -> new ActorPersonalData(row.getDisplayName(), row.getOrganisation(), row.getContact()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
