package dk.samskabelse.journal.command;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorRegistered;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.RecordEngagement;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.Sector;
import dk.samskabelse.journal.api.StartProject;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Projects are cached between commands, but a cached project that the event store has moved past (another
 * journal instance appended to it) is never used: the command is judged on the project sourced afresh.
 */
@SpringBootTest(properties =
        "spring.datasource.url=jdbc:h2:mem:cached-projects;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class CachedProjectsIT {

    private static final LocalDate STARTED = LocalDate.of(2021, 3, 1);

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anActorRegisteredByAnotherInstanceIsKnownToTheNextCommand() {
        String projectId = UUID.randomUUID().toString();
        commands.sendAndWait(new StartProject(projectId, UUID.randomUUID().toString(), "Cachet projekt", "Lejre",
                Area.KULTUR_OG_FRITID, "Et formål", STARTED));

        // What another instance's RegisterActor leaves in the shared event store, bypassing this instance's cache.
        String actorId = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> {
            DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            unitOfWork.execute(() -> eventStore.publish(new GenericDomainEventMessage<>("Project", projectId, 1,
                    new ActorRegistered(projectId, UUID.randomUUID().toString(), STARTED, actorId,
                            ActorKind.BORGER, Sector.NON_PUBLIC, Role.MEDDESIGNER))));
        });

        String engagement = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordEngagement(projectId, engagement, EngagementKind.WORKSHOP, "Workshop",
                STARTED.plusDays(3), actorId, List.of(new Participation(actorId, Influence.INDDRAGET)), List.of(),
                null, false));

        assertThat(jdbc.queryForList("SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number", Long.class, projectId)).containsExactly(0L, 1L, 2L);
    }
}
