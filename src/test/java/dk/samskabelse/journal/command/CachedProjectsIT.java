package dk.samskabelse.journal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorPersonalData;
import dk.samskabelse.journal.api.ActorRegistered;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.EngagementRecorded;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.JournalRejection;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.RecordEngagement;
import dk.samskabelse.journal.api.RegisterActor;
import dk.samskabelse.journal.api.RejectionReason;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.Sector;
import dk.samskabelse.journal.api.StartProject;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Projects are cached between commands without asking the event store first, yet a cached project that the event
 * store has moved past (another journal instance appended to it) never decides a command: a write on it meets the
 * unique key and is retried on the project sourced afresh, and so is a refusal judged on it.
 */
@JournalIntegrationTest
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
    void aRefusalOnAStaleCopyIsRetriedAndAccepted() {
        String projectId = startProject();
        // The actor exists only in the store; the cached copy would refuse it as unknown.
        String actorId = registerActorElsewhere(projectId, 1);

        commands.sendAndWait(engagement(projectId, actorId));

        assertThat(sequenceNumbers(projectId)).containsExactly(0L, 1L, 2L);
        assertThat(types(projectId)).endsWith(EngagementRecorded.class.getName());
    }

    @Test
    void aWriteOnAStaleCopyMeetsTheUniqueKeyAndIsRetriedOnTheStoredProject() {
        String projectId = startProject();
        String actorId = registerActor(projectId);
        // Cached at sequence number 1; another instance appends 2.
        registerActorElsewhere(projectId, 2);

        commands.sendAndWait(engagement(projectId, actorId));

        // Stored once, after the other instance's event: nothing lost, nothing twice.
        assertThat(sequenceNumbers(projectId)).containsExactly(0L, 1L, 2L, 3L);
        assertThat(types(projectId))
                .filteredOn(EngagementRecorded.class.getName()::equals)
                .hasSize(1);
    }

    @Test
    void aRefusalOnACurrentCopyIsTheAnswer() {
        String projectId = startProject();
        registerActor(projectId);
        String stranger = UUID.randomUUID().toString();

        assertThatThrownBy(() -> commands.sendAndWait(engagement(projectId, stranger)))
                .isInstanceOfSatisfying(
                        JournalRejection.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(RejectionReason.UNKNOWN_PARTICIPANT));
        assertThat(sequenceNumbers(projectId)).containsExactly(0L, 1L);
    }

    private String startProject() {
        String projectId = UUID.randomUUID().toString();
        commands.sendAndWait(new StartProject(
                projectId,
                UUID.randomUUID().toString(),
                "Cachet projekt",
                "Lejre",
                Area.KULTUR_OG_FRITID,
                "Et formål",
                STARTED));
        return projectId;
    }

    private String registerActor(String projectId) {
        String actorId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterActor(
                projectId,
                UUID.randomUUID().toString(),
                actorId,
                ActorKind.BORGER,
                Role.MEDDESIGNER,
                STARTED,
                new ActorPersonalData("Aktør", null, null)));
        return actorId;
    }

    /** What another instance's RegisterActor leaves in the shared event store, bypassing this instance's cache. */
    private String registerActorElsewhere(String projectId, long sequenceNumber) {
        String actorId = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> {
            DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            unitOfWork.execute(() -> eventStore.publish(new GenericDomainEventMessage<>(
                    "Project",
                    projectId,
                    sequenceNumber,
                    new ActorRegistered(
                            projectId,
                            UUID.randomUUID().toString(),
                            STARTED,
                            actorId,
                            ActorKind.BORGER,
                            Sector.NON_PUBLIC,
                            Role.MEDDESIGNER))));
        });
        return actorId;
    }

    private static RecordEngagement engagement(String projectId, String actorId) {
        return new RecordEngagement(
                projectId,
                UUID.randomUUID().toString(),
                EngagementKind.WORKSHOP,
                "Workshop",
                STARTED.plusDays(3),
                actorId,
                List.of(new Participation(actorId, Influence.INDDRAGET)),
                List.of(),
                null,
                false);
    }

    private List<Long> sequenceNumbers(String projectId) {
        return jdbc.queryForList(
                "SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ? "
                        + "ORDER BY sequence_number",
                Long.class,
                projectId);
    }

    private List<String> types(String projectId) {
        return jdbc.queryForList(
                "SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? "
                        + "ORDER BY sequence_number",
                String.class,
                projectId);
    }
}
