package dk.samskabelse.journal.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.support.JournalApi;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The two clocks on one project with a backdated entry and a retraction (docs/domain.md "Two clocks"): asOf shows
 * what had happened by a date with today's knowledge, knownAt what the journal said at a moment.
 */
@JournalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimeTravelIT {

    @LocalServerPort
    int port;

    @Autowired
    ProjectionProcessors processors;

    JsonHttp http;
    String project;
    String citizen;
    String february;
    String january;
    Instant beforeBackdating;
    Instant beforeRetraction;

    @BeforeAll
    void history() throws InterruptedException {
        http = TestUsers.projectLeader(port);
        JournalApi api = new JournalApi(http);
        project = api.startProject("Tidsrejse", "2020-01-01");
        citizen = api.registerActor(project, "BORGER", "Tid T.", "MEDDESIGNER", "2020-01-05", null);
        String staff = api.registerActor(project, "MEDARBEJDER", "Stab S.", "FACILITATOR", "2020-01-01", null);
        february = api.recordEngagement(
                project,
                "WORKSHOP",
                "Februar-workshop",
                "2020-02-01",
                staff,
                Map.of(citizen, "MEDBESTEMMENDE", staff, "INDDRAGET"));
        api.changePhase(project, "PLANLAEGNING", "2020-02-10");
        beforeBackdating = pause();
        // Written later, happened earlier: the January meeting is recorded only now.
        january = api.recordEngagement(
                project,
                "MOEDE",
                "Januar-møde (efterregistreret)",
                "2020-01-10",
                citizen,
                Map.of(citizen, "INDDRAGET"));
        api.shiftRole(project, citizen, "MEDPRODUCENT", "2020-03-01", "Tager ansvar for aktiviteterne");
        api.changePhase(project, "AFKLARING", "2020-03-15");
        beforeRetraction = pause();
        api.retract(project, february, "Workshoppen blev aflyst");
        assertThat(processors.awaitCaughtUp(Duration.ofSeconds(30)))
                .as(() -> "projections caught up: " + processors.progress())
                .isTrue();
    }

    @Test
    void nowTheRetractedEntryIsGoneAndTheBackdatedOneIsThere() {
        assertThat(engagementTitles("")).containsExactly("Januar-møde (efterregistreret)");
        JsonNode timeline = get("/timeline", "");
        assertThat(timeline.findValuesAsText("entryId"))
                .doesNotContain(february)
                .contains(january);
        assertThat(timeline.path("entries").findValuesAsText("type")).contains("EntryRetracted");
    }

    @Test
    void asOfShowsWhatHadHappenedByThatDateWithTodaysKnowledge() {
        assertThat(engagementTitles("asOf=2020-01-31")).containsExactly("Januar-møde (efterregistreret)");
        // The February workshop had "happened" by March, but it was retracted, so it is not shown.
        assertThat(engagementTitles("asOf=2020-03-31")).containsExactly("Januar-møde (efterregistreret)");
        assertThat(currentRole("asOf=2020-02-15")).isEqualTo("MEDDESIGNER");
        assertThat(currentRole("asOf=2020-03-01")).isEqualTo("MEDPRODUCENT");
        assertThat(get("/phases", "asOf=2020-02-20").path("current").asText()).isEqualTo("PLANLAEGNING");
    }

    @Test
    void knownAtShowsWhatTheJournalSaidAtThatMoment() {
        assertThat(engagementTitles("knownAt=" + beforeBackdating)).containsExactly("Februar-workshop");
        assertThat(engagementTitles("knownAt=" + beforeRetraction))
                .containsExactly("Januar-møde (efterregistreret)", "Februar-workshop");
        assertThat(currentRole("knownAt=" + beforeBackdating)).isEqualTo("MEDDESIGNER");
        JsonNode phases = get("/phases", "knownAt=" + beforeRetraction);
        assertThat(phases.path("current").asText()).isEqualTo("AFKLARING");
        assertThat(phases.path("stepsBack").asInt()).isEqualTo(1);
    }

    @Test
    void beforeTheProjectExistedThereIsNothing() {
        assertThat(http.get(path("/roles") + "?asOf=2019-12-31").status()).isEqualTo(404);
        assertThat(http.get(path("/roles") + "?knownAt=2000-01-01T00:00:00Z").status())
                .isEqualTo(404);
    }

    @Test
    void malformedTimeParametersAreNamed() {
        JsonHttp.Response response = http.get(path("/roles") + "?asOf=31-12-2020");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("field")).containsExactly("asOf");
        assertThat(http.get(path("/roles") + "?knownAt=yesterday")
                        .json()
                        .path("errors")
                        .findValuesAsText("field"))
                .containsExactly("knownAt");
    }

    /** The live tables and a replay of the same events through the same projectors must agree. */
    @ParameterizedTest
    @ValueSource(strings = {"/roles", "/phases", "/engagements", "/timeline"})
    void replayAgreesWithTheLiveProjection(String view) {
        assertThat(get(view, "asOf=9999-12-31")).isEqualTo(get(view, ""));
        assertThat(get(view, "knownAt=" + Instant.now())).isEqualTo(get(view, ""));
    }

    @Test
    void typologyReplayAgreesWithTheLiveProjection() {
        assertThat(get("/typology", "knownAt=" + Instant.now())).isEqualTo(get("/typology", ""));
        JsonNode asOfFebruary = get("/typology", "asOf=2020-02-15");
        assertThat(asOfFebruary.path("current").path("date").asText()).isEqualTo("2020-02-15");
        assertThat(asOfFebruary.path("enacted").findValuesAsText("date")).allMatch(d -> d.compareTo("2020-02-15") <= 0);
    }

    private List<String> engagementTitles(String query) {
        return get("/engagements", query).path("engagements").findValuesAsText("title");
    }

    private String currentRole(String query) {
        for (JsonNode actor : get("/roles", query).path("actors")) {
            if (actor.path("actorId").asText().equals(citizen)) {
                return actor.path("currentRole").asText();
            }
        }
        throw new AssertionError("citizen not in roles view");
    }

    private JsonNode get(String view, String query) {
        JsonHttp.Response response = http.get(path(view) + (query.isEmpty() ? "" : "?" + query));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private String path(String view) {
        return "/api/projects/" + project + view;
    }

    private static Instant pause() throws InterruptedException {
        Thread.sleep(5);
        Instant moment = Instant.now();
        Thread.sleep(5);
        return moment;
    }
}
