package dk.samskabelse.journal.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.support.JournalApi;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.PostgresTestDatabase;
import dk.samskabelse.journal.support.TestUsers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The event store's gap handling (config/EventStoreConfig, docs/operations.md "Gaps and long transactions"). An event takes
 * its global_index when it is inserted but becomes visible when its transaction commits; a processor that has
 * read past the hole keeps it as a gap for journal.event-store.gap-timeout and fetches it once it commits.
 * <p>
 * 1. A transaction that took its global_index, saw later events commit and be projected, and commits seconds
 * later still reaches the projections. 2. The journal's own transactions cannot stay open long enough for their
 * gap to be given up: one longer than the transaction timeout is rolled back and stores nothing.
 * <p>
 * To keep the run short the transaction timeout (spring.transaction.default-timeout, 20 s in production) and
 * Axon's command timeout are set to 3 s here; the gap timeout keeps its production value of 60 s.
 */
// Closed after the class: each class has a schema of its own, and a cached context would keep its pool of
// PostgreSQL connections open while the later classes (and the two-instance processes) need them.
@Tag("reliability")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.transaction.default-timeout=3s", "axon.timeout.transaction.command-bus.timeout-ms=3000"})
class GapTimeoutIT {

    static final Duration TRANSACTION_TIMEOUT = Duration.ofSeconds(3);
    static final Duration GAP_TIMEOUT = Duration.ofSeconds(60);
    static final Duration LATE = Duration.ofSeconds(7);
    static String url;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        url = InProcessReliability.usePostgres(registry, "rel_gap");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProjectionProcessors processors;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anEventCommittedLateStillReachesTheProjections() throws Exception {
        JournalApi api = new JournalApi(TestUsers.projectLeader(port));
        String template = api.startProject("Skabelon", "2020-01-01");
        String lateProject = UUID.randomUUID().toString();
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT type, meta_data, payload, payload_type "
                        + "FROM domain_event_entry WHERE aggregate_identifier = ?",
                template);
        // The ProjectStarted event as the journal serializes it, for another project.
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode payload = (ObjectNode) mapper.readTree((byte[]) row.get("payload"));
        payload.put("projectId", lateProject)
                .put("entryId", UUID.randomUUID().toString())
                .put("name", "Sen commit");

        long lateIndex;
        Instant inserted;
        List<String> meanwhile;
        try (Connection slow =
                DriverManager.getConnection(url, PostgresTestDatabase.user(), PostgresTestDatabase.password())) {
            slow.setAutoCommit(false);
            try (Statement statement = slow.createStatement();
                    ResultSet next = statement.executeQuery("SELECT nextval('domain_event_entry_seq')")) {
                next.next();
                lateIndex = next.getLong(1);
            }
            try (PreparedStatement insert = slow.prepareStatement("INSERT INTO domain_event_entry (global_index, "
                    + "aggregate_identifier, sequence_number, type, event_identifier, meta_data, payload, "
                    + "payload_type, time_stamp) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, lateIndex);
                insert.setString(2, lateProject);
                insert.setString(3, (String) row.get("type"));
                insert.setString(4, UUID.randomUUID().toString());
                insert.setBytes(5, (byte[]) row.get("meta_data"));
                insert.setBytes(6, mapper.writeValueAsBytes(payload));
                insert.setString(7, (String) row.get("payload_type"));
                insert.setString(8, Instant.now().toString());
                insert.executeUpdate();
            }
            inserted = Instant.now();

            // Later events commit and are projected while the early one is still open: the processors have
            // read past its global_index.
            meanwhile = List.of(api.startProject("Imens 1", "2020-01-02"), api.startProject("Imens 2", "2020-01-03"));
            assertThat(processors.awaitCaughtUp(Duration.ofSeconds(20)))
                    .as(() -> "caught up: " + processors.progress())
                    .isTrue();
            assertThat(meanwhile).allSatisfy(id -> assertThat(summaryRows(id)).isEqualTo(1));
            assertThat(jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class))
                    .isGreaterThan(lateIndex);
            assertThat(summaryRows(lateProject)).isZero();

            Thread.sleep(Math.max(
                    0,
                    LATE.toMillis() - Duration.between(inserted, Instant.now()).toMillis()));
            slow.commit();
        }
        Duration late = Duration.between(inserted, Instant.now());

