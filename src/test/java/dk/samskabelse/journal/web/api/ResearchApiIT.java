package dk.samskabelse.journal.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.query.research.ProjectPseudonyms;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.PrivacyScenario;
import dk.samskabelse.journal.support.TestUsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Researchers see actors as stable pseudonyms, never names, contact details, raw actor ids or free texts that
 * were not marked shareable; the pseudonyms are stable across calls and differ between projects, and the key
 * behind them is in no answer. A project leader records both projects, the administrator releases them for
 * research, and a researcher (FORSKER) reads them.
 */
@JournalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResearchApiIT {

    static final List<String> VIEWS = List.of(
            "/events",
            "/events?format=csv",
            "/timeline",
            "/roles",
            "/phases",
            "/engagements",
            "/typology",
            "/typology?model=typology-model-hearings",
            "/timeline?asOf=2020-03-01");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ACTOR_PSEUDONYM = Pattern.compile("A-[0-9a-f]{10}");
    private static final String RESEARCHER = "forskning-api-forsker";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProjectionProcessors processors;

    /** The project leader who records the projects and reads the ordinary answers. */
    JsonHttp http;

    JsonHttp researcher;
    JsonHttp admin;
    PrivacyScenario first;
    PrivacyScenario second;

    @BeforeAll
    void twoProjects() {
        http = TestUsers.projectLeader(port);
        admin = TestUsers.admin(port);
        researcher = TestUsers.user(port, RESEARCHER, "FORSKER");
        first = PrivacyScenario.create(http, "Forskning 1");
        second = PrivacyScenario.create(http, "Forskning 2");
        for (PrivacyScenario scenario : List.of(first, second)) {
            assertThat(admin.send("PUT", "/api/admin/projects/" + scenario.projectId + "/research-release", null, null)
                            .status())
                    .isEqualTo(204);
        }
        assertThat(processors.awaitCaughtUp(Duration.ofSeconds(30)))
                .as(() -> "projections caught up: " + processors.progress())
                .isTrue();
    }

    @Test
    void no_name_contact_raw_actor_id_or_unshared_text_in_any_research_answer() {
        for (String view : VIEWS) {
            String body = research(first, view);
            assertThat(body).as(view).isNotBlank();
            List<String> forbidden = new ArrayList<>(first.citizen.markers());
            forbidden.addAll(first.staff.markers());
            forbidden.addAll(first.hiddenTexts);
            forbidden.add(first.citizen.actorId());
            forbidden.add(first.staff.actorId());
            for (String marker : forbidden) {
                assertThat(body).as(view + " must not contain " + marker).doesNotContain(marker);
            }
            assertThat(body).as(view).doesNotContain("SKJULT");
        }
    }

    @Test
    void the_ordinary_export_does_hold_what_the_research_export_leaves_out() {
        // The check above means something only if the ordinary answers contain the raw ids and texts.
        String events = http.get(first.path("/events")).body();
        assertThat(events)
                .contains(first.citizen.actorId())
                .contains(first.hiddenTexts.get(0))
                .contains("\"recordedBy\":\"" + TestUsers.LEADER + "\"");
    }

    @Test
    void shareable_texts_are_kept() {
        String events = research(first, "/events");
        assertThat(first.sharedTexts).allSatisfy(text -> assertThat(events).contains(text));
        assertThat(research(first, "/roles")).contains(first.sharedTexts.get(0));
        assertThat(research(first, "/engagements"))
                .contains(first.sharedTexts.get(1))
                .contains(ProjectPseudonyms.WITHHELD);
    }

    @Test
    void actors_and_recorders_appear_as_pseudonyms_stable_across_calls() throws Exception {
        String events = research(first, "/events");
        assertThat(research(first, "/events")).isEqualTo(events);
        Set<String> pseudonyms = pseudonyms(events);
        assertThat(pseudonyms).hasSize(2);
        assertThat(pseudonyms(research(first, "/timeline"))).isEqualTo(pseudonyms);
        assertThat(pseudonyms(research(first, "/roles"))).isEqualTo(pseudonyms);
        assertThat(pseudonyms(research(first, "/engagements"))).isEqualTo(pseudonyms);
        for (String line : events.split("\n")) {
            assertThat(JSON.readTree(line).path("recordedBy").asText()).matches("U-[0-9a-f]{10}");
        }
        JsonNode roles = researcher
                .get("/api/research/projects/" + first.projectId + "/roles")
                .json();
        roles.path("actors")
                .forEach(actor -> assertThat(actor.path("name").asText())
                        .isEqualTo(actor.path("actorId").asText())
                        .matches(ACTOR_PSEUDONYM.pattern()));
    }

    @Test
    void pseudonyms_differ_between_projects() {
        Set<String> inFirst = pseudonyms(research(first, "/events"));
        Set<String> inSecond = pseudonyms(research(second, "/events"));
        assertThat(inSecond).hasSize(2).doesNotContainAnyElementsOf(inFirst);
    }

    @Test
    void the_pseudonym_key_is_in_no_answer() {
        String key = jdbc.queryForObject("SELECT key_value FROM research_key WHERE id = 1", String.class);
        String hex = HexFormat.of().formatHex(Base64.getDecoder().decode(key));
        List<String> answers = new ArrayList<>();
        VIEWS.forEach(view -> answers.add(research(first, view)));
        answers.add(researcher.get("/v3/api-docs").body());
        answers.add(admin.get("/api/admin/access-log").body());
        answers.add(admin.get("/api/admin/actors/" + first.citizen.actorId() + "/report")
                .body());
        assertThat(answers)
                .allSatisfy(body -> assertThat(body).doesNotContain(key).doesNotContain(hex));
    }

    @Test
    void research_reads_are_written_to_the_access_log() {
        research(first, "/events?format=csv");
        research(first, "/timeline?asOf=2020-03-01");
        List<String> rows = jdbc.queryForList(
                "SELECT what || ' ' || detail FROM access_log WHERE project_id = ? " + "AND username = ? ORDER BY id",
                String.class,
                first.projectId,
                RESEARCHER);
        assertThat(rows).contains("EXPORT_CSV research events", "REPLAY research timeline asOf=2020-03-01");
    }

    @Test
    void an_unknown_project_is_404_for_researchers_too() {
        assertThat(researcher
                        .get("/api/research/projects/00000000-0000-0000-0000-000000000000/timeline")
                        .status())
                .isEqualTo(404);
        assertThat(researcher.get("/api/research/projects/not-a-project/events").status())
                .isEqualTo(404);
    }

    private String research(PrivacyScenario scenario, String view) {
        JsonHttp.Response response = researcher.get("/api/research/projects/" + scenario.projectId + view);
        assertThat(response.status()).as(view + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static Set<String> pseudonyms(String body) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ACTOR_PSEUDONYM.matcher(body);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
