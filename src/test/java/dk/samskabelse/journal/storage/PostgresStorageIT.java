package dk.samskabelse.journal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.JournalApplication;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.PostgresTestDatabase;
import dk.samskabelse.journal.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The storage contract on PostgreSQL, the production database. Runs whenever JOURNAL_TEST_POSTGRES_URL names
 * one; .ci/run always does. Closed after the class, so its pool of PostgreSQL connections is not held while the
 * fault and load tests (same test JVM, same PostgreSQL) run.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+")
class PostgresStorageIT extends JournalStorageContract {

    static final String URL = PostgresTestDatabase.freshSchemaUrl("storage_it");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", PostgresTestDatabase::user);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
        if (PostgresTestDatabase.separateOwner()) {
            registry.add("journal.db.owner", PostgresTestDatabase::owner);
            registry.add("journal.db.owner-password", PostgresTestDatabase::ownerPassword);
        }
    }

    /**
     * Two journal processes on one database write to the same project at once. The in-process lock cannot help
     * here; the unique (aggregate_identifier, sequence_number) constraint decides, and the loser is retried or
     * answered 409. Every acknowledged entry must be stored exactly once, with contiguous sequence numbers.
     */
    @Test
    void twoInstancesWritingToOneProjectLoseNothing() throws Exception {
        String projectId = api.startProject("To instanser", "2020-01-01");
        String actor = api.registerActor(projectId, "BORGER", "Instans I.", "MEDDESIGNER", "2020-01-01", null);
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(JournalApplication.class)
                .run(Stream.concat(Stream.of("--server.port=0"), PostgresTestDatabase.arguments(URL).stream())
                        .toArray(String[]::new))) {
            int secondPort =
                    ((WebServerApplicationContext) second).getWebServer().getPort();
            List<JsonHttp> instances = List.of(TestUsers.projectLeader(port), TestUsers.projectLeader(secondPort));
            ExecutorService pool = Executors.newFixedThreadPool(6);
            List<Future<JsonHttp.Response>> writes = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                JsonHttp instance = instances.get(i % 2);
                String body = JsonHttp.json(Map.of(
                        "kind",
                        "MOEDE",
                        "title",
                        "Møde " + i,
                        "occurredOn",
                        "2020-02-01",
                        "initiatedBy",
                        actor,
                        "participants",
                        List.of(Map.of("actorId", actor, "influence", "HOERT"))));
                writes.add(pool.submit(() -> instance.post("/api/projects/" + projectId + "/engagements", body)));
            }
            List<String> acknowledged = new ArrayList<>();
            for (Future<JsonHttp.Response> write : writes) {
                JsonHttp.Response response = write.get();
                assertThat(response.status()).as(response.body()).isIn(201, 409);
                if (response.status() == 201) {
                    acknowledged.add(response.text("entryId"));
                }
            }
            pool.shutdown();
            List<StoredEvent> events = storedEvents(projectId);
            assertThat(events)
                    .extracting(StoredEvent::sequenceNumber)
                    .containsExactlyElementsOf(
                            LongStream.range(0, events.size()).boxed().toList());
            assertThat(events).hasSize(2 + acknowledged.size());
            String payloads =
                    String.join("\n", events.stream().map(StoredEvent::payload).toList());
            assertThat(acknowledged)
                    .isNotEmpty()
                    .allSatisfy(id -> assertThat(payloads).containsOnlyOnce("\"entryId\":\"" + id + "\""));
        }
    }

    @Override
    String expectedBinaryType() {
        return "bytea";
    }
}
