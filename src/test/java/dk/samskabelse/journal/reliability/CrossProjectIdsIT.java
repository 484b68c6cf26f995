package dk.samskabelse.journal.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.RecordInsight;
import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.support.Browser;
import dk.samskabelse.journal.support.JournalApi;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.TestUsers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Review 2026-12-04 finding 1c: an entry id of one project reused in another (as an Idempotency-Key, as a form's
 * hidden entryId, as the key of a RegisterActor, twice in one project, the key of a retracted entry) must never
 * break any projection: every processor reaches the head, nothing is parked, a rebuild finishes, and every other
 * project's timeline is unchanged. Also: rows of two projects with the same entry id (as events stored before ids
 * were derived could have) both project, the replay page of a project without timeline rows and an out-of-range
 * participant index answer without a 500. Prints RELIABILITY lines with the requests, answers and positions.
 */
// Closed after the class: each class has a schema of its own, and a cached context would keep its pool of
// PostgreSQL connections open while the later classes (and the two-instance processes) need them.
@Tag("reliability")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CrossProjectIdsIT {

    static final Duration WAIT = Duration.ofSeconds(90);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        InProcessReliability.usePostgres(registry, "rel_crossids");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProjectionProcessors processors;

    @Autowired
    CommandGateway commands;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void reusedIdsNeverBreakAnotherProject() throws Exception {
        JsonHttp leader = TestUsers.projectLeader(port);
        JournalApi api = new JournalApi(leader);
        JsonHttp admin = TestUsers.admin(port);

        String p1 = api.startProject("P1 angriber", "2020-01-01");
        String a1 = api.registerActor(p1, "BORGER", "Aktør P1", "MEDDESIGNER", "2020-01-01", null);
        String p2 = api.startProject("P2 offer", "2020-01-01");
        String a2 = api.registerActor(p2, "BORGER", "Aktør P2", "MEDDESIGNER", "2020-01-01", null);
        String p2Insight =
                insight(leader, p2, UUID.randomUUID().toString(), "P2 indsigt").text("entryId");
        String p2Engagement =
                api.recordEngagement(p2, "WORKSHOP", "P2 workshop", "2020-02-01", a2, Map.of(a2, "INDDRAGET"));
        String retractedKey = UUID.randomUUID().toString();
        String p2Retracted =
                insight(leader, p2, retractedKey, "P2 trukket tilbage").text("entryId");
        api.retract(p2, p2Retracted, "Fejl");
        String p3 = api.startProject("P3 tilskuer", "2020-01-01");
        api.registerActor(p3, "MEDARBEJDER", "Aktør P3", "FACILITATOR", "2020-01-01", null);
        assertThat(processors.awaitCaughtUp(WAIT)).isTrue();
        Map<String, String> before = timelines(leader, p2, p3);
        log(
                "setup",
                Map.of(
                        "P1",
                        p1,
                        "P2",
                        p2,
                        "P3",
                        p3,
                        "P2.insight",
                        p2Insight,
                        "P2.engagement",
                        p2Engagement,
                        "P2.retracted",
                        p2Retracted));

        // 1. The review's request: an insight in P1 whose Idempotency-Key is an entry id of P2.
        JsonHttp.Response reused = insight(leader, p1, p2Insight, "idem");
        log("insight P1 key=P2.insight", Map.of("status", reused.status(), "entryId", reused.text("entryId")));
        assertThat(reused.status()).isEqualTo(201);
        assertThat(reused.text("entryId")).isNotEqualTo(p2Insight);

        // 2. A form whose hidden entryId is an engagement id of P2 (and sent twice: one entry).
        Browser browser = new Browser(port);
        browser.login(TestUsers.LEADER, TestUsers.PASSWORD);
        long p1Before = events(p1);
        Map<String, String> form = new LinkedHashMap<>(Map.of(
                "_csrf",
                browser.csrfToken("/projekter/" + p1 + "/engagementer/ny"),
                "entryId",
                p2Engagement,
                "kind",
                "WORKSHOP",
                "title",
                "form-collision",
                "occurredOn",
                "2020-02-02",
                "initiatedBy",
                a1,
                "participants[0].actorId",
                a1,
                "participants[0].selected",
                "true",
                "participants[0].influence",
                "INDDRAGET",
                "participants[0].contributions",
                "VIDEN"));
        HttpResponse<String> first = browser.post("/projekter/" + p1 + "/engagementer/ny", form);
        HttpResponse<String> again = browser.post("/projekter/" + p1 + "/engagementer/ny", form);
        log(
                "form P1 entryId=P2.engagement",
                Map.of("first", first.statusCode(), "again", again.statusCode(), "storedInP1", events(p1) - p1Before));
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(events(p1) - p1Before).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                                + "AND payload_type LIKE '%EngagementRecorded'",
                        Long.class, p1))
                .isEqualTo(1);

        // 3. The same key for RegisterActor in two projects: different actor ids, different entry ids.
        String actorKey = UUID.randomUUID().toString();
        JsonHttp.Response actorInP1 = actor(leader, p1, actorKey);
        JsonHttp.Response actorInP2 = actor(leader, p2, actorKey);
        log(
                "register actor same key in P1 and P2",
                Map.of(
                        "P1",
                        actorInP1.status() + " " + actorInP1.body(),
                        "P2",
                        actorInP2.status() + " " + actorInP2.body()));
        assertThat(actorInP1.status()).isEqualTo(201);
        assertThat(actorInP2.status()).isEqualTo(201);
        assertThat(actorInP1.text("actorId")).isNotEqualTo(actorInP2.text("actorId"));
        assertThat(actorInP1.text("entryId")).isNotEqualTo(actorInP2.text("entryId"));
        assertThat(actorInP1.text("actorId"))
                .isNotEqualTo(UUID.nameUUIDFromBytes(("actor:" + actorInP1.text("entryId")).getBytes())
                        .toString());

        // 4. The same key twice in one project: answered like the first, stored once.
        String twiceKey = UUID.randomUUID().toString();
        long p1BeforeTwice = events(p1);
        JsonHttp.Response once = insight(leader, p1, twiceKey, "to gange");
        JsonHttp.Response twice = insight(leader, p1, twiceKey, "to gange");
        log(
                "insight P1 same key twice",
                Map.of(
                        "first",
                        once.status() + " " + once.body(),
                        "second",
                        twice.status() + " " + twice.body(),
                        "stored",
                        events(p1) - p1BeforeTwice));
        assertThat(twice.status()).isEqualTo(once.status()).isEqualTo(201);
        assertThat(twice.text("entryId")).isEqualTo(once.text("entryId"));
        assertThat(events(p1) - p1BeforeTwice).isEqualTo(1);

        // 5. The key of a retracted entry of P2, and its entry id, used in P1.
        JsonHttp.Response retractedKeyInP1 = insight(leader, p1, retractedKey, "genbrugt nøgle");
        JsonHttp.Response retractedIdInP1 = insight(leader, p1, p2Retracted, "genbrugt id");
        log(
                "insight P1 key=P2 retracted key / id",
                Map.of(
                        "byKey",
                        retractedKeyInP1.status() + " " + retractedKeyInP1.body(),
                        "byId",
                        retractedIdInP1.status() + " " + retractedIdInP1.body()));
        assertThat(retractedKeyInP1.status()).isEqualTo(201);
        assertThat(retractedIdInP1.status()).isEqualTo(201);
        assertThat(List.of(retractedKeyInP1.text("entryId"), retractedIdInP1.text("entryId")))
                .doesNotContain(p2Retracted);

        // 6. Events stored before ids were derived may share an entry id across projects: both are projected.
        String shared = UUID.randomUUID().toString();
        commands.sendAndWait(
                new RecordInsight(p1, shared, LocalDate.of(2020, 3, 1), FocusPoint.PROCES, "samme id P1", false));
        commands.sendAndWait(
                new RecordInsight(p3, shared, LocalDate.of(2020, 3, 1), FocusPoint.PROCES, "samme id P3", false));

        assertThat(processors.awaitCaughtUp(WAIT))
                .as(() -> processors.progress().toString())
                .isTrue();
        JsonHttp.Response positions = admin.get("/api/admin/projections");
        log("processors after the requests", Map.of("status", positions.status(), "body", compact(positions)));
        assertCaughtUp(positions.json());
        assertThat(deadLetters(admin)).as("nothing parked").isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM proj_timeline_entry WHERE entry_id = ?", Long.class, shared))
                .isEqualTo(2);
        Map<String, String> afterRequests = timelines(leader, p3);
        assertThat(timelines(leader, p2).get(p2)).contains("P2 indsigt");

        // 7. A rebuild finishes.
        JsonHttp.Response rebuild = admin.post("/api/admin/projections/rebuild", "");
        log("rebuild requested", Map.of("status", rebuild.status()));
        assertThat(rebuild.status()).isEqualTo(202);
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode progress;
        do {
            Thread.sleep(500);
            progress = admin.get("/api/admin/projections/rebuild").json();
        } while (progress.path("running").asBoolean(true) && System.nanoTime() < deadline);
        log(
                "rebuild",
                Map.of(
                        "running",
                        progress.path("running").asBoolean(),
                        "parkedEvents",
                        progress.path("parkedEvents").asInt(),
                        "percent",
                        progress.path("percent").asInt(),
                        "finishedAt",
                        progress.path("finishedAt").asText()));
        assertThat(progress.path("running").asBoolean()).as(progress.toString()).isFalse();
        assertThat(progress.path("parkedEvents").asInt()).isZero();
        assertThat(processors.awaitCaughtUp(WAIT)).isTrue();
        JsonHttp.Response rebuilt = admin.get("/api/admin/projections");
        log("processors after the rebuild", Map.of("body", compact(rebuilt), "deadLetters", deadLetters(admin)));
        assertCaughtUp(rebuilt.json());
        assertThat(deadLetters(admin)).isZero();

        // 8. Every other project's timeline is as before (P2 only gained the actor of step 3).
        Map<String, String> after = timelines(leader, p2, p3);
        boolean p3Unchanged = after.get(p3).equals(afterRequests.get(p3));
        boolean p2Kept = entries(after.get(p2)).containsAll(entries(before.get(p2)));
        log(
                "other timelines",
                Map.of(
                        "P3 unchanged (rebuilt = live)",
                        p3Unchanged,
                        "P2 entries before the attack all kept",
                        p2Kept,
                        "P2 entries",
                        count(after.get(p2)),
                        "P3 entries",
                        count(after.get(p3))));
        assertThat(p3Unchanged).isTrue();
        assertThat(p2Kept).isTrue();
        assertThat(entries(after.get(p3))).containsAll(entries(before.get(p3)));

        // 9. The replay page of a project with no timeline rows, and an out-of-range form index.
        jdbc.update("DELETE FROM proj_timeline_entry WHERE project_id = ?", p1);
        HttpResponse<String> replay = browser.get("/projekter/" + p1 + "/genafspilning");
        Map<String, String> badIndex = new LinkedHashMap<>(form);
        badIndex.put("_csrf", browser.csrfToken("/projekter/" + p1 + "/engagementer/ny"));
        badIndex.put("entryId", UUID.randomUUID().toString());
        badIndex.put("participants[99999].actorId", a1);
        HttpResponse<String> index = browser.post("/projekter/" + p1 + "/engagementer/ny", badIndex);
        log(
                "pages",
                Map.of("replay without timeline rows", replay.statusCode(), "participants[99999]", index.statusCode()));
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).contains("ingen indførsler at vise endnu");
        assertThat(index.statusCode()).isEqualTo(400);
        assertThat(index.body()).contains("Intet er gemt");

        // 10. A constraint violation at flush (a timeline row with the event's key is already there) parks that
        // event for its project only; other projects go on, and a rebuild finishes and brings the entry in.
        String p4 = api.startProject("P4 konflikt", "2020-01-01");
        assertThat(processors.awaitCaughtUp(WAIT)).isTrue();
        String conflicting = UUID.randomUUID().toString();
        jdbc.update(
                "INSERT INTO proj_timeline_entry (entry_id, project_id, sequence_number, type, effective_on, "
                        + "recorded_at, payload) VALUES (?, ?, 99, 'InsightRecorded', DATE '2020-01-01', now(), '{}')",
                conflicting,
                p4);
        commands.sendAndWait(
                new RecordInsight(p4, conflicting, LocalDate.of(2020, 3, 1), FocusPoint.PROCES, "konflikt", false));
        String p3Later = insight(leader, p3, UUID.randomUUID().toString(), "P3 efter konflikten")
                .text("entryId");
        long parkDeadline = System.nanoTime() + WAIT.toNanos();
        while (parked(p4) == 0 && System.nanoTime() < parkDeadline) {
            Thread.sleep(500);
        }
        assertThat(processors.awaitCaughtUp(WAIT))
                .as(() -> processors.progress().toString())
                .isTrue();
        long p3LaterRows = jdbc.queryForObject(
                "SELECT count(*) FROM proj_timeline_entry WHERE project_id = ? " + "AND entry_id = ?",
                Long.class,
                p3,
                p3Later);
        log(
                "duplicate key at flush",
                Map.of(
                        "parkedForP4",
                        parked(p4),
                        "parkedOther",
                        deadLetters(admin) - parked(p4),
                        "P3 later entry projected",
                        p3LaterRows,
                        "processors",
                        compact(admin.get("/api/admin/projections"))));
        assertThat(parked(p4)).isEqualTo(1);
        assertThat(deadLetters(admin)).isEqualTo(1);
        assertThat(p3LaterRows).isEqualTo(1);
        assertThat(admin.post("/api/admin/projections/rebuild", "").status()).isEqualTo(202);
        long rebuildDeadline = System.nanoTime() + WAIT.toNanos();
        JsonNode second;
        do {
            Thread.sleep(500);
            second = admin.get("/api/admin/projections/rebuild").json();
        } while (second.path("running").asBoolean(true) && System.nanoTime() < rebuildDeadline);
        assertThat(processors.awaitCaughtUp(WAIT)).isTrue();
        log(
                "rebuild after the conflict",
                Map.of(
                        "running",
                        second.path("running").asBoolean(),
                        "parkedEvents (rebuild progress)",
                        second.path("parkedEvents").asInt(),
                        "percent",
                        second.path("percent").asInt(),
                        "deadLetters",
                        deadLetters(admin),
                        "processors",
                        compact(admin.get("/api/admin/projections"))));
        assertThat(second.path("running").asBoolean()).isFalse();
        assertThat(deadLetters(admin)).isZero();
        assertThat(timelines(leader, p4).get(p4)).contains("konflikt");
    }

    private long parked(String projectId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM dead_letter_entry WHERE sequence_identifier = ?", Long.class, projectId);
    }

    private static JsonHttp.Response insight(JsonHttp http, String projectId, String key, String text) {
        return http.post(
                "/api/projects/" + projectId + "/insights",
                JsonHttp.json(Map.of("focus", "PROCES", "text", text, "effectiveOn", "2020-02-15")),
                Map.of("Idempotency-Key", key));
    }

    private static JsonHttp.Response actor(JsonHttp http, String projectId, String key) {
        return http.post(
                "/api/projects/" + projectId + "/actors",
                JsonHttp.json(Map.of(
                        "kind", "BORGER", "name", "Nøgleaktør", "role", "MEDDESIGNER", "joinedOn", "2020-01-03")),
                Map.of("Idempotency-Key", key));
    }

    private long events(String projectId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, projectId);
    }

    private long deadLetters(JsonHttp admin) {
        return jdbc.queryForObject("SELECT count(*) FROM dead_letter_entry", Long.class);
    }

    private static Map<String, String> timelines(JsonHttp http, String... projectIds) {
        Map<String, String> timelines = new LinkedHashMap<>();
        for (String projectId : projectIds) {
            JsonHttp.Response response = http.get("/api/projects/" + projectId + "/timeline");
            assertThat(response.status()).isEqualTo(200);
            timelines.put(
                    projectId,
                    response.json().path("entries").isMissingNode()
                            ? response.json().toString()
                            : response.json().path("entries").toString());
        }
        return timelines;
    }

    /** The entries of a timeline, each as its JSON, to compare regardless of order. */
    private static java.util.Set<String> entries(String entriesJson) {
        java.util.Set<String> entries = new java.util.HashSet<>();
        try {
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(entriesJson)
                    .forEach(entry -> entries.add(entry.toString()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return entries;
    }

    private static int count(String entriesJson) {
        return entries(entriesJson).size();
    }

    private static void assertCaughtUp(JsonNode projections) {
        for (JsonNode processor : projections.path("processors")) {
            assertThat(processor.path("position").asLong())
                    .as(processor.toString())
                    .isEqualTo(processor.path("head").asLong());
        }
    }

    private static String compact(JsonHttp.Response response) {
        StringBuilder line = new StringBuilder();
        for (JsonNode processor : response.json().path("processors")) {
            line.append(processor.path("group").asText())
                    .append('=')
                    .append(processor.path("position").asLong())
                    .append('/')
                    .append(processor.path("head").asLong())
                    .append(' ');
        }
        return line.length() > 0 ? line.toString().trim() : response.body();
    }

    private static void log(String step, Map<String, ?> values) {
        InProcessReliability.summary("cross-project ids | " + step, values);
    }
}
