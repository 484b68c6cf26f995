package dk.samskabelse.journal.query.typology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samskabelse.journal.demo.DemoLoader;
import dk.samskabelse.journal.demo.DemoPlan;
import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.support.JsonHttp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13: the demo project Naturens Rige – Næstved (seed 000, Ligeværdig) read under the first default model
 * (typology-model-v1) and under today's default, through GET /api/projects/{id}/typology?model=…. Prints the
 * Faciliterende periods of both trajectories (the must-show of the issue) and checks that the default model
 * shortens them to the stretch around the activity day, where seed 000's project leader steps back.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:naturens-rige-models;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
            "journal.demo=true"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NaturensRigeUnderTwoModelsIT {

    /** A stretch of the trajectory in one quadrant: from (inclusive) until (exclusive). */
    record Period(LocalDate from, LocalDate until) {
        long days() {
            return ChronoUnit.DAYS.between(from, until);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    DemoLoader loader;

    @Autowired
    ProjectionProcessors processors;

    JsonNode underDefault;
    JsonNode underV1;
    String closedOn;

    @BeforeAll
    void loadTheDemo() throws InterruptedException {
        JsonHttp http = JsonHttp.signedIn(port, "leder", "samskabelse");
        DemoPlan plan = loader.plans().stream()
                .filter(p -> p.key().equals("naturens-rige"))
                .findFirst()
                .orElseThrow();
        // The demo histories load in the background at start-up; the project is complete once it is closed.
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!closed(http, plan.projectId())) {
            assertThat(System.nanoTime())
                    .as("Naturens Rige loaded within 5 minutes")
                    .isLessThan(deadline);
            Thread.sleep(500);
        }
        assertThat(processors.awaitCaughtUp(Duration.ofMinutes(2))).isTrue();
        JsonHttp.Response response =
                http.get("/api/projects/" + plan.projectId() + "/typology?model=typology-model-v1");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        underDefault = response.json().path("active");
        underV1 = response.json().path("alternative");
        closedOn = underDefault.path("current").path("date").asText();
    }

    private static boolean closed(JsonHttp http, String projectId) {
        for (JsonNode project : http.get("/api/projects").json()) {
            if (project.path("projectId").asText().equals(projectId)) {
                return !project.path("closedOn").asText().isEmpty();
            }
        }
        return false;
    }

    @Test
    void theDefaultModelShortensTheFaciliterendeStretchToTheActivityDay() {
        List<Period> v1 = periods(underV1, "FACILITERENDE");
        List<Period> standard = periods(underDefault, "FACILITERENDE");
        System.out.println("Naturens Rige – Næstved, Faciliterende periods until " + closedOn + ":");
        System.out.println("  under " + underV1.path("model").asText() + " "
                + underV1.path("modelVersion").asText() + ": " + describe(v1));
        System.out.println("  under " + underDefault.path("model").asText() + " "
                + underDefault.path("modelVersion").asText() + ": " + describe(standard));

        assertThat(underV1.path("model").asText()).isEqualTo("standard-v1");
        assertThat(underDefault.path("modelVersion").asText()).isEqualTo("2.0");
        long v1Days = v1.stream().mapToLong(Period::days).sum();
        long standardDays = standard.stream().mapToLong(Period::days).sum();
        assertThat(v1Days).isGreaterThan(standardDays);
        // The first model turns Faciliterende months before the activity day (21 May 2017, seed 000).
        assertThat(v1.get(0).from()).isBefore(LocalDate.parse("2017-05-01"));
        // Under the default model nothing before the last meeting ahead of the activity day reads Faciliterende.
        assertThat(standard).allSatisfy(p -> assertThat(p.from()).isAfterOrEqualTo(LocalDate.parse("2017-05-02")));
        assertThat(underDefault.path("current").path("quadrant").asText()).isEqualTo("LIGEVAERDIG");
        // On the activity day itself the default model still reads Ligeværdig (DemoHistoriesIT relies on it).
        assertThat(quadrantOn(underDefault, LocalDate.parse("2017-05-21"))).isEqualTo("LIGEVAERDIG");
        assertThat(quadrantOn(underV1, LocalDate.parse("2017-05-21"))).isEqualTo("FACILITERENDE");
    }

    private static String quadrantOn(JsonNode view, LocalDate day) {
        String quadrant = "";
        for (JsonNode point : view.path("enacted")) {
            if (!LocalDate.parse(point.path("date").asText()).isAfter(day)) {
                quadrant = point.path("quadrant").asText();
            }
        }
        return quadrant;
    }

    /** Consecutive trajectory points in the quadrant, merged; the last runs to the closing date. */
    private List<Period> periods(JsonNode view, String quadrant) {
        List<Period> periods = new ArrayList<>();
        LocalDate start = null;
        for (JsonNode point : view.path("enacted")) {
            LocalDate date = LocalDate.parse(point.path("date").asText());
            boolean in = quadrant.equals(point.path("quadrant").asText());
            if (in && start == null) {
                start = date;
            } else if (!in && start != null) {
                periods.add(new Period(start, date));
                start = null;
            }
        }
        if (start != null) {
            periods.add(new Period(start, LocalDate.parse(closedOn).plusDays(1)));
        }
        return periods;
    }

    private static String describe(List<Period> periods) {
        if (periods.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        for (Period p : periods) {
            parts.add(p.from() + " – " + p.until().minusDays(1) + " (" + p.days() + " days)");
        }
        return String.join(", ", parts) + "; total "
                + periods.stream().mapToLong(Period::days).sum() + " days";
    }
}
