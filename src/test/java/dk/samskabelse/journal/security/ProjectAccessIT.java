package dk.samskabelse.journal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.support.JournalApi;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.TestUsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Per-project access through the JSON API as the users would meet it: who starts a project is assigned to it, the
 * portfolio lists only what the caller may read, a project the caller may not read looks exactly like an unknown
 * one, a researcher reads released projects without actors' names, every entry names who recorded it, and the
 * administrator manages users, assignments and releases.
 */
@JournalIntegrationTest
class ProjectAccessIT {

    @LocalServerPort
    int port;

    @Autowired
    ProjectionProcessors projections;

    @Test
    void whoStartsAProjectIsAssignedAndOthersCannotTellItExists() {
        JsonHttp leader = TestUsers.user(port, "adgang-leder", "PROJEKTLEDER");
        JsonHttp otherLeader = TestUsers.user(port, "adgang-anden", "PROJEKTLEDER");
        String projectId = new JournalApi(leader).startProject("Eget projekt", "2020-01-01");
        awaitProjections();

        assertThat(projectIds(leader)).contains(projectId);
        assertThat(projectIds(otherLeader)).doesNotContain(projectId);
        JsonHttp.Response hidden = otherLeader.get("/api/projects/" + projectId + "/timeline");
        JsonHttp.Response unknown = otherLeader.get("/api/projects/00000000-0000-4000-8000-000000000000/timeline");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.text("code")).isEqualTo("UNKNOWN_PROJECT");
        JsonNode hiddenAnswer = ((ObjectNode) hidden.json()).without("instance");
        JsonNode unknownAnswer = ((ObjectNode) unknown.json()).without("instance");
        assertThat(hiddenAnswer).isEqualTo(unknownAnswer);
        JsonHttp.Response write = otherLeader.post(
                "/api/projects/" + projectId + "/phase-changes",
                JsonHttp.json(Map.of("phase", "PLANLAEGNING", "effectiveOn", "2020-02-01")));
        assertThat(write.status()).isEqualTo(404);
    }

    @Test
    void aChefRecordsCourseCorrectionsButNoActors() {
        JsonHttp leader = TestUsers.user(port, "kurs-leder", "PROJEKTLEDER");
        JsonHttp chef = TestUsers.user(port, "kurs-chef", "CHEF");
        String projectId = new JournalApi(leader).startProject("Chefens projekt", "2020-01-01");
        assertThat(TestUsers.admin(port)
                        .send("PUT", "/api/admin/users/kurs-chef/projects/" + projectId, null, null)
                        .status())
                .isEqualTo(204);

        JsonHttp.Response correction = chef.post(
                "/api/projects/" + projectId + "/course-corrections",
                JsonHttp.json(Map.of(
                        "decision",
                        "Fælles mål",
                        "reason",
                        "Direktionen ønsker retning",
                        "effectiveOn",
                        "2020-02-01")));
        JsonHttp.Response actor = chef.post(
                "/api/projects/" + projectId + "/actors",
                JsonHttp.json(
                        Map.of("kind", "BORGER", "name", "Hanne K.", "role", "MEDDESIGNER", "joinedOn", "2020-01-05")));

        assertThat(correction.status()).as(correction.body()).isEqualTo(201);
        assertThat(actor.status()).isEqualTo(403);
        assertThat(actor.text("code")).isEqualTo("FORBIDDEN");
        awaitProjections();
        JsonNode timeline =
                chef.get("/api/projects/" + projectId + "/timeline").json().path("entries");
        List<String> recorders = new ArrayList<>();
        timeline.forEach(entry -> recorders.add(
                entry.path("type").asText() + " by " + entry.path("recordedBy").asText()));
        assertThat(recorders).containsExactly("ProjectStarted by kurs-leder", "CourseCorrected by kurs-chef");
    }

    @Test
    void aResearcherReadsReleasedProjectsWithoutNames() {
        JsonHttp leader = TestUsers.user(port, "forskning-leder", "PROJEKTLEDER");
        JsonHttp researcher = TestUsers.user(port, "forskning-forsker", "FORSKER");
        JournalApi api = new JournalApi(leader);
        String released = api.startProject("Frigivet projekt", "2020-01-01");
        String closed = api.startProject("Lukket for forskning", "2020-01-01");
        api.registerActor(released, "BORGER", "Navn-Der-Ikke-Må-Ses", "MEDDESIGNER", "2020-01-05", null);
        api.registerActor(released, "MEDARBEJDER", "Andet-Hemmeligt-Navn", "FACILITATOR", "2020-01-01", null);
        assertThat(TestUsers.admin(port)
                        .send("PUT", "/api/admin/projects/" + released + "/research-release", null, null)
                        .status())
                .isEqualTo(204);
        awaitProjections();

        assertThat(projectIds(researcher)).contains(released).doesNotContain(closed);
        JsonHttp.Response roles = researcher.get("/api/projects/" + released + "/roles");
        assertThat(roles.status()).isEqualTo(200);
        // Names and actor ids are both the project's keyed pseudonyms (query/research/ResearchPseudonyms).
        assertThat(roles.body()).doesNotContain("Navn-Der-Ikke-Må-Ses").doesNotContain("Andet-Hemmeligt-Navn");
        assertThat(roles.json().path("actors").findValuesAsText("name"))
                .hasSize(2)
                .allMatch(name -> name.matches("A-[0-9a-f]{10}"));
        assertThat(roles.json().path("actors").findValuesAsText("actorId"))
                .containsExactlyInAnyOrderElementsOf(roles.json().path("actors").findValuesAsText("name"));
        assertThat(leader.get("/api/projects/" + released + "/roles").body()).contains("Navn-Der-Ikke-Må-Ses");
        assertThat(researcher.get("/api/projects/" + closed + "/roles").status())
                .isEqualTo(404);
        assertThat(researcher
                        .post(
                                "/api/projects/" + released + "/insights",
                                JsonHttp.json(Map.of("focus", "PROCES", "text", "Forsker skriver")))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theAdministratorManagesUsersAndADisabledUserCannotSignIn() {
        JsonHttp admin = TestUsers.admin(port);
        JsonHttp.Response created = admin.post(
                "/api/admin/users",
                JsonHttp.json(Map.of("username", "Ny.Bruger", "role", "CHEF", "password", "en-god-adgangskode")));
        JsonHttp.Response again = admin.post(
                "/api/admin/users",
                JsonHttp.json(Map.of("username", "ny.bruger", "role", "CHEF", "password", "en-god-adgangskode")));
        JsonHttp.Response weak = admin.post(
                "/api/admin/users", JsonHttp.json(Map.of("username", "svag", "role", "CHEF", "password", "kort")));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("username")).isEqualTo("ny.bruger");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("USERNAME_TAKEN");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().path("errors").get(0).path("code").asText()).isEqualTo("PASSWORD_TOO_SHORT");
        // Twelve characters or more, but easy to guess (security/PasswordPolicy): refused, and nobody is created.
        for (String guessable :
                List.of("1234567890ab", "aaaaaaaaaaaa", "password1234", "samskabelse1", "qwertyuiop12")) {
            JsonHttp.Response refused = admin.post(
                    "/api/admin/users",
                    JsonHttp.json(Map.of("username", "svag", "role", "CHEF", "password", guessable)));
            assertThat(refused.status()).as(guessable).isEqualTo(400);
            assertThat(refused.json().path("errors").get(0).path("code").asText())
                    .as(guessable)
                    .isEqualTo("PASSWORD_TOO_WEAK");
            JsonHttp.Response reset = admin.send(
                    "PUT",
                    "/api/admin/users/ny.bruger/password",
                    JsonHttp.json(Map.of("password", guessable)),
                    "application/json");
            assertThat(reset.status()).as(guessable).isEqualTo(400);
            assertThat(reset.json().path("errors").get(0).path("code").asText()).isEqualTo("PASSWORD_TOO_WEAK");
        }
        assertThat(admin.post(
                                "/api/admin/users",
                                JsonHttp.json(Map.of("username", "svag", "role", "CHEF", "password", "1234567890")))
                        .status())
                .as("the review's ten digits")
                .isEqualTo(400);
        assertThat(admin.get("/api/admin/users").body()).contains("ny.bruger").doesNotContain("bcrypt");

        JsonHttp user = JsonHttp.signedIn(port, "ny.bruger", "en-god-adgangskode");
        assertThat(user.get("/api/projects").status()).isEqualTo(200);
        assertThat(admin.send("PUT", "/api/admin/users/ny.bruger/enabled", "{\"enabled\":false}", "application/json")
                        .status())
                .isEqualTo(204);
        assertThat(user.get("/api/projects").status()).isEqualTo(401);
        assertThat(admin.send("PUT", "/api/admin/users/admin/enabled", "{\"enabled\":false}", "application/json")
                        .text("code"))
                .isEqualTo("LAST_ADMIN");
        assertThat(user.get("/api/admin/users").status()).isEqualTo(401);
        assertThat(TestUsers.projectLeader(port).get("/api/admin/users").status())
                .isEqualTo(403);
    }

    private static List<String> projectIds(JsonHttp client) {
        List<String> ids = new ArrayList<>();
        client.get("/api/projects")
                .json()
                .forEach(project -> ids.add(project.path("projectId").asText()));
        return ids;
    }

    private void awaitProjections() {
        assertThat(projections.awaitCaughtUp(Duration.ofSeconds(30)))
                .as(() -> "projections caught up: " + projections.progress())
                .isTrue();
    }
}
