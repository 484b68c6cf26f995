package dk.samskabelse.journal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.RegisterActor;
import dk.samskabelse.journal.api.RetractEntry;
import dk.samskabelse.journal.api.Sector;
import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.support.Browser;
import dk.samskabelse.journal.support.EvaluationSources;
import dk.samskabelse.journal.support.JsonHttp;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The six demo histories, loaded at start-up in demo mode through the command path, checked through the JSON
 * API against what a reader of the seed cases expects (docs/domain.md "Where the examples come from").
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:demo-histories;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
            "journal.demo=true"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoHistoriesIT {

    /** First names of the people the seeds name (authors, officials, case characters): never used in demo data. */
    private static final Set<String> SEED_FIRST_NAMES = Set.of(
            "adam",
            "ane",
            "anne",
            "annemarie",
            "bente",
            "birgit",
            "bo",
            "bodil",
            "eva",
            "flemming",
            "frederik",
            "helle",
            "holger",
            "jacob",
            "jens",
            "jocelyne",
            "johannes",
            "jorun",
            "karen",
            "kim",
            "klaus",
            "kristian",
            "lars",
            "lene",
            "lone",
            "maibritt",
            "majbritt",
            "manon",
            "martin",
            "mette",
            "morten",
            "rolf",
            "sanne",
            "solvejg",
            "steen",
            "thure",
            "vibe");

    @LocalServerPort
    int port;

    @Autowired
    DemoHistoriesRunner runner;

    @Autowired
    DemoLoader loader;

    @Autowired
    ProjectionProcessors processors;

    @Autowired
    JdbcTemplate jdbc;

    JsonHttp http;
    List<DemoPlan> plans;
    final Map<String, JsonNode> portfolio = new HashMap<>();

    @BeforeAll
    void loadedAtStartUp() throws InterruptedException {
        http = JsonHttp.signedIn(port, "leder", "samskabelse");
        DemoLoader.Result result = runner.awaitLoaded(Duration.ofMinutes(5)).orElseThrow();
        assertThat(result.loaded()).as(result.skipped()).isTrue();
        assertThat(result.histories()).isEqualTo(6);
        assertThat(processors.awaitCaughtUp(Duration.ofMinutes(2)))
                .as(() -> "projections caught up: " + processors.progress())
                .isTrue();
        plans = loader.plans();
        for (JsonNode project : get("/api/projects")) {
            portfolio.put(project.path("projectId").asText(), project);
        }
    }

    @Test
    void everyEntryOfEveryHistoryBecameOneEvent() {
        assertThat(plans).hasSize(6);
        assertThat(portfolio.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        plans.stream().map(DemoPlan::projectId).toList());
        for (DemoPlan plan : plans) {
            assertThat(loader.storedEvents(plan)).as(plan.file()).isEqualTo(plan.entries());
            assertThat(portfolio.get(plan.projectId()).path("name").asText()).isEqualTo(plan.name());
        }
    }

    @Test
    void eachHistoryHasTenToFortyActorsWithInventedNames() {
        for (DemoPlan plan : plans) {
            JsonNode actors = view(plan, "/roles").path("actors");
            assertThat(actors.size()).as(plan.file()).isBetween(10, 40);
            List<String> names = new ArrayList<>();
            actors.forEach(actor -> names.add(actor.path("name").asText()));
            List<String> written = plan.steps().stream()
                    .map(DemoPlan.Step::command)
                    .filter(RegisterActor.class::isInstance)
                    .map(c -> ((RegisterActor) c).personalData().name())
                    .toList();
            assertThat(names).containsExactlyInAnyOrderElementsOf(written);
            for (String name : names) {
                assertThat(name).as(plan.file()).matches("\\p{Lu}\\p{Ll}+ \\p{Lu}\\.");
                assertThat(SEED_FIRST_NAMES)
                        .as(plan.file() + ": " + name)
                        .doesNotContain(name.substring(0, name.indexOf(' ')).toLowerCase(Locale.ROOT));
            }
        }
    }

    @Test
    void bothClocksAreExercised() {
        ZoneId zone = ZoneId.of("Europe/Copenhagen");
        int retractions = 0;
        for (DemoPlan plan : plans) {
            JsonNode entries = view(plan, "/timeline").path("entries");
            // Recorded weeks after it happened: each history has at least one such entry.
            long weeksLate = StreamSupport.stream(entries.spliterator(), false)
                    .filter(entry -> {
                        LocalDate recordedOn = Instant.parse(
                                        entry.path("recordedAt").asText())
                                .atZone(zone)
                                .toLocalDate();
                        return recordedOn.isAfter(
                                LocalDate.parse(entry.path("effectiveOn").asText())
                                        .plusDays(13));
                    })
                    .count();
            assertThat(weeksLate).as(plan.file()).isPositive();
            retractions += (int) StreamSupport.stream(entries.spliterator(), false)
                    .filter(entry -> entry.path("type").asText().equals("EntryRetracted"))
                    .count();
        }
        assertThat(retractions).isEqualTo(1);
        assertThat(plans.stream()
                        .flatMap(plan -> plan.steps().stream())
                        .filter(step -> step.command() instanceof RetractEntry))
                .hasSize(1);
        // The entry recorded twice in Lejre: there while the journal held it, gone after the retraction.
        DemoPlan lejre = plan("lejre-idraetshal");
        assertThat(titles(lejre, "knownAt=2017-05-25T12:00:00Z")).contains("Arbejdsgruppemøde om omklædningsrum");
        assertThat(titles(lejre, ""))
                .doesNotContain("Arbejdsgruppemøde om omklædningsrum")
                .contains("Arbejdsgruppemøde: omklædning og faciliteter");
        // Planlægningsmøde 1 in Næstved happened on 15 November 2016 but was written only on 6 December.
        DemoPlan naestved = plan("naturens-rige");
        assertThat(titles(naestved, "asOf=2016-11-30")).contains("Planlægningsmøde 1");
        assertThat(titles(naestved, "asOf=2016-11-30&knownAt=2016-11-30T23:00:00Z"))
                .doesNotContain("Planlægningsmøde 1");
    }

    @Test
    void atLeastOneProjectStepsBackAPhase() {
        int stepsBack = plans.stream()
                .mapToInt(plan -> view(plan, "/phases").path("stepsBack").asInt())
                .sum();
        assertThat(stepsBack).isPositive();
        assertThat(view(plan("nul-til-atten"), "/phases").path("stepsBack").asInt())
                .isEqualTo(1);
        assertThat(view(plan("lejre-idraetshal"), "/phases").path("stepsBack").asInt())
                .isEqualTo(1);
    }

    @Test
    void everyHistoryReachesErkendelseWithInsightsOnEveryFocusPoint() {
        for (DemoPlan plan : plans) {
            assertThat(portfolio.get(plan.projectId()).path("phase").asText())
                    .as(plan.file())
                    .isEqualTo("ERKENDELSE");
            List<String> focus = new ArrayList<>();
            view(plan, "/timeline").path("entries").forEach(entry -> {
                if (entry.path("type").asText().equals("InsightRecorded")) {
                    focus.add(entry.path("content").path("focus").asText());
                }
            });
            assertThat(focus)
                    .as(plan.file())
                    .contains("MAALOPFYLDELSE", "INVOLVERING", "PROCES", "REFLEKSION", "FORANKRING", "AFSAET");
            assertThat(view(plan, "/typology").path("declared").size())
                    .as(plan.file())
                    .isPositive();
        }
    }

    @Test
    void naturensRigeRunsFrom2016To2017AndTheProjectLeaderStepsBackOnTheActivityDay() {
        DemoPlan plan = plan("naturens-rige");
        JsonNode project = portfolio.get(plan.projectId());
        assertThat(project.path("startedOn").asText()).startsWith("2016-");
        assertThat(project.path("closedOn").asText()).startsWith("2017-");
        JsonNode leader = actorNamed(plan, "Tove R.");
        // The catalyst step was recorded after her later shifts and slots in beside KONVENER at its date (issue 12).
        assertThat(leader.path("intervals").findValuesAsText("role"))
                .containsExactly("KONVENER", "KATALYSATOR", "LIGEVAERDIG_DELTAGER", "TILBAGETRUKKET", "KONVENER");
        assertThat(leader.path("intervals").get(1).path("from").asText()).isEqualTo("2016-12-13");
        assertThat(leader.path("intervals").get(1).path("to").asText()).isEqualTo("2017-01-24");
        assertThat(leader.path("intervals").get(3).path("from").asText()).isEqualTo("2017-05-21");
        // The enacted placement leaves the declared Ligeværdig only for a short stretch around the activity day.
        // Default model 2.0 (issue 13): with the task's origin (Sund By Netværket) on the municipality's side the
        // activity day alone stays Ligeværdig; the stretch begins when the citizen-led walks add to it (first walk
        // 2017-06-19) and ends when the activity day leaves the window (2017-08-19).
        assertThat(view(plan, "/typology", "asOf=2017-05-21")
                        .path("current")
                        .path("quadrant")
                        .asText())
                .isEqualTo("LIGEVAERDIG");
        assertThat(view(plan, "/typology", "asOf=2017-06-19")
                        .path("current")
                        .path("quadrant")
                        .asText())
                .isEqualTo("FACILITERENDE");
        assertThat(quadrants(plan)).containsExactly("LIGEVAERDIG", "LIGEVAERDIG");
    }

    @Test
    void zeroToEighteenDriftsTowardStyretAfterTheDirectorsInsistOnCommonGoals() {
        DemoPlan plan = plan("nul-til-atten");
        JsonNode before = view(plan, "/typology", "asOf=2018-09-10").path("current");
        JsonNode after = view(plan, "/typology").path("current");
        assertThat(before.path("quadrant").asText()).isEqualTo("LIGEVAERDIG");
        assertThat(after.path("openness").asDouble())
                .isLessThan(before.path("openness").asDouble());
        // Default model 2.0 (issue 13): the task's origin (TOPLEDELSE) holds centrality on the municipality's side
        // from the start (before: -0.4286), so the drift shows on openness; centrality stays on that side
        // (after: -0.3541), which is what Styret needs.
        assertThat(after.path("centrality").asDouble()).isNegative();
        assertThat(after.path("quadrant").asText()).isEqualTo("STYRET");
        assertThat(quadrants(plan)).containsExactly("LIGEVAERDIG", "STYRET");
        assertThat(portfolio.get(plan.projectId()).path("drift").asBoolean()).isTrue();
        // The drift starts in the weeks after the first workshop (11 September 2018) and has not ended.
        JsonNode periods = view(plan, "/typology").path("divergentPeriods");
        assertThat(periods.size()).isEqualTo(1);
        assertThat(periods.get(0).path("from").asText()).isBetween("2018-09-11", "2018-10-31");
        assertThat(periods.get(0).has("until")).isFalse();
    }

    @Test
    void familieMedHjerteIsLigevaerdig() {
        assertThat(quadrants(plan("familie-med-hjerte"))).containsExactly("LIGEVAERDIG", "LIGEVAERDIG");
    }

    @Test
    void voresRumIsInitiatedByNonPublicActorsAndFaciliterende() {
        DemoPlan plan = plan("vores-rum");
        assertThat(quadrants(plan)).containsExactly("FACILITERENDE", "FACILITERENDE");
        List<Sector> initiators = initiatorSectors(plan);
        assertThat(initiators.get(0)).isEqualTo(Sector.NON_PUBLIC);
        assertThat(initiators.stream().filter(Sector.NON_PUBLIC::equals).count() * 2)
                .isGreaterThan(initiators.size());
    }

    @Test
    void hjerterumIsDeclaredAndEnactedStyret() {
        DemoPlan plan = plan("hjerterum");
        assertThat(quadrants(plan)).containsExactly("STYRET", "STYRET");
        assertThat(view(plan, "/typology").path("divergentPeriods").size()).isZero();
    }

    @Test
    void lejreIsACitizensInitiativeThatTheMunicipalityComesToFacilitate() {
        DemoPlan plan = plan("lejre-idraetshal");
        assertThat(initiatorSectors(plan).get(0)).isEqualTo(Sector.NON_PUBLIC);
        assertThat(view(plan, "/typology").path("declared").findValuesAsText("quadrant"))
                .containsExactly("LIGEVAERDIG", "FACILITERENDE");
        assertThat(quadrants(plan)).containsExactly("FACILITERENDE", "FACILITERENDE");
    }

    @Test
    void loadingAgainAddsNothing() {
        long before = events();
        DemoLoader.Result again = loader.loadAll();
        assertThat(again.entries())
                .isEqualTo(plans.stream().mapToInt(DemoPlan::entries).sum());
        assertThat(events()).isEqualTo(before);
        DemoLoader.Result atNextStart = loader.loadIntoEmptyJournal();
        assertThat(atNextStart.loaded()).isFalse();
        assertThat(atNextStart.skipped()).contains("already");
        assertThat(events()).isEqualTo(before);
    }

    private long events() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }

    private List<String> quadrants(DemoPlan plan) {
        JsonNode project = portfolio.get(plan.projectId());
        return List.of(
                project.path("declared").path("quadrant").asText(),
                project.path("enacted").path("quadrant").asText());
    }

    private List<Sector> initiatorSectors(DemoPlan plan) {
        // In the order the engagements happened.
        return StreamSupport.stream(
                        view(plan, "/engagements").path("engagements").spliterator(), false)
                .sorted(Comparator.comparing(
                        engagement -> engagement.path("occurredOn").asText()))
                .map(engagement -> ActorKind.valueOf(
                                engagement.path("initiatorKind").asText())
                        .sector())
                .toList();
    }

    private List<String> titles(DemoPlan plan, String query) {
        return view(plan, "/engagements", query).path("engagements").findValuesAsText("title");
    }

    private JsonNode actorNamed(DemoPlan plan, String name) {
        for (JsonNode actor : view(plan, "/roles").path("actors")) {
            if (actor.path("name").asText().equals(name)) {
                return actor;
            }
        }
        throw new AssertionError(name + " is not an actor of " + plan.file());
    }

    private DemoPlan plan(String key) {
        return plans.stream().filter(plan -> plan.key().equals(key)).findFirst().orElseThrow();
    }

    /**
     * Issue 6: the Erkendelse evaluation of every history renders, with all six focus points of seed 002. The
     * pages take form login, so a browser signs in as the demo project leader, who is assigned to every history.
     */
    @Test
    void theEvaluationReportOfEveryHistoryRenders() {
        Browser browser = new Browser(port);
        HttpResponse<String> login = browser.login("leder", "samskabelse");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .as("signed in")
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
        for (DemoPlan plan : plans) {
            for (String path : List.of(
                    "/projekter/" + plan.projectId() + "/evaluering",
                    "/projekter/" + plan.projectId() + "/evaluering.md")) {
                HttpResponse<String> report = browser.get(path);
                assertThat(report.statusCode()).as(path + ": " + report.body()).isEqualTo(200);
                assertThat(report.body())
                        .as(path)
                        .contains("Målopfyldelse", "Involvering", "Proces", "Refleksion", "Forankring", "Afsæt")
                        .doesNotContain("Der skete en uventet fejl");
                // Issue 15: every number in the text resolves to a source, and every source is cited.
                if (path.endsWith(".md")) {
                    EvaluationSources.assertTraceable(report.body());
                } else {
                    EvaluationSources.assertTraceable(Jsoup.parse(report.body()));
                }
            }
        }
    }

    /**
     * Issue 15, item 3: the 0–18 history's Markdown report, measured for the evidence file (length, lines and
     * links; the evidence used to be inline links, one per cited entry and statement) and kept in target/.
     */
    @Test
    void theMarkdownReportOfTheZeroToEighteenHistoryIsMeasured() throws java.io.IOException {
        DemoPlan plan = plans.stream()
                .filter(p -> p.file().contains("nul-til-atten"))
                .findFirst()
                .orElseThrow();
        Browser browser = new Browser(port);
        browser.login("leder", "samskabelse");
        String markdown = browser.get("/projekter/" + plan.projectId() + "/evaluering.md?lang=da")
                .body();
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "evaluering-nul-til-atten.md"), markdown);
        System.out.printf(
                "issue 15 item 3: %s evaluering.md: %d characters, %d lines, %d 'http', %d '](' %n",
                plan.file(),
                markdown.length(),
                markdown.lines().count(),
                occurrences(markdown, "http"),
                occurrences(markdown, "]("));
        // One link per cited entry, in the sources; none in the text.
        EvaluationSources.assertTraceable(markdown);
        assertThat(occurrences(markdown, "](")).isEqualTo(occurrences(markdown, "#indfoersel-"));
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    /**
     * Issue 13, point 5: the portfolio's drift over the whole history agrees with the typology view's divergent
     * periods (days apart up to today, or the closing date; an open period counts its last day). The lines are
     * printed for the evidence file; the numbers follow the active model, so they change with it.
     */
    @Test
    void thePortfolioShowsTheDriftOverTheWholeHistoryAsTheTypologyViewHasIt() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        for (DemoPlan plan : plans) {
            JsonNode entry = portfolio.get(plan.projectId());
            JsonNode drift = entry.path("driftHistory");
            LocalDate end = absent(entry.path("closedOn"))
                    ? today
                    : LocalDate.parse(entry.path("closedOn").asText());
            long expected = 0;
            boolean open = false;
            for (JsonNode period : view(plan, "/typology").path("divergentPeriods")) {
                LocalDate from = LocalDate.parse(period.path("from").asText());
                LocalDate until = absent(period.path("until"))
                        ? end.plusDays(1)
                        : LocalDate.parse(period.path("until").asText());
                expected += ChronoUnit.DAYS.between(from, until);
                open = absent(period.path("until"));
            }
            assertThat(drift.path("daysApart").asLong()).as(plan.file()).isEqualTo(expected);
            assertThat(drift.path("apartNow").asBoolean()).as(plan.file()).isEqualTo(open);
            JsonNode longest = drift.path("longest");
            if (expected > 0) {
                assertThat(longest.path("days").asLong())
                        .as(plan.file())
                        .isPositive()
                        .isLessThanOrEqualTo(expected);
            } else {
                assertThat(absent(longest)).as(plan.file()).isTrue();
            }
            System.out.printf(
                    "DRIFT | %-45s | declared %-13s | enacted %-13s | %4d days apart | longest %s | apart now: %s%n",
                    entry.path("name").asText(),
                    entry.path("declared").path("quadrant").asText("-"),
                    entry.path("enacted").path("quadrant").asText("-"),
                    drift.path("daysApart").asLong(),
                    absent(longest)
                            ? "-"
                            : longest.path("from").asText() + " – "
                                    + (absent(longest.path("until"))
                                            ? "open"
                                            : longest.path("until").asText())
                                    + " (" + longest.path("days").asLong() + " days)",
                    drift.path("apartNow").asBoolean());
        }
        // Seed 003: the open start drifts to Styret while the declaration stays Ligeværdig, and the journal is open.
        assertThat(portfolio
                        .get(plan("nul-til-atten").projectId())
                        .path("driftHistory")
                        .path("apartNow")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void thePortfolioSortsByTheDriftInTheApiAndOnThePage() {
        List<JsonNode> most = new ArrayList<>();
        get("/api/projects?sort=-driftDays").forEach(most::add);
        assertThat(most).hasSize(6);
        for (int i = 1; i < most.size(); i++) {
            long before = most.get(i - 1).path("driftHistory").path("daysApart").asLong();
            long after = most.get(i).path("driftHistory").path("daysApart").asLong();
            assertThat(before).isGreaterThanOrEqualTo(after);
            if (before == after) {
                assertThat(most.get(i - 1)
                                .path("name")
                                .asText()
                                .compareToIgnoreCase(most.get(i).path("name").asText()))
                        .isNegative();
            }
        }
        List<JsonNode> longest = new ArrayList<>();
        get("/api/projects?sort=longestDrift").forEach(longest::add);
        assertThat(longest)
                .extracting(
                        p -> p.path("driftHistory").path("longest").path("days").asLong(0))
                .isSorted();
        JsonHttp.Response unknown = http.get("/api/projects?sort=drift-days");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).contains("application/problem+json");
        assertThat(unknown.body()).contains("sort");

        Browser browser = new Browser(port);
        browser.login("chef", "samskabelse");
        HttpResponse<String> page = browser.get("/?lang=da&sort=-driftDays");
        assertThat(page.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(page.body());
        Element sorted = html.selectFirst("#projekttabel th[aria-sort]");
        assertThat(sorted).isNotNull();
        assertThat(sorted.attr("aria-sort")).isEqualTo("descending");
        assertThat(sorted.text()).isEqualTo("Dage i forskellige felter");
        // Its link turns the direction and keeps the other parameters.
        assertThat(sorted.selectFirst("a").attr("href"))
                .contains("sort=driftDays")
                .contains("lang=da")
                .doesNotContain("-driftDays");
        assertThat(html.select("#projekttabel th[aria-sort]")).hasSize(1);
        assertThat(html.select("#projekttabel thead a"))
                .extracting(Element::text)
                .contains("Projekt", "Drift", "Længste periode i forskellige felter");
        assertThat(html.select("#projekttabel tbody tr > th > a"))
                .extracting(Element::text)
                .containsExactlyElementsOf(
                        most.stream().map(p -> p.path("name").asText()).toList());
        assertThat(html.selectFirst("#drift-hjaelp").text()).contains("hele forløbet");
        assertThat(html.select("#projekttabel tbody tr"))
                .allSatisfy(
                        row -> assertThat(row.select(".tag--demo").text()).isEqualTo("Demo: delvis opfundet forløb"));
    }

    /**
     * Issue 15, item 5: a closed demo's evaluation looks from its closing date (whatever date is asked for), an
     * open one's from the chosen date; every statement's entries are entries of the project's timeline.
     */
    @Test
    void theEvaluationOfAClosedDemoIsAsOfItsClosingDate() {
        List<JsonNode> closed = portfolio.values().stream()
                .filter(p -> !p.path("closedOn").isNull() && !p.path("closedOn").isMissingNode())
                .toList();
        assertThat(closed).as("a closed demo").isNotEmpty();
        for (JsonNode project : portfolio.values()) {
            String id = project.path("projectId").asText();
            boolean isClosed = closed.contains(project);
            String chosen = project.path("startedOn").isMissingNode()
                    ? LocalDate.now().toString()
                    : LocalDate.parse(project.path("startedOn").asText())
                            .plusDays(1)
                            .toString();
            JsonNode evaluation = get("/api/projects/" + id + "/evaluation?asOf=" + chosen);
            String expected = isClosed ? project.path("closedOn").asText() : chosen;
            assertThat(evaluation.path("referenceDate").asText()).as(id).isEqualTo(expected);
            assertThat(evaluation.path("referenceBasis").asText()).as(id).isEqualTo(isClosed ? "CLOSED" : "CHOSEN");
            Set<String> timeline =
                    new HashSet<>(get("/api/projects/" + id + "/timeline").findValuesAsText("entryId"));
            assertThat(timeline).as(id).containsAll(evaluation.path("entries").findValuesAsText("entryId"));
        }
    }

    /**
     * Issue 13, point 7: a demo says so in the portfolio, on every project page and in every export, and each of
     * its entries says whether it rests on the seed or is invented.
     */
    @Test
    void everyProjectPageAndExportOfADemoSaysItIsADemoWithWhereEachEntryComesFrom() {
        DemoPlan naestved = plan("naturens-rige");
        assertThat(portfolio.values())
                .allSatisfy(p -> assertThat(p.path("demo").asBoolean()).isTrue());

        JsonHttp researcher = JsonHttp.signedIn(port, "forsker", "samskabelse");
        JsonHttp.Response csv = researcher.get("/api/research/projects/" + naestved.projectId() + "/events?format=csv");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).endsWith(",demo,demoSource,demoSeedFile,demoSeedPassage");
        assertThat(csv.body()).contains(",true,SEED,000_6b9a6d0be96d5ed0.txt,", ",true,INVENTED,,");
        System.out.println("EXPORT | " + lines.get(0));
        lines.stream()
                .filter(line -> line.contains(",true,SEED,"))
                .limit(2)
                .forEach(l -> System.out.println("EXPORT | " + l));
        lines.stream()
                .filter(line -> line.contains(",true,INVENTED,"))
                .limit(1)
                .forEach(l -> System.out.println("EXPORT | " + l));

        JsonHttp.Response ndjson = researcher.get("/api/research/projects/" + naestved.projectId() + "/events");
        assertThat(ndjson.body().lines())
                .hasSize(naestved.entries())
                .allSatisfy(line -> assertThat(line).containsPattern("\"demo\":\\{\"kind\":\"(SEED|INVENTED)\""));

        JsonNode timeline = researcher
                .get("/api/research/projects/" + naestved.projectId() + "/timeline")
                .json();
        assertThat(timeline.path("entries"))
                .isNotEmpty()
                .allSatisfy(entry ->
                        assertThat(entry.path("demo").path("kind").asText()).isIn("SEED", "INVENTED"));

        Browser browser = new Browser(port);
        browser.login("leder", "samskabelse");
        for (String path : List.of("", "/tidslinje", "/genafspilning", "/evaluering", "/erkendelse")) {
            Document page = Jsoup.parse(browser.get("/projekter/" + naestved.projectId() + path + "?lang=da")
                    .body());
            Element notice = page.selectFirst("#demo[role=note]");
            assertThat(notice).as(path).isNotNull();
            assertThat(notice.text()).as(path).contains("Demoprojekt", "delvis opfundet", "000_6b9a6d0be96d5ed0.txt");
        }
        Document journal = Jsoup.parse(browser.get("/projekter/" + naestved.projectId() + "?alle=true&lang=da")
                .body());
        assertThat(journal.select(".entry .demo-source"))
                .extracting(Element::text)
                .contains("Opfundet til demoen")
                .anySatisfy(
                        text -> assertThat(text).startsWith("Kilde: 000_6b9a6d0be96d5ed0.txt, \"Faktisk havde jeg"));
        assertThat(browser.get("/projekter/" + naestved.projectId() + "/evaluering.md?lang=da")
                        .body())
                .contains("> **Demoprojekt: bygget omkring 000\\_6b9a6d0be96d5ed0.txt");
    }

    private static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    private JsonNode view(DemoPlan plan, String view) {
        return view(plan, view, "");
    }

    private JsonNode view(DemoPlan plan, String view, String query) {
        return get("/api/projects/" + plan.projectId() + view + (query.isEmpty() ? "" : "?" + query));
    }

    private JsonNode get(String path) {
        JsonHttp.Response response = http.get(path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }
}