        // Every projection that keeps a row for a started project gets it: the portfolio, the timeline and the
        // phases (caught-up positions say nothing here, the processors are already past the gap's index).
        Map<String, String> tables = Map.of(
                "portfolio",
                "proj_project_summary",
                "timeline",
                "proj_timeline_entry",
                "phases",
                "proj_phase_interval");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (tables.values().stream().anyMatch(table -> rows(table, lateProject) == 0)
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        tables.forEach((projection, table) -> assertThat(rows(table, lateProject))
                .as("the late event in " + projection)
                .isEqualTo(1));

        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("late-global-index", lateIndex);
        counts.put("committed-after-ms", late.toMillis());
        counts.put("later-events-projected-first", meanwhile.size());
        counts.put("late-event-projected-in", tables.keySet().stream().sorted().toList());
        counts.put("gap-timeout", GAP_TIMEOUT);
        InProcessReliability.summary("gap: late commit", counts);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aTransactionLongerThanTheTimeoutIsRolledBack() throws Exception {
        JournalApi api = new JournalApi(TestUsers.projectLeader(port));
        String project = api.startProject("Lang transaktion", "2020-01-01");
        String actor = api.registerActor(project, "BORGER", "Ventende V.", "MEDDESIGNER", "2020-01-01", null);
        String body = JsonHttp.json(Map.of(
                "kind",
                "MOEDE",
                "title",
                "Blokeret møde",
                "occurredOn",
                "2020-02-01",
                "initiatedBy",
                actor,
                "participants",
                List.of(Map.of("actorId", actor, "influence", "HOERT"))));
        long eventsBefore = events(project);

        JsonHttp.Response answer;
        Duration held;
        try (Connection blocker =
                DriverManager.getConnection(url, PostgresTestDatabase.user(), PostgresTestDatabase.password())) {
            blocker.setAutoCommit(false);
            // Inserts into the event store wait for this lock (reads do not): the command's transaction stays
            // open, holding the global_index it was given, for as long as the lock is held.
            try (Statement statement = blocker.createStatement()) {
                statement.execute("LOCK TABLE domain_event_entry IN EXCLUSIVE MODE");
            }
            Instant sent = Instant.now();
            CompletableFuture<JsonHttp.Response> write = CompletableFuture.supplyAsync(
                    () -> api.http().post("/api/projects/" + project + "/engagements", body));
            answer = write.get(GAP_TIMEOUT.dividedBy(2).toSeconds(), TimeUnit.SECONDS);
            held = Duration.between(sent, Instant.now());
            blocker.rollback();
        }
        // The lock is gone: a transaction that were still pending could commit now. None does.
        Thread.sleep(2000);
        long eventsAfter = events(project);

        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("transaction-timeout", TRANSACTION_TIMEOUT);
        counts.put("answered-after-ms", held.toMillis());
        counts.put("status", answer.status());
        counts.put("code", answer.status() >= 400 ? answer.text("code") : "-");
        counts.put("stored", eventsAfter - eventsBefore);
        String summary = InProcessReliability.summary("gap: long transaction", counts);

        assertThat(answer.status()).as(summary + " " + answer.body()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(InProcessReliability.leaks(answer.body())).as(answer.body()).isEmpty();
        // Ended by the timeout while the lock was still held, well inside the gap timeout. (Hibernate gives each
        // statement the transaction's remaining time in whole seconds, rounded down, so it may end a little
        // before the full three seconds.)
        assertThat(held)
                .as(summary)
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1))
                .isLessThan(GAP_TIMEOUT.dividedBy(2));
        assertThat(eventsAfter).as(summary).isEqualTo(eventsBefore);
        // And the journal writes again at once.
        api.recordEngagement(project, "MOEDE", "Efter låsen", "2020-02-02", actor, Map.of(actor, "HOERT"));
        assertThat(events(project)).isEqualTo(eventsBefore + 1);
    }

    private int rows(String table, String projectId) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE project_id = ?", Integer.class, projectId);
    }

    private int summaryRows(String projectId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM proj_project_summary WHERE project_id = ?", Integer.class, projectId);
    }

    private long events(String projectId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, projectId);
    }
}
