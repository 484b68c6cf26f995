package dk.samskabelse.journal.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskabelse.journal.support.JournalApi;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.TestUsers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 16 clients write 250 engagements each to ONE project through the HTTP API at the same time. Every
 * acknowledged entry must be stored exactly once, the project's sequence numbers must stay contiguous, nothing
 * may be answered 5xx, and nothing may be stored that was not acknowledged. A write conflict may be answered 409
 * (the client then resends the same entry) or retried by the server's command gateway; both are counted.
 * <p>
 * The JSON API makes entry ids on the server, so each client marks its entry with its own key in the title
 * and recognises it in the store by that key.
 */
// Closed after the class: each class has a schema of its own, and a cached context would keep its pool of
// PostgreSQL connections open while the later classes (and the two-instance processes) need them.
@Tag("reliability")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentWritersIT {

    static final int CLIENTS = 16;
    static final int COMMANDS_PER_CLIENT = 250;
    static final int MAX_RESENDS = 10;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        InProcessReliability.usePostgres(registry, "rel_writers");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    record Outcome(String key, int status, String entryId, int resends) {}

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void everyAcknowledgedEntryIsStoredExactlyOnce() throws Exception {
        JsonHttp leader = TestUsers.projectLeader(port);
        JournalApi api = new JournalApi(leader);
        String projectId = api.startProject("Samtidige skrivere", "2020-01-01");
        String actor = api.registerActor(projectId, "BORGER", "Skriver S.", "MEDDESIGNER", "2020-01-01", null);
        long setUpEvents = 2;

        ListAppender<ILoggingEvent> retries = new ListAppender<>();
        Logger gatewayLog = (Logger) LoggerFactory.getLogger("org.axonframework.commandhandling.gateway");
        retries.start();
        gatewayLog.addAppender(retries);

        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger transportErrors = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<Outcome>>> work = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            work.add(clients.submit(() -> {
                JsonHttp http = JsonHttp.signedIn(port, TestUsers.LEADER, TestUsers.PASSWORD);
                List<Outcome> outcomes = new ArrayList<>();
                for (int i = 0; i < COMMANDS_PER_CLIENT; i++) {
                    String key = "cw-" + client + "-" + i + "-"
                            + UUID.randomUUID().toString().substring(0, 8);
                    String body = JsonHttp.json(Map.of(
                            "kind",
                            "MOEDE",
                            "title",
                            key,
                            "occurredOn",
                            "2020-02-01",
                            "initiatedBy",
                            actor,
                            "participants",
                            List.of(Map.of("actorId", actor, "influence", "INDDRAGET"))));
                    JsonHttp.Response response = null;
                    int resends = -1;
                    // A 409 write conflict stored nothing: the client resends the same entry.
                    while (resends < MAX_RESENDS && (response == null || isWriteConflict(response))) {
                        resends++;
                        sent.incrementAndGet();
                        try {
                            response = http.post("/api/projects/" + projectId + "/engagements", body);
                        } catch (AssertionError transport) {
                            // Outcome unknown: not resent, so a stored copy can only be the one attempt.
                            transportErrors.incrementAndGet();
                            response = new JsonHttp.Response(-1, "", String.valueOf(transport.getCause()));
                            break;
                        }
                        statuses.computeIfAbsent(response.status(), s -> new AtomicInteger())
                                .incrementAndGet();
                    }
                    outcomes.add(new Outcome(
                            key,
                            response.status(),
                            response.status() / 100 == 2 ? response.text("entryId") : null,
                            resends));
                }
                return outcomes;
            }));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<List<Outcome>> client : work) {
            outcomes.addAll(client.get(19, TimeUnit.MINUTES));
        }
        clients.shutdown();
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        gatewayLog.detachAppender(retries);

        List<StoredEngagement> stored = storedEngagements(projectId);
        List<Long> sequence = jdbc.queryForList(
                "SELECT sequence_number FROM domain_event_entry "
                        + "WHERE aggregate_identifier = ? ORDER BY sequence_number",
                Long.class,
                projectId);

        Map<String, Outcome> acknowledged = new LinkedHashMap<>();
        outcomes.stream().filter(o -> o.status() / 100 == 2).forEach(o -> acknowledged.put(o.entryId(), o));
        Map<String, Integer> storedByEntryId = new HashMap<>();
        Map<String, Integer> storedByKey = new HashMap<>();
        for (StoredEngagement engagement : stored) {
            storedByEntryId.merge(engagement.entryId(), 1, Integer::sum);
            storedByKey.merge(engagement.title(), 1, Integer::sum);
        }
        long duplicates = storedByKey.values().stream().filter(n -> n > 1).count()
                + storedByEntryId.values().stream().filter(n -> n > 1).count();
        Set<String> acknowledgedKeys =
                Set.copyOf(acknowledged.values().stream().map(Outcome::key).toList());
        long storedUnacknowledged = storedByKey.keySet().stream()
                .filter(k -> !acknowledgedKeys.contains(k))
                .count();
        int serverErrors = statuses.entrySet().stream()
                .filter(e -> e.getKey() >= 500)
                .mapToInt(e -> e.getValue().get())
                .sum();
        int conflicts = statuses.getOrDefault(409, new AtomicInteger()).get();
        long serverRetries = retries.list.stream()
                .filter(e -> e.getFormattedMessage().contains("Will retry"))
                .count();
        int clientResends = outcomes.stream().mapToInt(Outcome::resends).sum();

        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("clients", CLIENTS);
        counts.put("entries", outcomes.size());
        counts.put("sent", sent.get());
        counts.put("acknowledged", acknowledged.size());
        counts.put("stored", stored.size());
        counts.put("duplicates", duplicates);
        counts.put("stored-unacknowledged", storedUnacknowledged);
        counts.put("5xx", serverErrors);
        counts.put("409", conflicts);
        counts.put("client-resends", clientResends);
        counts.put("server-retries", serverRetries);
        counts.put("transport-errors", transportErrors.get());
        counts.put("sequence", sequence.isEmpty() ? "-" : sequence.get(0) + ".." + sequence.get(sequence.size() - 1));
        counts.put("seconds", seconds);
        counts.put("statuses", new java.util.TreeMap<>(statuses));
        String summary = InProcessReliability.summary("concurrent writers", counts);

        assertThat(serverErrors).as(summary).isZero();
        assertThat(transportErrors.get()).as(summary).isZero();
        assertThat(outcomes)
                .as(summary)
                .hasSize(CLIENTS * COMMANDS_PER_CLIENT)
                .allSatisfy(o -> assertThat(o.status()).as(o.key()).isIn(201, 409));
        // Every acknowledged entry exactly once, under the key its client gave it.
        assertThat(acknowledged).as(summary).isNotEmpty();
        acknowledged.forEach((entryId, outcome) -> {
            assertThat(storedByEntryId.get(entryId))
                    .as("stored copies of " + entryId)
                    .isEqualTo(1);
            assertThat(storedByKey.get(outcome.key()))
                    .as("stored copies of " + outcome.key())
                    .isEqualTo(1);
        });
        assertThat(duplicates).as(summary).isZero();
        assertThat(storedUnacknowledged).as(summary).isZero();
        assertThat(stored).as(summary).hasSize(acknowledged.size());
        // Contiguous 0..n-1: no event lost or squeezed in.
        assertThat(sequence)
                .as(summary)
                .containsExactlyElementsOf(
                        LongStream.range(0, setUpEvents + stored.size()).boxed().toList());
    }

    private static boolean isWriteConflict(JsonHttp.Response response) {
        return response.status() == 409 && response.body().contains("WRITE_CONFLICT");
    }

    record StoredEngagement(String entryId, String title) {}

    private List<StoredEngagement> storedEngagements(String projectId) {
        ObjectMapper mapper = new ObjectMapper();
        return jdbc.query(
                "SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? "
                        + "AND payload_type = 'dk.samskabelse.journal.api.EngagementRecorded' ORDER BY global_index",
                (rs, row) -> {
                    try {
                        JsonNode payload = mapper.readTree(rs.getBytes(1));
                        return new StoredEngagement(
                                payload.path("entryId").asText(),
                                payload.path("title").asText());
                    } catch (IOException e) {
                        throw new IllegalStateException("Undecodable event payload", e);
                    }
                },
                projectId);
    }
}
