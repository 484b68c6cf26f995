package dk.samskabelse.journal.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.support.JournalApi;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.TestUsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13 through the JSON API: placements from several perspectives (seed 001: "Er de parter, der indgår i
 * samskabelsen enige om, hvilken proces det rent faktisk er, de er en del af?"). The chef declares the chef's, the
 * project leader their own and a partner's, the researcher the researcher's; any other perspective for the user's
 * role, and a partner's placement without its representative, is refused with problem JSON and stores nothing.
 * GET /typology gives every perspective's placement in force and how far apart they are, while drift measures only
 * the project's own declaration.
 */
@JournalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypologyPerspectivesApiIT {

    private static final String CHEF = "perspektiv-chef";
    private static final String RESEARCHER = "perspektiv-forsker";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProjectionProcessors processors;

    JsonHttp leader;
    JsonHttp chef;
    JsonHttp researcher;
    JournalApi api;

    @BeforeAll
    void users() {
        leader = TestUsers.projectLeader(port);
        chef = TestUsers.user(port, CHEF, "CHEF");
        researcher = TestUsers.user(port, RESEARCHER, "FORSKER");
        api = new JournalApi(leader);
    }

    /** A project the chef is assigned to and that is released for research, with an association and a supplier. */
    private Map<String, String> project(String name) {
        String project = api.startProject(name, "2024-01-08");
        String club = api.registerActor(project, "FORENING", "Naturvennerne", "MEDPRODUCENT", "2024-01-20", null);
        JsonHttp.Response supplier = leader.post(
                "/api/projects/" + project + "/actors",
                JsonHttp.json(Map.of(
                        "kind",
                        "VIRKSOMHED",
                        "name",
                        "Arkitekterne",
                        "role",
                        "RESSOURCEPERSON",
                        "joinedOn",
                        "2024-01-20",
                        "commercialSupplier",
                        true)));
        assertThat(supplier.status()).as(supplier.body()).isEqualTo(201);
        JsonHttp admin = TestUsers.admin(port);
        assertThat(admin.send("PUT", "/api/admin/users/" + CHEF + "/projects/" + project, null, null)
                        .status())
                .isIn(200, 204);
        assertThat(admin.send("PUT", "/api/admin/projects/" + project + "/research-release", null, null)
                        .status())
                .isIn(200, 204);
        return Map.of("project", project, "club", club, "supplier", supplier.text("actorId"));
    }

    private static Map<String, Object> declaration(
            double openness, double centrality, String rationale, String perspective, String actorId) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of(
                "openness", openness, "centrality", centrality, "rationale", rationale, "effectiveOn", "2024-02-01"));
        if (perspective != null) {
            body.put("perspective", perspective);
        }
        if (actorId != null) {
            body.put("actorId", actorId);
        }
        return body;
    }

    private static JsonHttp.Response declare(JsonHttp as, String project, Map<String, Object> body) {
        return as.post("/api/projects/" + project + "/typology-declarations", JsonHttp.json(body));
    }

    /** The views read the projections, which follow the event store a moment later. */
    private void awaitProjections() {
        assertThat(processors.awaitCaughtUp(Duration.ofSeconds(30)))
                .as(() -> "projections caught up: " + processors.progress())
                .isTrue();
    }

    private int events(String project) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Integer.class, project);
    }

    @Test
    void threePerspectivesDeclaredOnOneProjectAreShownSideBySideWithTheirDisagreement() {
        Map<String, String> p = project("Tre perspektiver");
        String project = p.get("project");
        JsonHttp.Response own = declare(
                leader,
                project,
                declaration(0.5, -0.5, "Kommunen har identificeret problemet; løsningen er åben", null, null));
        JsonHttp.Response partner = declare(
                leader,
                project,
                declaration(0.6, 0.7, "Foreningen ser det som sit eget projekt", "PARTNER", p.get("club")));
        JsonHttp.Response chefs =
                declare(chef, project, declaration(-0.4, -0.6, "Rammen er politisk fastlagt", "CHEF", null));
        assertThat(List.of(own.status(), partner.status(), chefs.status()))
                .as(own.body() + partner.body() + chefs.body())
                .containsExactly(201, 201, 201);

        awaitProjections();
        JsonHttp.Response answer = leader.get("/api/projects/" + project + "/typology");
        assertThat(answer.status()).isEqualTo(200);
        System.out.println("GET /api/projects/" + project + "/typology (three perspectives):");
        System.out.println(answer.json().toPrettyString());
        JsonNode view = answer.json();

        List<String> perspectives = new ArrayList<>();
        view.path("perspectives")
                .forEach(d -> perspectives.add(d.path("perspective").asText() + ":"
                        + d.path("quadrant").asText() + ":" + d.path("actorId").asText("-")));
        assertThat(perspectives)
                .containsExactly(
                        "CHEF:STYRET:-", "PROJEKTLEDER:LIGEVAERDIG:-", "PARTNER:FACILITERENDE:" + p.get("club"));
        JsonNode disagreement = view.path("disagreement");
        assertThat(disagreement.path("perspectives").asInt()).isEqualTo(3);
        assertThat(disagreement.path("differentQuadrants").asBoolean()).isTrue();
        // Chef (-0.4, -0.6) and partner (0.6, 0.7): sqrt(1.0 + 1.69) = 1.6401.
        assertThat(disagreement.path("largestDistance").asDouble()).isEqualTo(1.6401);
        assertThat(disagreement.path("between"))
                .extracting(JsonNode::asText)
                .containsExactly(chefs.text("entryId"), partner.text("entryId"));
        // Drift measures the project's own declarations only: the chef's and the leader's, not the partner's.
        List<String> declared = new ArrayList<>();
        view.path("declared").forEach(d -> declared.add(d.path("perspective").asText()));
        assertThat(declared).containsExactlyInAnyOrder("PROJEKTLEDER", "CHEF");
    }

    @Test
    void aPerspectiveTheUsersRoleDoesNotAllowIsRefusedWithProblemJsonAndNothingStored() {
        String project = project("Forkert perspektiv").get("project");
        for (Map.Entry<JsonHttp, String> attempt : List.of(
                Map.entry(chef, "PROJEKTLEDER"),
                Map.entry(leader, "CHEF"),
                Map.entry(leader, "FORSKER"),
                Map.entry(researcher, "CHEF"),
                Map.entry(researcher, "PARTNER"),
                Map.entry(chef, "FORSKER"))) {
            int before = events(project);
            JsonHttp.Response response =
                    declare(attempt.getKey(), project, declaration(0.5, 0.5, "Begrundelse", attempt.getValue(), null));
            assertThat(response.status())
                    .as(attempt.getValue() + ": " + response.body())
                    .isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            JsonNode error = response.json().path("errors").get(0);
            assertThat(error.path("field").asText()).isEqualTo("perspective");
            assertThat(error.path("code").asText()).isEqualTo("PERSPECTIVE_NOT_ALLOWED");
            assertThat(error.path("message").asText())
                    .contains("Du kan ikke erklære en placering fra dette perspektiv");
            assertThat(events(project)).isEqualTo(before);
        }
    }

    @Test
    void theResearcherDeclaresTheResearchersPerspectiveOnAReleasedProject() {
        String project = project("Forskerens blik").get("project");
        JsonHttp.Response response = declare(researcher, project, declaration(-0.2, 0.3, "Set udefra", null, null));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        awaitProjections();
        JsonNode view = researcher
                .get("/api/research/projects/" + project + "/typology")
                .json();
        assertThat(view.path("perspectives").get(0).path("perspective").asText())
                .isEqualTo("FORSKER");
        // Not the project's own: no drift against it.
        assertThat(view.path("declared")).isEmpty();
    }

    @Test
    void aPartnersPlacementNeedsItsRepresentativeAndAnActorWhoCanBeOne() {
        Map<String, String> p = project("Partnerens repræsentant");
        String project = p.get("project");
        int before = events(project);

        JsonHttp.Response missing = declare(leader, project, declaration(0.5, 0.5, "Begrundelse", "PARTNER", null));
        assertThat(missing.status()).as(missing.body()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        JsonNode error = missing.json().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("actorId");
        assertThat(error.path("code").asText()).isEqualTo("PERSPECTIVE_ACTOR_MISSING");
        assertThat(error.path("message").asText()).isEqualTo("Vælg den aktør, der repræsenterer partneren.");

        JsonHttp.Response supplier =
                declare(leader, project, declaration(0.5, 0.5, "Begrundelse", "PARTNER", p.get("supplier")));
        assertThat(supplier.status()).as(supplier.body()).isEqualTo(409);
        assertThat(supplier.json().path("code").asText()).isEqualTo("PERSPECTIVE_ACTOR_NOT_PARTNER");

        JsonHttp.Response actorWithOwn =
                declare(leader, project, declaration(0.5, 0.5, "Begrundelse", "PROJEKTLEDER", p.get("club")));
        assertThat(actorWithOwn.status()).as(actorWithOwn.body()).isEqualTo(400);
        assertThat(actorWithOwn.json().path("errors").get(0).path("code").asText())
                .isEqualTo("PERSPECTIVE_ACTOR_NOT_ALLOWED");
        assertThat(events(project)).isEqualTo(before);
    }

    @Test
    void theResearchExportCarriesThePerspectiveAndThePseudonymisedActor() {
        Map<String, String> p = project("Eksport med perspektiv");
        String project = p.get("project");
        assertThat(declare(leader, project, declaration(0.6, 0.7, "Foreningens syn", "PARTNER", p.get("club")))
                        .status())
                .isEqualTo(201);

        awaitProjections();
        JsonHttp.Response csv = researcher.get("/api/research/projects/" + project + "/events?format=csv");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        List<String> header = List.of(lines.get(0).split(","));
        String row = lines.stream()
                .filter(l -> l.contains("TypologyDeclared"))
                .findFirst()
                .orElseThrow();
        List<String> cells = List.of(row.split(",", -1));
        assertThat(cells.get(header.indexOf("perspective"))).isEqualTo("PARTNER");
        String actor = cells.get(header.indexOf("actorId"));
        assertThat(actor).matches("A-[0-9a-f]{10}").isNotEqualTo(p.get("club"));
        assertThat(csv.body()).doesNotContain(p.get("club")).doesNotContain("Foreningens syn");
        // The pseudonymised typology view names the representative by the same pseudonym.
        JsonNode view = researcher
                .get("/api/research/projects/" + project + "/typology")
                .json();
        assertThat(view.path("perspectives").get(0).path("actorId").asText()).isEqualTo(actor);
        assertThat(view.path("perspectives").get(0).path("rationale").asText()).isNotEqualTo("Foreningens syn");
    }
}
