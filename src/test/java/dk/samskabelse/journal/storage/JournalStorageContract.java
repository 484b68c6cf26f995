package dk.samskabelse.journal.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samskabelse.journal.JournalApplication;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.StartProject;
import dk.samskabelse.journal.support.JournalApi;
import dk.samskabelse.journal.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the journal promises about its stored events, run against every database it supports: one scenario
 * through the HTTP API, then the event store is read back with plain SQL.
 */
abstract class JournalStorageContract {

    record StoredEvent(long globalIndex, long sequenceNumber, String payloadType, String payload, String metaData) {}

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    @Autowired
    CommandGateway commands;

    JournalApi api;

    @BeforeEach
    void client() {
        api = new JournalApi(TestUsers.projectLeader(port));
    }

    @Test
    void scenarioIsStoredInOrderWithMetadataAndWithoutPersonalData() {
        String projectId = api.startProject("Naturens Rige", "2016-03-01");
        List<String> actors = new ArrayList<>();
        actors.add(api.registerActor(
                projectId, "PROJEKTLEDER", "Marker-Leder-Q7", "FACILITATOR", "2016-03-01", "leder.q7@example.dk"));
        actors.add(
                api.registerActor(projectId, "BORGER", "Marker-Borger-Z3", "BRUGER", "2016-03-05", "+45 12 34 56 78"));
        actors.add(
                api.registerActor(projectId, "FORENING", "Marker-Forening-K9", "RESSOURCEPERSON", "2016-03-05", null));
        actors.add(api.registerActor(
                projectId, "MEDARBEJDER", "Marker-Medarbejder-P2", "LIGEVAERDIG_DELTAGER", "2016-03-07", null));
        actors.add(api.registerActor(projectId, "CHEF", "Marker-Chef-W5", "MAALSAETTENDE", "2016-03-01", null));

        api.shiftRole(projectId, actors.get(1), "MEDDESIGNER", "2016-04-01", "Tager del i planlægningen");
        api.shiftRole(projectId, actors.get(0), "TILBAGETRUKKET", "2016-06-01", "Aktivitetsdagen: i baggrunden");
        String lastEngagement = null;
        for (int i = 0; i < 10; i++) {
            Map<String, String> participants = new LinkedHashMap<>();
            participants.put(actors.get(1), i % 2 == 0 ? "MEDBESTEMMENDE" : "INDDRAGET");
            participants.put(actors.get(2), "HOERT");
            participants.put(actors.get(3), "INDDRAGET");
            lastEngagement = api.recordEngagement(
                    projectId,
                    i % 3 == 0 ? "WORKSHOP" : "MOEDE",
                    "Møde " + (i + 1),
                    "2016-05-%02d".formatted(i + 1),
                    actors.get(i % 2 == 0 ? 1 : 3),
                    participants);
        }
        api.changePhase(projectId, "PLANLAEGNING", "2016-04-15");
        api.changePhase(projectId, "UDFOERELSE", "2016-05-20");
        api.changePhase(projectId, "PLANLAEGNING", "2016-06-10");
        api.retract(projectId, lastEngagement, "Registreret to gange");

        List<StoredEvent> events = storedEvents(projectId);
        // 1 start + 5 actors + 2 shifts + 10 engagements + 3 phase changes + 1 retraction
        assertThat(events).hasSize(22);
        assertThat(events)
                .extracting(StoredEvent::sequenceNumber)
                .containsExactlyElementsOf(
                        java.util.stream.LongStream.range(0, 22).boxed().toList());
        assertThat(events.get(0).payloadType()).isEqualTo("dk.samskabelse.journal.api.ProjectStarted");
        assertThat(events.get(21).payloadType()).isEqualTo("dk.samskabelse.journal.api.EntryRetracted");
        assertThat(events.get(20).payload()).contains("\"backwards\":true");
        for (StoredEvent event : events) {
            // Recorded by the user the API call was signed in as.
            assertThat(event.metaData())
                    .contains("\"recordedBy\":\"" + TestUsers.LEADER + "\"")
                    .contains("\"recordedAt\":\"");
            assertThat(event.payload()).contains("\"entryId\":\"").contains("\"effectiveOn\":\"");
        }
        // The event stream has no 50-wide holes: a single writer gets consecutive global indexes.
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).globalIndex() - events.get(i - 1).globalIndex())
                    .isEqualTo(1);
        }
        String everything = jdbc.queryForList("SELECT payload, meta_data FROM domain_event_entry").stream()
                .flatMap(row -> row.values().stream())
                .map(value -> value == null ? "" : new String((byte[]) value, StandardCharsets.UTF_8))
                .reduce("", String::concat);
        for (String marker : List.of(
                "Marker-Leder-Q7",
                "leder.q7@example.dk",
                "Marker-Borger-Z3",
                "12 34 56 78",
                "Marker-Forening-K9",
                "Marker-Medarbejder-P2",
                "Marker-Chef-W5")) {
            assertThat(everything).doesNotContain(marker);
        }
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM actor_personal_data WHERE display_name LIKE 'Marker-%'", Integer.class))
                .isEqualTo(5);
    }

    @Test
    void serializedColumnsAreBinaryNotLargeObjects() {
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM information_schema.columns "
                                + "WHERE table_schema = current_schema() AND data_type = 'oid'",
                        Integer.class))
                .isZero();
        List<String> binaryColumns = jdbc.queryForList(
                "SELECT lower(table_name) || '.' || lower(column_name) "
                        + "FROM information_schema.columns WHERE table_schema = current_schema() "
                        + "AND lower(column_name) IN ('payload', 'meta_data', 'token', 'serialized_saga', 'diagnostics') "
                        + "ORDER BY 1",
                String.class);
        assertThat(binaryColumns)
                .contains(
                        "domain_event_entry.payload",
                        "domain_event_entry.meta_data",
                        "snapshot_event_entry.payload",
                        "token_entry.token");
        List<String> types = jdbc.queryForList(
                "SELECT DISTINCT lower(data_type) FROM information_schema.columns "
                        + "WHERE table_schema = current_schema() AND lower(table_name) IN ('domain_event_entry', "
                        + "'snapshot_event_entry', 'token_entry', 'dead_letter_entry', 'saga_entry') "
                        + "AND lower(column_name) IN ('payload', 'meta_data', 'token', 'serialized_saga', 'diagnostics')",
                String.class);
        assertThat(types).containsExactly(expectedBinaryType());
    }

    @Test
    void aggregateSequenceIsUniqueInTheDatabase() {
        String projectId = api.startProject("Unik", "2020-01-01");
        long sequence = jdbc.queryForObject(
                "SELECT max(sequence_number) FROM domain_event_entry " + "WHERE aggregate_identifier = ?",
                Long.class,
                projectId);
        StoredEvent existing = storedEvents(projectId).get(0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
                        "INSERT INTO domain_event_entry (global_index, aggregate_identifier, sequence_number, type, "
                                + "event_identifier, payload, payload_type, time_stamp) VALUES (?, ?, ?, 'Project', ?, ?, ?, ?)",
                        existing.globalIndex() + 100000,
                        projectId,
                        sequence,
                        "duplicate-" + projectId,
                        existing.payload().getBytes(StandardCharsets.UTF_8),
                        existing.payloadType(),
                        "2020-01-01T00:00:00Z"))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void concurrentWritersOnOneProjectLoseNothing() throws Exception {
        String projectId = api.startProject("Samtidighed", "2020-01-01");
        String actor = api.registerActor(projectId, "BORGER", "Samtidig S.", "MEDDESIGNER", "2020-01-01", null);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> writes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            Callable<String> write = () -> api.recordEngagement(
                    projectId, "MOEDE", "Samtidigt møde " + n, "2020-02-01", actor, Map.of(actor, "INDDRAGET"));
            writes.add(pool.submit(write));
        }
        List<String> acknowledged = new ArrayList<>();
        for (Future<String> write : writes) {
            acknowledged.add(write.get());
        }
        pool.shutdown();
        List<StoredEvent> events = storedEvents(projectId);
        assertThat(events).hasSize(42);
        assertThat(events)
                .extracting(StoredEvent::sequenceNumber)
                .containsExactlyElementsOf(
                        java.util.stream.LongStream.range(0, 42).boxed().toList());
        String payloads =
                String.join("\n", events.stream().map(StoredEvent::payload).toList());
        assertThat(Set.copyOf(acknowledged))
                .hasSize(40)
                .allSatisfy(id -> assertThat(payloads).containsOnlyOnce("\"entryId\":\"" + id + "\""));
    }

    /**
     * Hibernate 6 would hand out global_index values in blocks of 50 per process: a restarted or second journal
     * process would continue 50 further on. With a step of 1, the next process continues where the last ended.
     */
    @Test
    void globalIndexContinuesWithoutAHoleInANewProcess() {
        String before = api.startProject("Før genstart", "2021-01-01");
        long lastBefore = storedEvents(before).get(0).globalIndex();
        try (ConfigurableApplicationContext next = new SpringApplicationBuilder(JournalApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + environment.getProperty("spring.datasource.username", ""),
                        "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                        "--journal.db.owner=" + environment.getProperty("journal.db.owner", ""),
                        "--journal.db.owner-password=" + environment.getProperty("journal.db.owner-password", ""))) {
            int nextPort = ((WebServerApplicationContext) next).getWebServer().getPort();
            String after =
                    new JournalApi(TestUsers.projectLeader(nextPort)).startProject("Efter genstart", "2021-01-02");
            assertThat(storedEvents(after).get(0).globalIndex()).isEqualTo(lastBefore + 1);
        }
    }

    /** docs/domain.md: StartProject is rejected for a duplicate id. The event store's unique key decides. */
    @Test
    void startingAProjectWithAnExistingIdIsRefusedAndStoresNothing() {
        String projectId = UUID.randomUUID().toString();
        commands.sendAndWait(new StartProject(
                projectId,
                UUID.randomUUID().toString(),
                "Først",
                "Odense",
                Area.SUNDHED,
                null,
                LocalDate.of(2020, 1, 1)));
        assertThatThrownBy(() -> commands.sendAndWait(new StartProject(
                        projectId,
                        UUID.randomUUID().toString(),
                        "Igen",
                        "Odense",
                        Area.SUNDHED,
                        null,
                        LocalDate.of(2020, 1, 1))))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(storedEvents(projectId))
                .hasSize(1)
                .allSatisfy(e -> assertThat(e.payload()).contains("Først"));
    }

    abstract String expectedBinaryType();

    List<StoredEvent> storedEvents(String projectId) {
        return jdbc.query(
                "SELECT global_index, sequence_number, payload_type, payload, meta_data "
                        + "FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY global_index",
                (rs, row) -> new StoredEvent(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        new String(rs.getBytes(4), StandardCharsets.UTF_8),
                        new String(rs.getBytes(5), StandardCharsets.UTF_8)),
                projectId);
    }
}
