package dk.samskabelse.journal.reliability;

import dk.samskabelse.journal.support.JournalApi;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.assertj.core.api.SoftAssertions;
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
 * Several hundred malformed requests, generated from a valid body of every write endpoint by one mutation each
 * (a required field left out, a field too many, a wrong type, 10,000 characters, control and right-to-left
 * characters, markup, SQL where an id, enumeration or date belongs, bad and unknown ids), plus wrong content
 * types, oversized bodies, malformed JSON, wrong methods and bad parameters of the reads. None may be answered
 * 5xx, every error must be problem JSON without a trace of the journal's internals, and none may store an event.
 */
// Closed after the class: each class has a schema of its own, and a cached context would keep its pool of
// PostgreSQL connections open while the later classes (and the two-instance processes) need them.
@Tag("reliability")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputIT {

    static final String UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
    static final String LONG = "x".repeat(10_000);
    static final List<String> CONTROL = List.of(
            "Bip\u0007bip",
            "Nul\u0000byte",
            "Farve\u001B[31mrød",
            "Evil\u202Etxt.exe",
            "Isoleret\u2066tekst\u2069",
            "Usynlig\u200Bmellemrum",
            "C1\u0085tegn");
    static final List<String> MARKUP = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "</textarea><svg/onload=alert(1)>",
            "Hej <b>verden</b>",
            "<!DOCTYPE html>");
    static final List<String> SQL = List.of(
            "' OR '1'='1",
            "1; DROP TABLE domain_event_entry; --",
            UNKNOWN_ID + "' OR 1=1 --",
            "x' UNION SELECT payload FROM domain_event_entry --");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        InProcessReliability.usePostgres(registry, "rel_badinput");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** One malformed request and the category it counts under. */
    record Bad(
            String category,
            String method,
            String path,
            String body,
            String contentType,
            boolean chunked,
            boolean read) {}

    record Answer(Bad request, int status, String contentType, String body) {}

    /** A write endpoint with a valid body, its required fields and which fields hold what. */
    record Endpoint(
            String path,
            Map<String, Object> valid,
            List<String> required,
            List<String> texts,
            List<String> ids,
            List<String> enums,
            List<String> dates) {}

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void malformedRequestsAreRefusedCleanlyAndStoreNothing() {
        JsonHttp leader = TestUsers.projectLeader(port);
        JournalApi api = new JournalApi(leader);
        String project = api.startProject("Dårligt input", "2020-01-01");
        String actor = api.registerActor(project, "BORGER", "Robust R.", "MEDDESIGNER", "2020-01-02", null);
        String engagement =
                api.recordEngagement(project, "MOEDE", "Første møde", "2020-02-01", actor, Map.of(actor, "INDDRAGET"));

        List<Bad> requests = new ArrayList<>();
        for (Endpoint endpoint : endpoints(project, actor, engagement)) {
            mutate(endpoint, requests);
        }
        envelope(project, actor, requests);
        reads(project, requests);

        long eventsBefore = count("domain_event_entry");
        long registerBefore = count("actor_personal_data");

        List<Answer> answers = new ArrayList<>();
        for (Bad bad : requests) {
            answers.add(send(bad));
        }

        long eventsAfter = count("domain_event_entry");
        long registerAfter = count("actor_personal_data");
        List<Answer> serverErrors = answers.stream()
                .filter(a -> a.status() >= 500 || a.status() < 0)
                .toList();
        List<Answer> accepted = answers.stream()
                .filter(a -> !a.request().read() && a.status() / 100 == 2)
                .toList();
        // Tomcat refuses some requests before any filter or controller sees them (an encoded slash or NUL in the
        // path, a request line over its 8 KB limit) with its own error page: Spring Boot's valve shows neither
        // the report nor the server version. Those are counted apart, not as answers of the API.
        List<Answer> container =
                answers.stream().filter(a -> isRefusedByTomcat(a.request())).toList();
        List<Answer> notProblemJson = answers.stream()
                .filter(a -> a.status() >= 400)
                .filter(a -> !isRefusedByTomcat(a.request()))
                .filter(a -> !a.contentType().startsWith("application/problem+json"))
                .toList();
        List<Answer> leaking = answers.stream()
                .filter(a -> !InProcessReliability.leaks(a.body()).isEmpty())
                .toList();

        Map<String, Integer> perCategory = new TreeMap<>();
        answers.forEach(a -> perCategory.merge(a.request().category(), 1, Integer::sum));
        Map<Integer, Integer> perStatus = new TreeMap<>();
        answers.forEach(a -> perStatus.merge(a.status(), 1, Integer::sum));
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("sent", answers.size());
        counts.put("writes", answers.stream().filter(a -> !a.request().read()).count());
        counts.put("reads", answers.stream().filter(a -> a.request().read()).count());
        counts.put("5xx", serverErrors.size());
        counts.put("accepted-writes", accepted.size());
        counts.put("not-problem-json", notProblemJson.size());
        counts.put("refused-by-tomcat", container.size());
        counts.put("leaks", leaking.size());
        counts.put("events-stored", eventsAfter - eventsBefore);
        counts.put("register-rows-stored", registerAfter - registerBefore);
        counts.put("statuses", perStatus);
        counts.put("categories", perCategory);
        String summary = InProcessReliability.summary("bad input", counts);

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(answers).as(summary).hasSizeGreaterThanOrEqualTo(200);
        soft.assertThat(serverErrors).as("5xx").extracting(BadInputIT::describe).isEmpty();
        soft.assertThat(accepted)
                .as("accepted")
                .extracting(BadInputIT::describe)
                .isEmpty();
        soft.assertThat(notProblemJson)
                .as("not problem JSON")
                .extracting(BadInputIT::describe)
                .isEmpty();
        soft.assertThat(container)
                .as("refused by Tomcat")
                .extracting(Answer::status)
                .containsOnly(400);
        soft.assertThat(leaking)
                .as("leaks")
                .extracting(a -> describe(a) + " leaks " + InProcessReliability.leaks(a.body()))
                .isEmpty();
        soft.assertThat(answers)
                .filteredOn(a -> a.request().category().equals("oversized"))
                .as("bodies over journal.api.max-request-bytes")
                .extracting(Answer::status)
                .containsOnly(413);
        soft.assertThat(eventsAfter).as("events stored").isEqualTo(eventsBefore);
        soft.assertThat(registerAfter).as("register rows stored").isEqualTo(registerBefore);
        // The set-up project is untouched: its three entries and nothing else.
        soft.assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, project))
                .isEqualTo(3);
        soft.assertAll();
    }

    private static List<Endpoint> endpoints(String project, String actor, String engagement) {
        String p = "/api/projects/" + project;
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.add(new Endpoint(
                "/api/projects",
                body(b -> {
                    b.put("name", "Nyt projekt");
                    b.put("municipality", "Lejre");
                    b.put("area", "SUNDHED");
                    b.put("purpose", "Formål");
                    b.put("startedOn", "2020-01-01");
                }),
                List.of("name", "municipality", "area", "startedOn"),
                List.of("name", "municipality", "purpose"),
                List.of(),
                List.of("area"),
                List.of("startedOn")));
        endpoints.add(new Endpoint(
                p + "/clarifications",
                body(b -> {
                    b.put("successCriteria", List.of("30 borgere deltager"));
                    b.put("expectedBottomLines", List.of("INNOVATIV"));
                    b.put("coCreationScope", List.of("PROBLEM"));
                    b.put("motivation", "Motivation");
                    b.put("effectiveOn", "2020-01-05");
                }),
                List.of("successCriteria"),
                List.of("motivation"),
                List.of(),
                List.of(),
                List.of("effectiveOn")));
        endpoints.add(new Endpoint(
                p + "/typology-declarations",
                body(b -> {
                    b.put("openness", 0.5);
                    b.put("centrality", -0.3);
                    b.put("rationale", "Begrundelse");
                    b.put("effectiveOn", "2020-01-05");
                }),
                List.of("openness", "centrality", "rationale"),
                List.of("rationale"),
                List.of(),
                List.of(),
                List.of("effectiveOn")));
        endpoints.add(new Endpoint(
                p + "/actors",
                body(b -> {
                    b.put("kind", "BORGER");
                    b.put("name", "Ny N.");
                    b.put("role", "MEDDESIGNER");
                    b.put("joinedOn", "2020-01-05");
                    b.put("organisation", "Forening");
                    b.put("contact", "ny@example.dk");
                }),
                List.of("kind", "name", "role", "joinedOn"),
                List.of("name", "organisation", "contact"),
                List.of(),
                List.of("kind", "role"),
                List.of("joinedOn")));
        endpoints.add(new Endpoint(
                p + "/actors/" + actor + "/role-shifts",
                body(b -> {
                    b.put("role", "MEDPRODUCENT");
                    b.put("effectiveOn", "2020-03-01");
                    b.put("reason", "Ny rolle");
                    b.put("shareable", false);
                }),
                List.of("role", "effectiveOn"),
                List.of("reason"),
                List.of(),
                List.of("role"),
                List.of("effectiveOn")));
        endpoints.add(new Endpoint(
                p + "/actors/" + actor + "/withdrawal",
                body(b -> {
                    b.put("effectiveOn", "2020-03-01");
                    b.put("reason", "Flyttet");
                }),
                List.of("effectiveOn"),
                List.of("reason"),
                List.of(),
                List.of(),
                List.of("effectiveOn")));
        endpoints.add(new Endpoint(
                p + "/engagements",
                body(b -> {
                    b.put("kind", "WORKSHOP");
                    b.put("title", "Idéworkshop");
                    b.put("occurredOn", "2020-02-02");
                    b.put("initiatedBy", actor);
                    b.put("participants", List.of(Map.of("actorId", actor, "influence", "MEDBESTEMMENDE")));
                    b.put("contributions", List.of(Map.of("actorId", actor, "type", "VIDEN")));
                    b.put("notes", "Noter");
                }),
                List.of("kind", "title", "occurredOn", "initiatedBy", "participants"),
                List.of("title", "notes"),
                List.of("initiatedBy"),
                List.of("kind"),
                List.of("occurredOn")));
        endpoints.add(new Endpoint(
                p + "/phase-changes",
                body(b -> {
                    b.put("phase", "PLANLAEGNING");
                    b.put("effectiveOn", "2020-02-03");
                    b.put("note", "Videre");
                }),
                List.of("phase", "effectiveOn"),
                List.of("note"),
                List.of(),
                List.of("phase"),
                List.of("effectiveOn")));
        endpoints.add(new Endpoint(
                p + "/course-corrections",
                body(b -> {
                    b.put("decision", "Fælles mål");
                    b.put("reason", "Direktionen");
                    b.put("affects", List.of("SUCCESKRITERIER"));
                    b.put("effectiveOn", "2020-02-04");
                }),
                List.of("decision", "reason"),
                List.of("decision", "reason"),
                List.of(),
                List.of(),
                List.of("effectiveOn")));
        endpoints.add(new Endpoint(
                p + "/insights",
                body(b -> {
                    b.put("focus", "MAALOPFYLDELSE");
                    b.put("text", "Indsigt");
                    b.put("effectiveOn", "2020-02-05");
                }),
                List.of("focus", "text"),
                List.of("text"),
                List.of(),
                List.of("focus"),
                List.of("effectiveOn")));
        endpoints.add(new Endpoint(
                p + "/retractions",
                body(b -> {
                    b.put("entryId", engagement);
                    b.put("reason", "Registreret to gange");
                }),
                List.of("entryId", "reason"),
                List.of("reason"),
                List.of("entryId"),
                List.of(),
                List.of()));
        endpoints.add(new Endpoint(
                p + "/closure",
                body(b -> {
                    b.put("effectiveOn", "2020-06-01");
                    b.put("note", "Slut");
                }),
                List.of(),
                List.of("note"),
                List.of(),
                List.of(),
                List.of("effectiveOn")));
        return endpoints;
    }

    /** Every mutation leaves the body invalid on purpose: optional fields are never just left out. */
    private static void mutate(Endpoint e, List<Bad> out) {
        for (String field : e.required()) {
            out.add(write("missing-field", e.path(), without(e.valid(), field)));
        }
        out.add(write("extra-field", e.path(), with(e.valid(), "unexpected", 1)));
        out.add(write("extra-field", e.path(), with(e.valid(), "recordedBy", "admin")));
        for (String field : e.valid().keySet()) {
            Object value = e.valid().get(field);
            out.add(write("wrong-type", e.path(), with(e.valid(), field, Map.of("nested", 1))));
            out.add(write(
                    "wrong-type",
                    e.path(),
                    with(e.valid(), field, value instanceof List<?> ? "ikke en liste" : List.of(1, 2))));
            if (value instanceof Number) {
                out.add(write("wrong-type", e.path(), with(e.valid(), field, "halvanden")));
                out.add(write("bad-value", e.path(), with(e.valid(), field, 1.5)));
                out.add(write("bad-value", e.path(), rawNumber(e.valid(), field, "1e999")));
                out.add(write("bad-value", e.path(), rawNumber(e.valid(), field, "9".repeat(2000))));
            }
        }
        for (String field : e.texts()) {
            out.add(write("long-string", e.path(), with(e.valid(), field, LONG)));
            for (String text : CONTROL) {
                out.add(write("control-or-bidi", e.path(), with(e.valid(), field, text)));
            }
            for (String text : MARKUP) {
                out.add(write("html-script", e.path(), with(e.valid(), field, text)));
            }
        }
        if (e.valid().get("successCriteria") != null) {
            out.add(write("long-string", e.path(), with(e.valid(), "successCriteria", List.of(LONG))));
            out.add(write("control-or-bidi", e.path(), with(e.valid(), "successCriteria", List.of(CONTROL.get(3)))));
            out.add(write("html-script", e.path(), with(e.valid(), "successCriteria", List.of(MARKUP.get(0)))));
        }
        for (String field : e.ids()) {
            out.add(write("bad-id", e.path(), with(e.valid(), field, UNKNOWN_ID)));
            out.add(write("bad-id", e.path(), with(e.valid(), field, "ikke-et-id")));
            out.add(write("bad-id", e.path(), with(e.valid(), field, LONG)));
            for (String sql : SQL) {
                out.add(write("sql", e.path(), with(e.valid(), field, sql)));
            }
        }
        for (String field : e.enums()) {
            out.add(write("bad-value", e.path(), with(e.valid(), field, "UKENDT")));
            out.add(write("bad-value", e.path(), with(e.valid(), field, "sundhed")));
            out.add(write("bad-value", e.path(), rawNumber(e.valid(), field, "2")));
            out.add(write("sql", e.path(), with(e.valid(), field, SQL.get(0))));
        }
        for (String field : e.dates()) {
            // Not "2020-01-01T00:00:00Z" (Jackson reads it as that day) nor "" (null, so today) for optional dates.
            for (String date : List.of(
                    "2020-02-30",
                    "2020-13-01",
                    "01-02-2020",
                    "i går",
                    "2020-1-1",
                    LocalDate.now().plusDays(3).toString(),
                    "+999999999-12-31",
                    "-999999999-01-01")) {
                out.add(write("bad-value", e.path(), with(e.valid(), field, date)));
            }
            if (e.required().contains(field)) {
                out.add(write("missing-field", e.path(), with(e.valid(), field, "")));
                out.add(write("missing-field", e.path(), with(e.valid(), field, null)));
            }
            out.add(write("sql", e.path(), with(e.valid(), field, SQL.get(1))));
        }
        if (e.path().endsWith("/engagements")) {
            out.add(write(
                    "bad-id",
                    e.path(),
                    with(e.valid(), "participants", List.of(Map.of("actorId", UNKNOWN_ID, "influence", "HOERT")))));
            out.add(write(
                    "sql",
                    e.path(),
                    with(e.valid(), "participants", List.of(Map.of("actorId", SQL.get(2), "influence", "HOERT")))));
            out.add(write("bad-value", e.path(), with(e.valid(), "participants", List.of())));
            out.add(write(
                    "bad-value",
                    e.path(),
                    with(
                            e.valid(),
                            "participants",
                            List.of(Map.of("actorId", e.valid().get("initiatedBy"), "influence", "ALT")))));
            out.add(write(
                    "extra-field",
                    e.path(),
                    with(
                            e.valid(),
                            "participants",
                            List.of(Map.of("actorId", e.valid().get("initiatedBy"), "influence", "HOERT", "x", 1)))));
            out.add(write(
                    "missing-field", e.path(), with(e.valid(), "participants", List.of(Map.of("influence", "HOERT")))));
        }
    }

    /** What is wrong around the body: ids in the path, content type, size, syntax, method. */
    private static void envelope(String project, String actor, List<Bad> out) {
        String insight = JsonHttp.json(Map.of("focus", "PROCES", "text", "Indsigt"));
        String shift = JsonHttp.json(Map.of("role", "INNOVATOR", "effectiveOn", "2020-03-01"));
        for (String id : List.of(
                UNKNOWN_ID,
                "ikke-et-id",
                UNKNOWN_ID.toUpperCase(),
                UNKNOWN_ID + "0",
                "..%2F..%2Fadmin",
                "1%27%20OR%20%271%27%3D%271",
                "%00",
                project.toUpperCase())) {
            out.add(write("bad-id", "/api/projects/" + id + "/insights", insight));
            out.add(write("bad-id", "/api/projects/" + project + "/actors/" + id + "/role-shifts", shift));
        }
        out.add(write("bad-id", "/api/projects/" + UNKNOWN_ID + "/actors/" + actor + "/role-shifts", shift));
        String start =
                JsonHttp.json(Map.of("name", "A", "municipality", "L", "area", "ANDET", "startedOn", "2020-01-01"));
        for (String type : List.of(
                "text/plain",
                "application/xml",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "text/html",
                "application/octet-stream")) {
            out.add(new Bad("content-type", "POST", "/api/projects", start, type, false, false));
            out.add(new Bad(
                    "content-type", "POST", "/api/projects/" + project + "/insights", insight, type, false, false));
        }
        out.add(new Bad("content-type", "POST", "/api/projects", start, null, false, false));
        out.add(new Bad(
                "content-type",
                "POST",
                "/api/projects",
                "<project><name>A</name></project>",
                "application/xml",
                false,
                false));
        out.add(new Bad(
                "content-type",
                "POST",
                "/api/projects",
                "name=A&municipality=L",
                "application/x-www-form-urlencoded",
                false,
                false));
        String huge = JsonHttp.json(Map.of("focus", "PROCES", "text", "y".repeat(300_000)));
        out.add(new Bad(
                "oversized", "POST", "/api/projects/" + project + "/insights", huge, "application/json", false, false));
        out.add(new Bad(
                "oversized", "POST", "/api/projects/" + project + "/insights", huge, "application/json", true, false));
        out.add(new Bad(
                "oversized",
                "POST",
                "/api/projects",
                JsonHttp.json(Map.of(
                        "name",
                        "A",
                        "municipality",
                        "L",
                        "area",
                        "ANDET",
                        "startedOn",
                        "2020-01-01",
                        "purpose",
                        "z".repeat(300_000))),
                "application/json",
                true,
                false));
        out.add(new Bad(
                "oversized", "POST", "/api/projects", " ".repeat(400_000) + start, "application/json", false, false));
        for (String json : List.of(
                "{\"name\":\"A\",",
                "{\"name\":\"A\",}",
                "{'name':'A'}",
                "{name:\"A\"}",
                "[]",
                "\"tekst\"",
                "null",
                "42",
                "{\"name\":\"A\"} {\"name\":\"B\"}",
                "{\"openness\":NaN}",
                "{\"name\":\"A\" /* kommentar */}",
                "\uFEFF{\"name\":\"A\"}",
                "{\"name\":\"\\uZZZZ\"}",
                "{\"name\":\"A\"]",
                "}",
                "{{}}",
                "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}",
                "{\"name\":\"\u0001\"}",
                "{\"name\":\"A\"",
                "")) {
            out.add(write("malformed-json", "/api/projects", json));
            out.add(write("malformed-json", "/api/projects/" + project + "/engagements", json));
        }
        // Unpaired UTF-16 surrogates, written as JSON escapes (review 8a: "a\ud800b" was stored and broke the
        // project's timeline JSON for strict parsers).
        for (String text : List.of("a\\ud800b", "a\\udc00b", "\\udc00\\ud800", "slut\\ud83d")) {
            out.add(write(
                    "lone-surrogate",
                    "/api/projects/" + project + "/insights",
                    "{\"focus\":\"PROCES\",\"text\":\"" + text + "\"}"));
            out.add(write(
                    "lone-surrogate",
                    "/api/projects",
                    "{\"name\":\"" + text
                            + "\",\"municipality\":\"L\",\"area\":\"ANDET\",\"startedOn\":\"2020-01-01\"}"));
        }
        for (String method : List.of("PUT", "PATCH", "DELETE")) {
            out.add(new Bad(
                    "wrong-method",
                    method,
                    "/api/projects/" + project + "/insights",
                    insight,
                    "application/json",
                    false,
                    false));
            out.add(new Bad(
                    "wrong-method",
                    method,
                    "/api/projects/" + project + "/engagements",
                    insight,
                    "application/json",
                    false,
                    false));
        }
        out.add(new Bad("wrong-method", "DELETE", "/api/projects/" + project, null, null, false, false));
        out.add(write("bad-id", "/api/projects/" + project + "/unknown-command", insight));
    }

    private static void reads(String project, List<Bad> out) {
        List<String> views = List.of("roles", "phases", "engagements", "timeline", "typology", "events");
        List<String> parameters = List.of(
                "asOf=i-går",
                "asOf=2020-02-30",
                "asOf=+999999999-12-31",
                "asOf=-999999999-01-01",
                "knownAt=igår",
                "knownAt=2020-01-01",
                "knownAt=" + enc(SQL.get(0)),
                "asOf=" + enc(SQL.get(1)),
                "asOf=" + enc(LONG),
                "asOf=2020-01-01&knownAt=+999999999-12-31T23:59:59Z");
        for (String view : views) {
            for (String parameter : parameters) {
                out.add(new Bad(
                        "read-parameter",
                        "GET",
                        "/api/projects/" + project + "/" + view + "?" + parameter,
                        null,
                        null,
                        false,
                        true));
            }
            out.add(new Bad("bad-id", "GET", "/api/projects/" + UNKNOWN_ID + "/" + view, null, null, false, true));
            out.add(new Bad("sql", "GET", "/api/projects/" + enc(SQL.get(0)) + "/" + view, null, null, false, true));
        }
        for (String model :
                List.of("../../etc/passwd", "..%2F..%2Fapplication", enc(MARKUP.get(0)), enc(LONG), "%00")) {
            out.add(new Bad(
                    "read-parameter",
                    "GET",
                    "/api/projects/" + project + "/typology?model=" + model,
                    null,
                    null,
                    false,
                    true));
        }
        for (String format : List.of("xml", enc(SQL.get(0)), "csv%00")) {
            out.add(new Bad(
                    "read-parameter",
                    "GET",
                    "/api/projects/" + project + "/events?format=" + format,
                    null,
                    null,
                    false,
                    true));
        }
    }

    private Answer send(Bad bad) {
        HttpRequest.BodyPublisher body;
        if (bad.body() == null) {
            body = HttpRequest.BodyPublishers.noBody();
        } else if (bad.chunked()) {
            byte[] bytes = bad.body().getBytes(StandardCharsets.UTF_8);
            body = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
        } else {
            body = HttpRequest.BodyPublishers.ofString(bad.body());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + bad.path()))
                .timeout(Duration.ofSeconds(30))
                .method(bad.method(), body)
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((TestUsers.LEADER + ":" + TestUsers.PASSWORD)
                                                .getBytes(StandardCharsets.UTF_8)));
        if (bad.contentType() != null) {
            request.header("Content-Type", bad.contentType());
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    bad,
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            return new Answer(bad, -1, "", "transport failure: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static boolean isRefusedByTomcat(Bad bad) {
        int query = bad.path().indexOf('?');
        String path = (query < 0 ? bad.path() : bad.path().substring(0, query)).toUpperCase();
        return path.contains("%2F") || path.contains("%00") || bad.path().length() > 8000;
    }

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    private static Bad write(String category, String path, Object body) {
        return new Bad(
                category,
                "POST",
                path,
                body instanceof String s ? s : JsonHttp.json(body),
                "application/json",
                false,
                false);
    }

    private static Map<String, Object> body(Consumer<Map<String, Object>> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        fields.accept(body);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> valid, String field, Object value) {
        Map<String, Object> body = new LinkedHashMap<>(valid);
        body.put(field, value);
        return body;
    }

    private static Map<String, Object> without(Map<String, Object> valid, String field) {
        Map<String, Object> body = new LinkedHashMap<>(valid);
        body.remove(field);
        return body;
    }

    /** The body with a literal JSON number (or other token) that a Map cannot express. */
    private static String rawNumber(Map<String, Object> valid, String field, String literal) {
        String marker = "\"@@" + field + "@@\"";
        return JsonHttp.json(with(valid, field, "@@" + field + "@@")).replace(marker, literal);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String describe(Answer answer) {
        Bad bad = answer.request();
        String body = bad.body() == null ? "" : bad.body();
        return bad.category() + " " + bad.method() + " " + bad.path() + " "
                + (body.length() > 160 ? body.substring(0, 160) + "…" : body)
                + " -> " + answer.status() + " " + answer.contentType() + " "
                + (answer.body().length() > 300 ? answer.body().substring(0, 300) + "…" : answer.body());
    }
}
