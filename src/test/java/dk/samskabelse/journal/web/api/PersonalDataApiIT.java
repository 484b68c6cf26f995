package dk.samskabelse.journal.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samskabelse.journal.query.project.ActorNames;
import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.support.JournalApi;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.PrivacyScenario;
import dk.samskabelse.journal.support.TestUsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * DELETE /api/projects/{id}/actors/{actorId}/personal-data, the right-of-access report and the administrator's
 * list of a project's actors, through HTTP like a client: a project leader records the projects, the administrator
 * erases, reads the reports and lists the actors.
 */
@JournalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataApiIT {

    private static final String UNKNOWN = "00000000-0000-0000-0000-000000000000";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProjectionProcessors processors;

    /** The project leader who records the projects. */
    JsonHttp http;

    JsonHttp admin;

    @BeforeAll
    void client() {
        http = TestUsers.projectLeader(port);
        admin = TestUsers.admin(port);
    }

    @Test
    void an_erasure_removes_the_register_row_and_is_an_entry_of_the_journal() {
        PrivacyScenario scenario = PrivacyScenario.create(http, "Sletning");
        PrivacyScenario.Actor citizen = scenario.citizen;

        JsonHttp.Response erased = erase(scenario.projectId, citizen.actorId());

        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        String entryId = erased.text("entryId");
        assertThat(entryId).hasSize(36);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM actor_personal_data WHERE actor_id = ?",
                        Integer.class,
                        citizen.actorId()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM actor_personal_data WHERE actor_id = ?",
                        Integer.class,
                        scenario.staff.actorId()))
                .isOne();
        awaitProjections();

        JsonNode timeline = http.get(scenario.path("/timeline")).json();
        JsonNode erasure = entry(timeline, entryId);
        assertThat(erasure.path("type").asText()).isEqualTo("ActorPersonalDataErased");
        assertThat(erasure.path("recordedBy").asText()).isEqualTo(TestUsers.ADMIN);
        assertThat(erasure.path("recordedAt").asText()).isNotBlank();
        assertThat(erasure.path("content").path("actorId").asText()).isEqualTo(citizen.actorId());
        assertThat(erasure.toString()).doesNotContain(citizen.name()).doesNotContain(citizen.contact());

        JsonNode roles = http.get(scenario.path("/roles")).json();
        assertThat(names(roles))
                .containsEntry(citizen.actorId(), ActorNames.ERASED)
                .containsEntry(scenario.staff.actorId(), scenario.staff.name());
    }

    @Test
    void a_second_erasure_is_refused_and_the_erasure_cannot_be_retracted() {
        PrivacyScenario scenario = PrivacyScenario.create(http, "To gange");
        String entryId = erase(scenario.projectId, scenario.citizen.actorId()).text("entryId");

        JsonHttp.Response again = erase(scenario.projectId, scenario.citizen.actorId());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("ALREADY_ERASED");
        assertThat(again.contentType()).contains("application/problem+json");

        JsonHttp.Response retraction = http.post(
                scenario.path("/retractions"), JsonHttp.json(Map.of("entryId", entryId, "reason", "Fortrudt")));
        assertThat(retraction.status()).isEqualTo(409);
        assertThat(retraction.text("code")).isEqualTo("ENTRY_NOT_RETRACTABLE");
    }

    @Test
    void an_unknown_actor_or_project_is_404() {
        PrivacyScenario scenario = PrivacyScenario.create(http, "Ukendt");

        JsonHttp.Response unknownActor = erase(scenario.projectId, UNKNOWN);
        assertThat(unknownActor.status()).isEqualTo(404);
        assertThat(unknownActor.text("code")).isEqualTo("UNKNOWN_ACTOR");
        assertThat(erase(UNKNOWN, scenario.citizen.actorId()).status()).isEqualTo(404);
        assertThat(erase(scenario.projectId, "not-an-id").status()).isEqualTo(404);
        assertThat(admin.get("/api/admin/actors/" + UNKNOWN + "/report").status())
                .isEqualTo(404);
        assertThat(admin.get("/api/admin/projects/" + UNKNOWN + "/actors").status())
                .isEqualTo(404);
    }

    @Test
    void a_closed_project_still_allows_erasure() {
        JournalApi api = new JournalApi(http);
        String projectId = api.startProject("Lukket", "2020-01-01");
        String actorId = api.registerActor(projectId, "BORGER", "Lukket L.", "BRUGER", "2020-01-02", "l@example.dk");
        assertThat(http.post("/api/projects/" + projectId + "/closure", "{}").status())
                .isEqualTo(201);

        assertThat(erase(projectId, actorId).status()).isEqualTo(200);
    }

    @Test
    void the_report_holds_everything_about_the_actor_before_and_nothing_personal_after_the_erasure() {
        PrivacyScenario scenario = PrivacyScenario.create(http, "Indsigt");
        PrivacyScenario.Actor citizen = scenario.citizen;
        String path = "/api/admin/actors/" + citizen.actorId() + "/report";

        JsonNode before = admin.get(path).json();
        assertThat(before.path("projectId").asText()).isEqualTo(scenario.projectId);
        assertThat(before.path("projectName").asText()).isEqualTo("Indsigt");
        assertThat(before.path("register").path("name").asText()).isEqualTo(citizen.name());
        assertThat(before.path("register").path("organisation").asText()).isEqualTo(citizen.organisation());
        assertThat(before.path("register").path("contact").asText()).isEqualTo(citizen.contact());
        assertThat(before.path("register").path("registeredAt").asText()).isNotBlank();
        assertThat(before.path("erased").asBoolean()).isFalse();
        assertThat(types(before))
                .containsExactly(
                        "ActorRegistered",
                        "RoleShifted",
                        "RoleShifted",
                        "EngagementRecorded",
                        "EngagementRecorded",
                        "ActorWithdrawn");
        JsonNode engagement = before.path("entries").get(3);
        assertThat(engagement.path("influence").asText()).isEqualTo("MEDBESTEMMENDE");
        assertThat(engagement.path("initiator").asBoolean()).isTrue();
        assertThat(engagement.path("contributions").get(0).asText()).isEqualTo("VIDEN");
        assertThat(engagement.path("recordedBy").asText()).isEqualTo(TestUsers.LEADER);
        assertThat(before.path("entries").get(5).path("text").asText()).startsWith("SKJULT-udtraeden");

        erase(scenario.projectId, citizen.actorId());
        // Once the register row is gone, the actor's project is found through the role projection.
        awaitProjections();
        JsonNode after = admin.get(path).json();
        assertThat(after.has("register")).isFalse();
        assertThat(after.path("erased").asBoolean()).isTrue();
        assertThat(types(after)).endsWith("ActorPersonalDataErased");
        assertThat(after.toString())
                .doesNotContain(citizen.name())
                .doesNotContain(citizen.contact())
                .doesNotContain(citizen.organisation());
        assertThat(jdbc.queryForList(
                        "SELECT detail FROM access_log WHERE what = 'ACTOR_REPORT' AND project_id = ?",
                        String.class,
                        scenario.projectId))
                .containsOnly("actor " + citizen.actorId());
    }

    @Test
    void the_administrator_lists_every_actor_of_a_project_with_its_status() {
        PrivacyScenario scenario = PrivacyScenario.create(http, "Liste");
        erase(scenario.projectId, scenario.citizen.actorId());

        JsonNode actors = admin.get("/api/admin/projects/" + scenario.projectId + "/actors")
                .json();

        assertThat(actors).hasSize(2);
        JsonNode citizen = actors.get(0).path("actorId").asText().equals(scenario.citizen.actorId())
                ? actors.get(0)
                : actors.get(1);
        JsonNode staff = citizen == actors.get(0) ? actors.get(1) : actors.get(0);
        assertThat(citizen.has("name")).isFalse();
        assertThat(citizen.path("erased").asBoolean()).isTrue();
        assertThat(citizen.path("withdrawn").asBoolean()).isTrue();
        assertThat(staff.path("name").asText()).isEqualTo(scenario.staff.name());
        assertThat(staff.path("erased").asBoolean()).isFalse();
    }

    private JsonHttp.Response erase(String projectId, String actorId) {
        return admin.send("DELETE", "/api/projects/" + projectId + "/actors/" + actorId + "/personal-data", null, null);
    }

    private void awaitProjections() {
        assertThat(processors.awaitCaughtUp(Duration.ofSeconds(30)))
                .as(() -> "projections caught up: " + processors.progress())
                .isTrue();
    }

    private static JsonNode entry(JsonNode timeline, String entryId) {
        for (JsonNode entry : timeline.path("entries")) {
            if (entry.path("entryId").asText().equals(entryId)) {
                return entry;
            }
        }
        throw new AssertionError("No entry " + entryId + " in " + timeline);
    }

    private static Map<String, String> names(JsonNode roles) {
        Map<String, String> names = new HashMap<>();
        roles.path("actors")
                .forEach(a ->
                        names.put(a.path("actorId").asText(), a.path("name").asText()));
        return names;
    }

    private static List<String> types(JsonNode report) {
        List<String> types = new ArrayList<>();
        report.path("entries").forEach(e -> types.add(e.path("type").asText()));
        return types;
    }
}
