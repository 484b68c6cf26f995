package dk.samskabelse.journal.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.support.Browser;
import dk.samskabelse.journal.support.JournalApi;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.TestUsers;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14, views served from memory: a project's views are computed once per version of its rows and served from
 * memory after that; the next write (projected by this instance or another one sharing the database) moves the
 * version on and the next read shows it. Hit and miss counts are actuator metrics for administrators only.
 */
@JournalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewCacheIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProjectionProcessors processors;

    @Autowired
    MeterRegistry registry;

    JsonHttp leader;
    JournalApi api;

    @BeforeAll
    void users() {
        leader = TestUsers.projectLeader(port);
        api = new JournalApi(leader);
    }

    @Test
    void aSecondReadIsServedFromMemoryAndAWriteIsShownOnTheNextRead() {
        String project = api.startProject("Husker visningen", "2024-01-08");
        caughtUp();

        double hitsBefore = count("timeline", "hit");
        JsonNode first = timeline(project);
        JsonNode second = timeline(project);
        assertThat(second).isEqualTo(first);
        assertThat(count("timeline", "hit")).isEqualTo(hitsBefore + 1);

        String phase = api.changePhase(project, "PLANLAEGNING", "2024-02-01");
        caughtUp();
        double missesBefore = count("timeline", "miss");

        assertThat(entryIds(timeline(project))).contains(phase);
        assertThat(count("timeline", "miss")).isEqualTo(missesBefore + 1);
        assertThat(leader.get("/api/projects/" + project + "/phases")
                        .json()
                        .path("current")
                        .asText())
                .isEqualTo("PLANLAEGNING");

        String retraction = api.retract(project, phase, "Forkert dato");
        caughtUp();
        assertThat(entryIds(timeline(project))).contains(retraction);
        assertThat(leader.get("/api/projects/" + project + "/phases")
                        .json()
                        .path("current")
                        .asText())
                .isEqualTo("AFKLARING");
    }

    @Test
    void anErasedNameLeavesTheTimelineEvaluationAndJournalPagesAtOnce() {
        String project = api.startProject("Slettes", "2024-01-08");
        String actor = api.registerActor(project, "FORENING", "Naturvennerne", "MEDPRODUCENT", "2024-01-20", null);
        caughtUp();
        Browser pages = new Browser(port);
        pages.login(TestUsers.LEADER, TestUsers.PASSWORD);
        for (String page : new String[] {"tidslinje", "evaluering", ""}) {
            String path = "/projekter/" + project + (page.isEmpty() ? "" : "/" + page);
            assertThat(pages.get(path).body()).as(page).contains("Naturvennerne");
            assertThat(pages.get(path).body()).as(page + " again").contains("Naturvennerne");
        }

        JsonHttp.Response erased = TestUsers.admin(port)
                .send("DELETE", "/api/projects/" + project + "/actors/" + actor + "/personal-data", null, null);
        assertThat(erased.status()).as(erased.body()).isIn(200, 204);

        for (String page : new String[] {"tidslinje", "evaluering", ""}) {
            HttpResponse<String> shown = pages.get("/projekter/" + project + (page.isEmpty() ? "" : "/" + page));
            assertThat(shown.statusCode()).isEqualTo(200);
            assertThat(shown.body()).as(page).doesNotContain("Naturvennerne");
        }
    }

    @Test
    void thePagesChartsAndTablesAreRenderedOncePerVersionUnderEachViewersOwnHeader() {
        String project = api.startProject("Tegnet én gang", "2024-01-08");
        caughtUp();
        Browser leaderPages = new Browser(port);
        leaderPages.login(TestUsers.LEADER, TestUsers.PASSWORD);
        // Another viewer who sees the project with names: an administrator.
        Browser adminPages = new Browser(port);
        adminPages.login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        String[][] pages = {
            {"tidslinje", "html:timeline-page"},
            {"evaluering", "html:evaluation-page"},
            {"genafspilning", "html:replay-page"}
        };

        for (String[] page : pages) {
            String path = "/projekter/" + project + "/" + page[0];
            double hits = count(page[1], "hit");
            String byLeader = leaderPages.get(path).body();
            String byAdmin = adminPages.get(path).body();
            // The administrator's request used what the leader's rendered; each page still says who is signed in.
            assertThat(count(page[1], "hit")).as(page[0]).isEqualTo(hits + 1);
            assertThat(signedIn(byLeader)).as(page[0]).contains(TestUsers.LEADER);
            assertThat(signedIn(byAdmin)).as(page[0]).contains(TestUsers.ADMIN).doesNotContain(TestUsers.LEADER);
            assertThat(main(byAdmin)).as(page[0]).isEqualTo(main(byLeader)).isNotBlank();
            // The timeline's charts follow its form (issue 18, item 6), so the name is in the heading only.
            assertThat(byAdmin).as(page[0]).contains("Tegnet én gang");
        }

        // A new entry is a new version: the next request renders anew and shows it.
        api.changePhase(project, "PLANLAEGNING", "2024-02-01");
        caughtUp();
        for (String[] page : pages) {
            double misses = count(page[1], "miss");
            String shown =
                    leaderPages.get("/projekter/" + project + "/" + page[0]).body();
            assertThat(count(page[1], "miss")).as(page[0]).isEqualTo(misses + 1);
            assertThat(shown).as(page[0]).contains("2A Planlægning");
        }
    }

    @Test
    void eachRangeAsOfAndModelOfTheTimelineIsRenderedApartAndTheSameRangeIsServedFromMemory() {
        String project = api.startProject("Zoomet ind", "2024-01-08");
        api.changePhase(project, "PLANLAEGNING", "2024-02-01");
        caughtUp();
        Browser pages = new Browser(port);
        pages.login(TestUsers.LEADER, TestUsers.PASSWORD);
        String path = "/projekter/" + project + "/tidslinje";

        String whole = chartsOf(pages.get(path).body());
        double hits = count("html:timeline-page", "hit");
        String january =
                chartsOf(pages.get(path + "?fra=2024-01-08&til=2024-01-31").body());
        assertThat(chartsOf(pages.get(path + "?fra=2024-01-08&til=2024-01-31").body()))
                .isEqualTo(january);
        assertThat(count("html:timeline-page", "hit"))
                .as("the same range twice: once rendered")
                .isEqualTo(hits + 1);
        String february =
                chartsOf(pages.get(path + "?fra=2024-02-01&til=2024-02-29").body());
        assertThat(january).contains("til 31. januar 2024", "1 faseperioder").isNotEqualTo(whole);
        assertThat(february).contains("fra 1. februar 2024").isNotEqualTo(january);
        assertThat(chartsOf(pages.get(path + "?model=standard-v1").body()))
                .contains("standard-v1")
                .isNotEqualTo(whole);

        // The project as it stood on a date is built anew for each request (ViewCache keeps "now" only).
        String before = chartsOf(pages.get(path + "?asOf=2024-01-20").body());
        String after = chartsOf(pages.get(path + "?asOf=2024-02-10").body());
        assertThat(before).contains("til 20. januar 2024", "1 faseperioder");
        assertThat(after).contains("til 10. februar 2024", "2 faseperioder");
        assertThat(chartsOf(pages.get(path).body())).isEqualTo(whole);
    }

    @Test
    void aChangeProjectedByAnotherInstanceIsSeenByItsVersion() {
        String project = api.startProject("To instanser", "2024-01-08");
        caughtUp();
        assertThat(portfolioName(project)).isEqualTo("To instanser");

        // What another instance's processor does in one transaction, written directly: a changed row and the
        // project's version moved on. The row alone is not looked at (the version is the only check per request) ...
        jdbc.update("UPDATE proj_project_summary SET name = ? WHERE project_id = ?", "Omdøbt andetsteds", project);
        assertThat(portfolioName(project)).isEqualTo("To instanser");
        assertThat(typologyOf(project)).isNotNull();

        // ... the version is: the next read recomputes from the rows.
        jdbc.update(
                "UPDATE proj_project_summary SET projection_version = projection_version + 1 " + "WHERE project_id = ?",
                project);
        assertThat(portfolioName(project)).isEqualTo("Omdøbt andetsteds");
    }

    @Test
    void theCountersAreActuatorMetricsForAdministratorsOnly() throws Exception {
        String project = api.startProject("Målt", "2024-01-08");
        caughtUp();
        typologyOf(project);
        typologyOf(project);

        // The actuator is on the web pages' side: an administrator signed in; anyone else is refused or sent to log in.
        String path = "/actuator/metrics/journal.view.cache?tag=view:typology&tag=result:hit";
        Browser admin = new Browser(port);
        admin.login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        HttpResponse<String> metric = admin.get(path);
        assertThat(metric.statusCode()).as(metric.body()).isEqualTo(200);
        JsonNode value = new ObjectMapper()
                .readTree(metric.body())
                .path("measurements")
                .get(0)
                .path("value");
        assertThat(value.asDouble()).isGreaterThanOrEqualTo(1);

        Browser chef = new Browser(port);
        TestUsers.user(port, "maalt-leder", "PROJEKTLEDER");
        chef.login("maalt-leder", TestUsers.PASSWORD);
        assertThat(chef.get(path).statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = new Browser(port).get(path);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    /** The page's header, where it says who is signed in. */
    private static String signedIn(String page) {
        return page.substring(0, page.indexOf("<main"));
    }

    /**
     * A page's main content after its forms (the replay's form offers administrators and researchers a link of
     * their own): what RenderedFragments renders once for every viewer.
     */
    private static String main(String page) {
        String main = page.substring(page.indexOf("<main"), page.indexOf("</main>"));
        return main.substring(main.lastIndexOf("</form>") + 1);
    }

    /** The timeline page's charts and tables: the part RenderedFragments renders (after the page's form). */
    private static String chartsOf(String page) {
        return page.substring(page.indexOf("<figure"), page.indexOf("</main>"));
    }

    private JsonNode timeline(String project) {
        JsonHttp.Response response = leader.get("/api/projects/" + project + "/timeline");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode typologyOf(String project) {
        JsonHttp.Response response = leader.get("/api/projects/" + project + "/typology");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private String portfolioName(String project) {
        JsonHttp.Response response = leader.get("/api/projects");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false)
                .filter(entry -> entry.path("projectId").asText().equals(project))
                .map(entry -> entry.path("name").asText())
                .findFirst()
                .orElseThrow();
    }

    private static java.util.List<String> entryIds(JsonNode timeline) {
        return timeline.findValuesAsText("entryId");
    }

    private double count(String view, String result) {
        var counter = registry.find("journal.view.cache")
                .tag("view", view)
                .tag("result", result)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private void caughtUp() {
        assertThat(processors.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
    }
}
