package dk.samskabelse.journal.command.personaldata;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActorPersonalDataRepository extends JpaRepository<ActorPersonalDataRow, String> {
}
