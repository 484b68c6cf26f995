package dk.samskabelse.journal.personaldata;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ActorPersonalDataRepository extends JpaRepository<ActorPersonalDataRow, String> {

    List<ActorPersonalDataRow> findByProjectId(String projectId);
}
