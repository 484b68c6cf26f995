package dk.samskabelse.journal.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.TestUsers;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * GET /api/projects/{id}/evaluation (issue 15, item 6): the six focus points with their statements and the entry
 * ids they rest on, the model and the reference date (item 5): a closed project's closing date, an open one's
 * chosen date with what followed it left out; problem JSON for an unknown project and a bad date.
 */
@JournalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ProjectionProcessors processors;

    JsonHttp leader;
    EvaluationFixture projects;

    @BeforeAll
    void twoProjects() {
        leader = TestUsers.projectLeader(port);
        projects = EvaluationFixture.create(leader, "Evaluering som JSON");
        assertThat(processors.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
    }

    @Test
    void anOpenProjectIsEvaluatedAsOfTheChosenDateWithEntriesOfItsTimeline() {
        JsonHttp.Response response =
                leader.get("/api/projects/" + projects.open() + "/evaluation?asOf=" + EvaluationFixture.CHOSEN);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.path("projectId").asText()).isEqualTo(projects.open());
        assertThat(json.path("projectName").asText()).isEqualTo("Evaluering som JSON");
        assertThat(json.path("referenceDate").asText()).isEqualTo(EvaluationFixture.CHOSEN);
        assertThat(json.path("referenceBasis").asText()).isEqualTo("CHOSEN");
        assertThat(json.path("lastEntryOn").asText()).isEqualTo("2019-03-01");
        assertThat(json.path("lastEntryAgeDays").asLong()).isEqualTo(31);
        assertThat(json.path("model").asText()).isNotBlank();
        assertThat(json.path("sections").findValuesAsText("focus"))
                .containsExactly("MAALOPFYLDELSE", "INVOLVERING", "PROCES", "REFLEKSION", "FORANKRING", "AFSAET");
        JsonNode statement = json.path("sections")
                .get(0)
                .path("groups")
                .get(0)
                .path("statements")
                .get(0);
        assertThat(statement.path("key").asText()).startsWith("evaluation.");
        assertThat(statement.path("text").asText()).isNotBlank();
        assertThat(statement.has("noEvidence")).isTrue();

        Set<String> cited = entryIds(json);
        assertThat(cited).contains(projects.earlyEngagement()).doesNotContain(projects.lateEngagement());
        Set<String> timeline = new HashSet<>(leader.get("/api/projects/" + projects.open() + "/timeline")
                .json()
                .path("entries")
                .findValuesAsText("entryId"));
        assertThat(timeline).containsAll(cited);
        assertThat(json.path("entries").findValuesAsText("entryId")).containsExactlyInAnyOrderElementsOf(cited);
    }

    @Test
    void withoutADateAnOpenProjectIsEvaluatedAsOfToday() {
        JsonNode json =
                leader.get("/api/projects/" + projects.open() + "/evaluation").json();
        assertThat(json.path("referenceDate").asText())
                .isEqualTo(LocalDate.now().toString());
        assertThat(json.path("referenceBasis").asText()).isEqualTo("TODAY");
        assertThat(entryIds(json)).contains(projects.lateEngagement());
    }

    @Test
    void aClosedProjectIsEvaluatedAsOfItsClosingDateWhateverDateIsChosen() {
        for (String query : List.of("", "?asOf=2018-03-01")) {
            JsonNode json = leader.get("/api/projects/" + projects.closed() + "/evaluation" + query)
                    .json();
            assertThat(json.path("referenceDate").asText()).as(query).isEqualTo(EvaluationFixture.CLOSED_ON);
            assertThat(json.path("referenceBasis").asText()).as(query).isEqualTo("CLOSED");
        }
    }

    @Test
    void anUnknownProjectIsA404Problem() {
        for (String id : List.of(UUID.randomUUID().toString(), "ikke-et-id")) {
            JsonHttp.Response response = leader.get("/api/projects/" + id + "/evaluation");
            assertThat(response.status()).as(id).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("code").asText()).isEqualTo("UNKNOWN_PROJECT");
        }
    }

    @Test
    void aBadDateIsA400ProblemNamingTheParameter() {
        for (String date : List.of(
                "2019-13-45", "igaar", "2018-12-31", LocalDate.now().plusDays(2).toString())) {
            JsonHttp.Response response = leader.get("/api/projects/" + projects.open() + "/evaluation?asOf=" + date);
            assertThat(response.status()).as(date).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body()).as(date).contains("asOf");
        }
    }

    private static Set<String> entryIds(JsonNode json) {
        Set<String> ids = new HashSet<>();
        json.path("sections").findValues("entryIds").forEach(list -> list.forEach(id -> ids.add(id.asText())));
        return ids;
    }
}
