package dk.samskabelse.journal.personaldata;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActorPersonalDataRepository extends JpaRepository<ActorPersonalDataRow, ActorPersonalDataRow.Key> {

    List<ActorPersonalDataRow> findByProjectId(String projectId);

    List<ActorPersonalDataRow> findByActorId(String actorId);
}
