package dk.samskabelse.journal.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.support.JournalApi;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A client that did not get an answer sends the same request again with the same Idempotency-Key: it gets the
 * first answer again (the same ids) and the journal stores the entry once.
 */
@JournalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyKeyIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    JsonHttp http;
    String project;
    String citizen;

    @BeforeAll
    void aProjectWithOneCitizen() {
        http = TestUsers.projectLeader(port);
        JournalApi api = new JournalApi(http);
        project = api.startProject("Gentaget", "2020-01-01");
        citizen = api.registerActor(project, "BORGER", "Gentag G.", "MEDDESIGNER", "2020-01-02", null);
    }

    @Test
    void aProjectStartedTwiceWithOneKeyIsOneProject() {
        String body = JsonHttp.json(
                Map.of("name", "Nøgle", "municipality", "Lejre", "area", "ANDET", "startedOn", "2021-05-01"));
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        JsonHttp.Response first = http.post("/api/projects", body, key);
        JsonHttp.Response again = http.post("/api/projects", body, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.text("projectId")).isEqualTo(first.text("projectId"));
        assertThat(eventsOf(first.text("projectId"))).containsExactly("ProjectStarted");
    }

    @Test
    void anActorRegisteredTwiceWithOneKeyIsOneActor() {
        String body = JsonHttp.json(
                Map.of("kind", "FORENING", "name", "Foreningen F.", "role", "MEDDESIGNER", "joinedOn", "2020-02-01"));
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        int before = eventsOf(project).size();

        JsonHttp.Response first = http.post("/api/projects/" + project + "/actors", body, key);
        JsonHttp.Response again = http.post("/api/projects/" + project + "/actors", body, key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text("actorId")).isEqualTo(first.text("actorId"));
        // The entry id is derived from the key and the project (issue 11), not the key itself.
        assertThat(again.text("entryId")).isEqualTo(first.text("entryId")).isNotEqualTo(key.get("Idempotency-Key"));
        assertThat(eventsOf(project)).hasSize(before + 1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM actor_personal_data WHERE actor_id = ?",
                        Integer.class,
                        first.text("actorId")))
                .isEqualTo(1);
    }

    @Test
    void anEngagementSentTwiceWithOneKeyIsStoredOnce() {
        String body = JsonHttp.json(Map.of(
                "kind",
                "WORKSHOP",
                "title",
                "Workshop",
                "occurredOn",
                "2020-03-01",
                "initiatedBy",
                citizen,
                "participants",
                List.of(Map.of("actorId", citizen, "influence", "HOERT"))));
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        int before = eventsOf(project).size();

        JsonHttp.Response first = http.post("/api/projects/" + project + "/engagements", body, key);
        JsonHttp.Response again = http.post("/api/projects/" + project + "/engagements", body, key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text("entryId")).isEqualTo(first.text("entryId"));
        assertThat(eventsOf(project)).hasSize(before + 1);
    }

    /**
     * A key already used for an insight, sent again on a registration: refused 409 ENTRY_ID_TAKEN, not 201 with an
     * actor id that was never registered (issue 11, follow-up).
     */
    @Test
    void aKeyReusedOnAnotherKindOfRequestIsRefusedWith409() {
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        JsonHttp.Response insight = http.post(
                "/api/projects/" + project + "/insights",
                JsonHttp.json(Map.of("focus", "PROCES", "text", "Indsigt", "effectiveOn", "2020-03-01")),
                key);
        assertThat(insight.status()).as(insight.body()).isEqualTo(201);
        int before = eventsOf(project).size();

        JsonHttp.Response registration = http.post(
                "/api/projects/" + project + "/actors",
                JsonHttp.json(Map.of(
                        "kind",
                        "FORENING",
                        "name",
                        "Foreningen Genbrugt",
                        "role",
                        "MEDDESIGNER",
                        "joinedOn",
                        "2020-02-01")),
                key);

        assertThat(registration.status()).as(registration.body()).isEqualTo(409);
        assertThat(registration.contentType()).startsWith("application/problem+json");
        assertThat(registration.text("code")).isEqualTo("ENTRY_ID_TAKEN");
        assertThat(registration.text("detail")).contains("allerede brugt til en anden indførsel");
        assertThat(registration.json().has("actorId")).isFalse();
        assertThat(eventsOf(project)).hasSize(before);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM actor_personal_data WHERE display_name = ?",
                        Integer.class,
                        "Foreningen Genbrugt"))
                .isZero();

        // And the other way round, in English: a registration's key reused on an insight.
        Map<String, String> actorKey =
                Map.of("Idempotency-Key", UUID.randomUUID().toString());
        JsonHttp.Response registered = http.post(
                "/api/projects/" + project + "/actors",
                JsonHttp.json(Map.of(
                        "kind",
                        "FORENING",
                        "name",
                        "Foreningen Første",
                        "role",
                        "MEDDESIGNER",
                        "joinedOn",
                        "2020-02-01")),
                actorKey);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        JsonHttp.Response reused = http.inLanguage("en")
                .post(
                        "/api/projects/" + project + "/insights",
                        JsonHttp.json(Map.of("focus", "PROCES", "text", "Indsigt", "effectiveOn", "2020-03-01")),
                        actorKey);
        assertThat(reused.status()).as(reused.body()).isEqualTo(409);
        assertThat(reused.text("code")).isEqualTo("ENTRY_ID_TAKEN");
        assertThat(reused.text("detail")).contains("already used for another entry");
        assertThat(eventsOf(project)).hasSize(before + 1);
    }

    @Test
    void aKeyThatIsNoUuidIsRefusedAndStoresNothing() {
        int before = eventsOf(project).size();
        JsonHttp.Response answer = http.post(
                "/api/projects/" + project + "/insights",
                JsonHttp.json(Map.of("focus", "PROCES", "text", "Indsigt")),
                Map.of("Idempotency-Key", "gentag-1"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.text("code")).isEqualTo("INVALID_REQUEST");
        assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(answer.json().get("errors").get(0).get("code").asText()).isEqualTo("INVALID_PARAMETER");
        assertThat(eventsOf(project)).hasSize(before);
    }

    private List<String> eventsOf(String projectId) {
        return jdbc
                .queryForList(
                        "SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? "
                                + "ORDER BY sequence_number",
                        String.class,
                        projectId)
                .stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1))
                .toList();
    }
}
