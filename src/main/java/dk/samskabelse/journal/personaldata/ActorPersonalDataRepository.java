package dk.samskabelse.journal.personaldata;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ActorPersonalDataRepository extends JpaRepository<ActorPersonalDataRow, ActorPersonalDataRow.Key> {

    List<ActorPersonalDataRow> findByProjectId(String projectId);

    List<ActorPersonalDataRow> findByActorId(String actorId);
}
