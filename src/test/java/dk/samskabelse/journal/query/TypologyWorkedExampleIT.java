package dk.samskabelse.journal.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.support.JournalApi;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.TestUsers;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The worked example of projections/README.md ("A worked example": the sports hall, D = 30 June 2024), recorded
 * through the HTTP API as a projektleder would, and read back from GET /typology. The engine-level twin is
 * query/typology/ReadmeWorkedExampleTest; the README, that test and this one change together.
 */
@JournalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypologyWorkedExampleIT {

    private static final String D = "2024-06-30";

    @LocalServerPort
    int port;

    @Autowired
    ProjectionProcessors processors;

    JsonHttp http;
    String project;

    @BeforeAll
    void theSportsHall() {
        http = TestUsers.projectLeader(port);
        JournalApi api = new JournalApi(http);
        project = api.startProject("Idrætshallen", "2024-01-15");
        // All actors joined on 15 January 2024 (README: the actor table).
        String idraetsforening =
                api.registerActor(project, "FORENING", "Idrætsforeningen", "MEDINITIATIVTAGER", "2024-01-15", null);
        String arbejdsgruppe =
                api.registerActor(project, "BORGERGRUPPE", "Arbejdsgruppen", "MEDDESIGNER", "2024-01-15", null);
        String projektleder =
                api.registerActor(project, "PROJEKTLEDER", "Projektlederen", "FACILITATOR", "2024-01-15", null);
        String politiker = api.registerActor(project, "POLITIKER", "Politikeren", "BESLUTTENDE", "2024-01-15", null);
        String nabo = api.registerActor(project, "BORGER", "Naboen", "BEBOER", "2024-01-15", null);

        // README: the engagement table, e1-e5.
        api.recordEngagement(
                project,
                "DIALOGMOEDE",
                "e1",
                "2024-03-10",
                idraetsforening,
                influence(idraetsforening, "INDDRAGET", projektleder, "INDDRAGET"));
        api.recordEngagement(
                project,
                "WORKSHOP",
                "e2",
                "2024-04-20",
                idraetsforening,
                influence(
                        idraetsforening, "MEDBESTEMMENDE", arbejdsgruppe, "MEDBESTEMMENDE", projektleder, "INDDRAGET"));
        api.recordEngagement(
                project,
                "WORKSHOP",
                "e3",
                "2024-05-25",
                arbejdsgruppe,
                influence(
                        idraetsforening,
                        "MEDBESTEMMENDE",
                        arbejdsgruppe,
                        "MEDBESTEMMENDE",
                        projektleder,
                        "INDDRAGET",
                        nabo,
                        "HOERT"));
        api.recordEngagement(
                project,
                "HOERING",
                "e4",
                "2024-06-12",
                projektleder,
                influence(projektleder, "INDDRAGET", idraetsforening, "HOERT", nabo, "HOERT"));
        api.recordEngagement(
                project,
                "BESLUTNINGSMOEDE",
                "e5",
                "2024-06-20",
                politiker,
                influence(politiker, "BESTEMMENDE", projektleder, "INFORMERET"));

        assertThat(processors.awaitCaughtUp(Duration.ofSeconds(30)))
                .as(() -> "projections caught up: " + processors.progress())
                .isTrue();
    }

    @Test
    void asOfTheExampleDateTheCurrentPointIsTheReadmes() {
        JsonNode current = typology("?asOf=" + D).path("current");

        assertThat(current.path("date").asText()).isEqualTo(D);
        // README "Result" under the default model (issue 13: re-derived by hand there, signal by signal, with
        // each sector one party): (0.3740, 0.3102), Faciliterende, not på grænsen.
        assertThat(current.path("openness").asDouble()).isEqualTo(0.374);
        assertThat(current.path("centrality").asDouble()).isEqualTo(0.3102);
        assertThat(current.path("quadrant").asText()).isEqualTo("FACILITERENDE");
        assertThat(current.path("borderline").asBoolean()).isFalse();
        assertThat(current.path("borderline").isBoolean()).isTrue();
        // README: Σ weight 475/42 on openness, 135/14 on centrality (fractions of the sectors' shares).
        assertThat(current.path("opennessWeight").decimalValue().doubleValue()).isCloseTo(475.0 / 42, within(1e-12));
        assertThat(current.path("centralityWeight").decimalValue().doubleValue())
                .isCloseTo(135.0 / 14, within(1e-12));
    }

    @Test
    void theLiveTrajectoryHoldsTheSamePointOnThatDate() {
        // Without asOf the view comes from the live projection tables. The trajectory point in force on D is the
        // last one dated on or before it: e5 on 20 June (the next change is e2 leaving the window on 19 July).
        JsonNode inForce = null;
        for (JsonNode point : typology("").path("enacted")) {
            if (!LocalDate.parse(point.path("date").asText()).isAfter(LocalDate.parse(D))) {
                inForce = point;
            }
        }
        assertThat(inForce).as("a trajectory point on or before " + D).isNotNull();
        assertThat(inForce.path("date").asText()).isEqualTo("2024-06-20");
        assertThat(inForce.path("openness").asDouble()).isEqualTo(0.374);
        assertThat(inForce.path("centrality").asDouble()).isEqualTo(0.3102);
        assertThat(inForce.path("quadrant").asText()).isEqualTo("FACILITERENDE");
        assertThat(inForce.path("borderline").asBoolean()).isFalse();
    }

    private JsonNode typology(String query) {
        JsonHttp.Response response = http.get("/api/projects/" + project + "/typology" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static Map<String, String> influence(String... actorAndInfluence) {
        Map<String, String> participants = new LinkedHashMap<>();
        for (int i = 0; i < actorAndInfluence.length; i += 2) {
            participants.put(actorAndInfluence[i], actorAndInfluence[i + 1]);
        }
        return participants;
    }
}
