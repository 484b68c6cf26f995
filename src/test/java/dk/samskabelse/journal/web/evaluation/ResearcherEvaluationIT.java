package dk.samskabelse.journal.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskabelse.journal.query.project.ActorNames;
import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.support.Browser;
import dk.samskabelse.journal.support.JournalApi;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.TestUsers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The evaluation as a researcher reads it (review 2026-12-04, 2c): actors appear by the research pseudonyms of the
 * research export, never as "Slettet aktør" unless erased and never by name; a project leader still reads names,
 * and an erased actor still reads as erased.
 */
@JournalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResearcherEvaluationIT {

    private static final Pattern ACTOR_PSEUDONYM = Pattern.compile("A-[0-9a-f]{10}");
    private static final String RESEARCHER = "evaluering-forsker";

    @LocalServerPort
    int port;

    @Autowired
    ProjectionProcessors processors;

    String projectId;
    String firstChef;
    String secondChef;
    String erased;

    @BeforeAll
    void aProjectWithTwoChefsAndAnErasedCitizen() {
        JsonHttp leader = TestUsers.projectLeader(port);
        JournalApi api = new JournalApi(leader);
        projectId = api.startProject("Evaluering for forskere", "2020-01-01");
        firstChef = api.registerActor(projectId, "CHEF", "Chef Ærø Første", "BESLUTTENDE", "2020-01-02", null);
        secondChef = api.registerActor(projectId, "CHEF", "Chef Ærø Anden", "FACILITATOR", "2020-01-02", null);
        erased = api.registerActor(projectId, "BORGER", "Borger Slettes", "MEDDESIGNER", "2020-01-03", null);
        api.recordEngagement(
                projectId,
                "MOEDE",
                "Møde",
                "2020-02-01",
                firstChef,
                Map.of(firstChef, "MEDBESTEMMENDE", secondChef, "HOERT", erased, "INDDRAGET"));
        JsonHttp admin = TestUsers.admin(port);
        assertThat(admin.send(
                                "DELETE",
                                "/api/projects/" + projectId + "/actors/" + erased + "/personal-data",
                                null,
                                null)
                        .status())
                .isEqualTo(200);
        assertThat(admin.send("PUT", "/api/admin/projects/" + projectId + "/research-release", null, null)
                        .status())
                .isEqualTo(204);
        TestUsers.user(port, RESEARCHER, "FORSKER");
        assertThat(processors.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
    }

    @Test
    void aResearcherReadsTheActorsByTheirPseudonyms() {
        List<String> exported = exportedPseudonyms();
        String firstPseudonym = exported.get(0);
        String secondPseudonym = exported.get(1);
        assertThat(firstPseudonym).isNotEqualTo(secondPseudonym);

        for (String path :
                List.of("/projekter/" + projectId + "/evaluering", "/projekter/" + projectId + "/evaluering.md")) {
            String body = page(RESEARCHER, path);
            assertThat(body)
                    .as(path)
                    .contains(firstPseudonym, secondPseudonym)
                    .doesNotContain("Chef Ærø", "Borger Slettes", firstChef, secondChef, erased);
            assertThat(count(body, ActorNames.ERASED))
                    .as(path + ": only the erased citizen reads as erased")
                    .isLessThanOrEqualTo(count(page(TestUsers.LEADER, path), ActorNames.ERASED));
            assertThat(body).as(path).doesNotContain(ActorNames.ERASED + " (Chef)");
        }
    }

    @Test
    void aProjectLeaderStillReadsNamesAndTheErasedActorAsErased() {
        for (String path :
                List.of("/projekter/" + projectId + "/evaluering", "/projekter/" + projectId + "/evaluering.md")) {
            String body = page(TestUsers.LEADER, path);
            assertThat(body)
                    .as(path)
                    .contains("Chef Ærø Første", "Chef Ærø Anden", ActorNames.ERASED)
                    .doesNotContain("Borger Slettes");
            assertThat(ACTOR_PSEUDONYM.matcher(body).find()).as(path).isFalse();
        }
    }

    /** The pseudonyms of the two chefs in the research export, in the order they were registered. */
    private List<String> exportedPseudonyms() {
        JsonHttp researcher = JsonHttp.signedIn(port, RESEARCHER, TestUsers.PASSWORD);
        List<String> pseudonyms = new ArrayList<>();
        for (String line : researcher
                .get("/api/research/projects/" + projectId + "/events")
                .body()
                .split("\n")) {
            JsonNode entry = read(line);
            if (entry.path("type").asText().equals("ActorRegistered")) {
                pseudonyms.add(entry.path("payload").path("actorId").asText());
            }
        }
        assertThat(pseudonyms)
                .hasSize(3)
                .allMatch(p -> ACTOR_PSEUDONYM.matcher(p).matches());
        return pseudonyms;
    }

    private static JsonNode read(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (java.io.IOException e) {
            throw new AssertionError(line, e);
        }
    }

    private String page(String user, String path) {
        Browser browser = new Browser(port);
        browser.login(user, TestUsers.PASSWORD);
        HttpResponse<String> response = browser.get(path);
        assertThat(response.statusCode()).as(user + " " + path).isEqualTo(200);
        return response.body();
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
