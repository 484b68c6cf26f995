package dk.samskabelse.journal.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samskabelse.journal.support.JournalApi;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.TestUsers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input gets a specific RFC 7807 answer (400 with the field, 404, 409, 415) and stores nothing.
 */
@JournalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiValidationIT {

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
        project = api.startProject("Validering", "2020-01-01");
        citizen = api.registerActor(project, "BORGER", "Valid V.", "MEDDESIGNER", "2020-01-02", null);
    }

    /** A bad request: where it goes, what it sends, and the answer it must get. */
    record Case(
            String name,
            String path,
            String body,
            String contentType,
            int status,
            String code,
            String field,
            String detailPart) {
        @Override
        public String toString() {
            return name;
        }
    }

    Stream<Arguments> badRequests() {
        String actors = "/api/projects/" + project + "/actors";
        String engagements = "/api/projects/" + project + "/engagements";
        String tomorrow = LocalDate.now().plusDays(2).toString();
        String longName = "x".repeat(10_000);
        return Stream.of(
                        new Case(
                                "missing field",
                                "/api/projects",
                                "{\"municipality\":\"Lejre\",\"area\":\"KULTUR_OG_FRITID\",\"startedOn\":\"2020-01-01\"}",
                                null,
                                400,
                                "INVALID_REQUEST",
                                "name",
                                "Skriv et navn."),
                        new Case(
                                "unknown enum value lists the allowed values",
                                "/api/projects",
                                "{\"name\":\"A\",\"municipality\":\"Lejre\",\"area\":\"IDRAET\",\"startedOn\":\"2020-01-01\"}",
                                null,
                                400,
                                "INVALID_REQUEST",
                                "area",
                                "KULTUR_OG_FRITID, TEKNIK_OG_MILJOE"),
                        new Case(
                                "enum given as a number",
                                "/api/projects",
                                "{\"name\":\"A\",\"municipality\":\"Lejre\",\"area\":2,\"startedOn\":\"2020-01-01\"}",
                                null,
                                400,
                                "INVALID_REQUEST",
                                "area",
                                "Tilladte værdier"),
                        new Case(
                                "date in the wrong format",
                                "/api/projects",
                                "{\"name\":\"A\",\"municipality\":\"Lejre\",\"area\":\"ANDET\",\"startedOn\":\"01-02-2020\"}",
                                null,
                                400,
                                "INVALID_REQUEST",
                                "startedOn",
                                "ÅÅÅÅ-MM-DD"),
                        new Case(
                                "malformed JSON",
                                "/api/projects",
                                "{\"name\":\"A\",",
                                null,
                                400,
                                "MALFORMED_JSON",
                                null,
                                "ikke gyldig JSON"),
                        new Case("empty body", "/api/projects", "", null, 400, "BODY_MISSING", null, "mangler"),
                        new Case(
                                "unknown field",
                                "/api/projects",
                                "{\"name\":\"A\",\"municipality\":\"L\",\"area\":\"ANDET\",\"startedOn\":\"2020-01-01\",\"x\":1}",
                                null,
                                400,
                                "INVALID_REQUEST",
                                "x",
                                "Ukendt felt"),
                        new Case(
                                "10,000 characters",
                                "/api/projects",
                                "{\"name\":\"" + longName
                                        + "\",\"municipality\":\"L\",\"area\":\"ANDET\",\"startedOn\":\"2020-01-01\"}",
                                null,
                                400,
                                "INVALID_REQUEST",
                                "name",
                                "mellem 0 og 200"),
                        new Case(
                                "control and right-to-left characters",
                                "/api/projects",
                                "{\"name\":\"Evil\\u202Eplh\\u0007\",\"municipality\":\"L\",\"area\":\"ANDET\",\"startedOn\":\"2020-01-01\"}",
                                null,
                                400,
                                "INVALID_REQUEST",
                                "name",
                                "kontroltegn"),
                        new Case(
                                "lone high surrogate (review 8a)",
                                "/api/projects/" + project + "/insights",
                                "{\"focus\":\"PROCES\",\"text\":\"a\\ud800b\"}",
                                null,
                                400,
                                "INVALID_REQUEST",
                                "text",
                                "Unicode"),
                        new Case(
                                "lone low surrogate",
                                "/api/projects/" + project + "/insights",
                                "{\"focus\":\"PROCES\",\"text\":\"a\\udc00\"}",
                                null,
                                400,
                                "INVALID_REQUEST",
                                "text",
                                "Unicode"),
                        new Case(
                                "surrogates in the wrong order",
                                "/api/projects",
                                "{\"name\":\"\\udc00\\ud800\",\"municipality\":\"L\",\"area\":\"ANDET\",\"startedOn\":\"2020-01-01\"}",
                                null,
                                400,
                                "INVALID_REQUEST",
                                "name",
                                "Unicode"),
                        new Case(
                                "HTML in a text",
                                "/api/projects",
                                "{\"name\":\"<script>alert(1)</script>\",\"municipality\":\"L\",\"area\":\"ANDET\",\"startedOn\":\"2020-01-01\"}",
                                null,
                                400,
                                "INVALID_REQUEST",
                                "name",
                                "HTML"),
                        new Case(
                                "date in the future",
                                "/api/projects",
                                "{\"name\":\"Fremtid\",\"municipality\":\"L\",\"area\":\"ANDET\",\"startedOn\":\""
                                        + tomorrow + "\"}",
                                null,
                                400,
                                "DATE_IN_FUTURE",
                                "startedOn",
                                "fremtiden"),
                        new Case(
                                "wrong content type",
                                "/api/projects",
                                "{\"name\":\"A\",\"municipality\":\"L\",\"area\":\"ANDET\",\"startedOn\":\"2020-01-01\"}",
                                "text/plain",
                                415,
                                null,
                                null,
                                "application/json"),
                        new Case(
                                "axis value out of range",
                                "/api/projects/" + project + "/typology-declarations",
                                "{\"openness\":1.5,\"centrality\":0,\"rationale\":\"r\"}",
                                null,
                                400,
                                "INVALID_REQUEST",
                                "openness",
                                "Åbenheden skal ligge mellem -1 og 1."),
                        new Case(
                                "role that does not fit the kind",
                                actors,
                                "{\"kind\":\"BORGER\",\"name\":\"B\",\"role\":\"FACILITATOR\",\"joinedOn\":\"2020-01-02\"}",
                                null,
                                400,
                                "ROLE_NOT_VALID_FOR_KIND",
                                "role",
                                "passer ikke"),
                        new Case(
                                "wrong type for a list",
                                engagements,
                                "{\"kind\":\"MOEDE\",\"title\":\"T\",\"occurredOn\":\"2020-02-01\",\"initiatedBy\":\""
                                        + citizen + "\",\"participants\":\"alle\"}",
                                null,
                                400,
                                "INVALID_REQUEST",
                                "participants",
                                "forkert type"),
                        new Case(
                                "engagement without participants",
                                engagements,
                                "{\"kind\":\"MOEDE\",\"title\":\"T\",\"occurredOn\":\"2020-02-01\",\"initiatedBy\":\""
                                        + citizen + "\",\"participants\":[]}",
                                null,
                                400,
                                "INVALID_REQUEST",
                                "participants",
                                "mindst én"),
                        new Case(
                                "unknown participant",
                                engagements,
                                "{\"kind\":\"MOEDE\",\"title\":\"T\",\"occurredOn\":\"2020-02-01\",\"initiatedBy\":\""
                                        + citizen
                                        + "\",\"participants\":[{\"actorId\":\"00000000-0000-0000-0000-000000000001\","
                                        + "\"influence\":\"HOERT\"}]}",
                                null,
                                400,
                                "UNKNOWN_PARTICIPANT",
                                "participants[0].actorId",
                                "findes ikke"),
                        new Case(
                                "engagement before the project started",
                                engagements,
                                "{\"kind\":\"MOEDE\",\"title\":\"T\",\"occurredOn\":\"2019-12-31\",\"initiatedBy\":\""
                                        + citizen + "\",\"participants\":[{\"actorId\":\"" + citizen
                                        + "\",\"influence\":\"HOERT\"}]}",
                                null,
                                409,
                                "DATE_BEFORE_START",
                                null,
                                "2020-01-01"),
                        new Case(
                                "unknown project",
                                "/api/projects/00000000-0000-0000-0000-000000000000/insights",
                                "{\"focus\":\"PROCES\",\"text\":\"t\"}",
                                null,
                                404,
                                "UNKNOWN_PROJECT",
                                null,
                                "findes ikke"),
                        new Case(
                                "project id that is no id",
                                "/api/projects/1%20OR%201=1/insights",
                                "{\"focus\":\"PROCES\",\"text\":\"t\"}",
                                null,
                                404,
                                "UNKNOWN_PROJECT",
                                null,
                                "findes ikke"),
                        new Case(
                                "unknown actor",
                                "/api/projects/" + project + "/actors/00000000-0000-0000-0000-000000000002/role-shifts",
                                "{\"role\":\"INNOVATOR\",\"effectiveOn\":\"2020-03-01\"}",
                                null,
                                404,
                                "UNKNOWN_ACTOR",
                                null,
                                "findes ikke"),
                        new Case(
                                "role the actor already has",
                                "/api/projects/" + project + "/actors/" + citizen + "/role-shifts",
                                "{\"role\":\"MEDDESIGNER\",\"effectiveOn\":\"2020-03-01\"}",
                                null,
                                409,
                                "SAME_ROLE",
                                null,
                                "allerede rollen MEDDESIGNER"),
                        new Case(
                                "retraction of an unknown entry",
                                "/api/projects/" + project + "/retractions",
                                "{\"entryId\":\"00000000-0000-0000-0000-000000000003\",\"reason\":\"fejl\"}",
                                null,
                                404,
                                "UNKNOWN_ENTRY",
                                null,
                                "findes ikke"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badRequestGetsASpecificProblemAndStoresNothing(Case bad) {
        int eventsBefore = storedEvents();
        int registerBefore = jdbc.queryForObject("SELECT count(*) FROM actor_personal_data", Integer.class);

        JsonHttp.Response response = http.send(
                "POST", bad.path(), bad.body(), bad.contentType() == null ? "application/json" : bad.contentType());

        assertThat(response.status()).as(response.body()).isEqualTo(bad.status());
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).isEqualTo(bad.status());
        assertThat(problem.path("title").asText()).isNotBlank();
        if (bad.code() != null) {
            assertThat(problem.path("code").asText()).isEqualTo(bad.code());
        }
        String answer = response.body();
        if (bad.field() != null) {
            assertThat(problem.path("errors").findValuesAsText("field")).contains(bad.field());
        }
        assertThat(answer).contains(bad.detailPart());
        assertThat(answer)
                .doesNotContainIgnoringCase("exception")
                .doesNotContainIgnoringCase("select ")
                .doesNotContain("at dk.samskabelse");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM actor_personal_data", Integer.class))
                .isEqualTo(registerBefore);
    }

    @Test
    void danishByDefaultAndEnglishWhenAskedFor() {
        JsonHttp.Response danish = http.post("/api/projects", "{}");
        JsonHttp.Response english =
                TestUsers.projectLeader(port).inLanguage("en").post("/api/projects", "{}");
        assertThat(danish.status()).isEqualTo(400);
        assertThat(english.status()).isEqualTo(400);
        assertThat(danish.json().path("title").asText()).isEqualTo("Ugyldig forespørgsel");
        assertThat(danish.body()).contains("Skriv et navn.");
        assertThat(english.json().path("title").asText()).isEqualTo("Invalid request");
        assertThat(english.body()).contains("Enter a name.");
    }

    @Test
    void openApiDocumentDescribesTheCommands() {
        JsonHttp.Response doc = http.get("/v3/api-docs");
        assertThat(doc.status()).isEqualTo(200);
        JsonNode paths = doc.json().path("paths");
        assertThat(paths.has("/api/projects")).isTrue();
        assertThat(paths.has("/api/projects/{projectId}/actors/{actorId}/role-shifts"))
                .isTrue();
        assertThat(paths.has("/api/projects/{projectId}/engagements")).isTrue();
        assertThat(doc.body()).contains("MEDBESTEMMENDE").contains("UDFOERELSE");
        // The time-travel parameters, read by one argument resolver, are still two documented query parameters.
        for (String path : List.of("/api/projects/{projectId}/roles", "/api/research/projects/{projectId}/events")) {
            List<String> parameters = new ArrayList<>();
            paths.path(path)
                    .path("get")
                    .path("parameters")
                    .forEach(p -> parameters.add(
                            p.path("in").asText() + " " + p.path("name").asText() + " "
                                    + p.path("schema").path("format").asText()));
            assertThat(parameters)
                    .as(path)
                    .contains("query asOf date", "query knownAt date-time")
                    .noneMatch(p -> p.contains("when"));
        }
    }

    private int storedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Integer.class);
    }
}
