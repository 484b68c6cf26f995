package dk.samskabelse.journal.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samskabelse.journal.query.project.ActorNames;
import dk.samskabelse.journal.query.projection.ProjectionGroups;
import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.query.rebuild.ProjectionRebuilder;
import dk.samskabelse.journal.query.rebuild.RebuildProgress;
import dk.samskabelse.journal.support.Browser;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.PrivacyScenario;
import dk.samskabelse.journal.support.TestUsers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The right to be forgotten, end to end (the erasure test; docs/domain.md "Personal data"). Actors are
 * registered with unique marker strings in name, organisation and contact, entries are recorded and read
 * (views, exports, research export, access reports), some actors are erased, and then every column of every
 * table of the schema is dumped (binary columns decoded as UTF-8) and searched for the markers: none of an
 * erased actor may be left, those of the kept actors must still be there. The projections are then rebuilt
 * from the event store: the same number of events, and every view shows "Slettet aktør" for the erased. No
 * marker may appear in the application's log output at any time. Entries are recorded by a project leader, the
 * research views are read by a researcher on the released projects, erasures, reports and administration pages
 * are the administrator's.
 */
@JournalIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ErasureIT {

    /** An actor of the test, whether it is erased, and the markers that stand for its personal data. */
    record Subject(String label, PrivacyScenario.Actor actor, String projectId, boolean erased) {}

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ProjectionProcessors processors;

    @Autowired
    ProjectionRebuilder rebuilder;

    /** The administrator, signed in through the login form, for the web journal's pages. */
    Browser browser;

    @Test
    void erased_personal_data_is_gone_from_every_table_and_the_history_still_rebuilds(CapturedOutput output)
            throws Exception {
        JsonHttp http = TestUsers.projectLeader(port);
        JsonHttp admin = TestUsers.admin(port);
        JsonHttp researcher = TestUsers.user(port, "sletning-forsker", "FORSKER");
        browser = new Browser(port);
        assertThat(browser.login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
        PrivacyScenario first = PrivacyScenario.create(http, "Sletning A");
        PrivacyScenario second = PrivacyScenario.create(http, "Sletning B");
        PrivacyScenario closed = PrivacyScenario.create(http, "Sletning C (lukket)");
        PrivacyScenario.Actor retracted = retractedActor(http, first);
        assertThat(http.post(closed.path("/closure"), "{}").status()).isEqualTo(201);
        for (PrivacyScenario scenario : List.of(first, second, closed)) {
            assertThat(admin.send("PUT", "/api/admin/projects/" + scenario.projectId + "/research-release", null, null)
                            .status())
                    .isEqualTo(204);
        }
        List<Subject> subjects = List.of(
                new Subject("A borger (withdrawn)", first.citizen, first.projectId, true),
                new Subject("A medarbejder", first.staff, first.projectId, false),
                new Subject("A registration retracted", retracted, first.projectId, true),
                new Subject("B borger", second.citizen, second.projectId, false),
                new Subject("B medarbejder", second.staff, second.projectId, false),
                new Subject("C borger (closed project)", closed.citizen, closed.projectId, true),
                new Subject("C medarbejder (closed project)", closed.staff, closed.projectId, true));
        awaitProjections();
        readEverything(http, researcher, admin, subjects);

        Map<String, Map<String, Integer>> before = markerCounts(subjects);
        for (Subject subject : subjects) {
            assertThat(total(before, subject)).as("before: " + subject.label()).isPositive();
        }

        for (Subject subject : subjects.stream().filter(Subject::erased).toList()) {
            JsonHttp.Response erased = admin.send(
                    "DELETE",
                    "/api/projects/" + subject.projectId() + "/actors/"
                            + subject.actor().actorId() + "/personal-data",
                    null,
                    null);
            assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        }
        awaitProjections();
        readEverything(http, researcher, admin, subjects);

        Map<String, Map<String, Integer>> after = markerCounts(subjects);
        long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        RebuildProgress rebuild = rebuilder.rebuildAndWait(Duration.ofMinutes(2));
        Map<String, Map<String, Integer>> afterRebuild = markerCounts(subjects);
        print(subjects, before, after, afterRebuild, events, rebuild);

        for (Subject subject : subjects) {
            if (subject.erased()) {
                assertThat(after.get(subject.label()))
                        .as("after erasure: " + subject.label())
                        .isEmpty();
                assertThat(afterRebuild.get(subject.label()))
                        .as("after rebuild: " + subject.label())
                        .isEmpty();
            } else {
                assertThat(total(after, subject)).as("kept: " + subject.label()).isEqualTo(total(before, subject));
                assertThat(total(afterRebuild, subject))
                        .as("kept: " + subject.label())
                        .isPositive();
            }
        }

        // The history rebuilds from the same events, and every view shows "Slettet aktør" for the erased.
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class))
                .isEqualTo(events);
        assertThat(rebuild.eventsTotal()).isEqualTo(events * ProjectionGroups.ALL.size());
        assertThat(rebuild.eventsDone()).isEqualTo(rebuild.eventsTotal());
        for (Subject subject : subjects) {
            String shown =
                    subject.erased() ? ActorNames.ERASED : subject.actor().name();
            if (!subject.actor().equals(retracted)) {
                assertThat(roleNames(http, subject.projectId()))
                        .as(subject.label())
                        .containsEntry(subject.actor().actorId(), shown);
            }
            String journal = page("/projekter/" + subject.projectId());
            if (subject.erased()) {
                assertThat(journal).doesNotContain(subject.actor().name());
            }
        }
        assertThat(page("/projekter/" + first.projectId)).contains(ActorNames.ERASED);

        String logs = output.getAll();
        for (Subject subject : subjects) {
            for (String marker : subject.actor().markers()) {
                assertThat(logs).as("application log output").doesNotContain(marker);
            }
        }
    }

    /** An actor in the first project whose registration is retracted: its register row holds data all the same. */
    private static PrivacyScenario.Actor retractedActor(JsonHttp http, PrivacyScenario scenario) {
        String tag = scenario.citizen.name().substring(scenario.citizen.name().lastIndexOf('-') + 1);
        PrivacyScenario.Actor actor =
                new PrivacyScenario.Actor(null, "Navn-fejl-" + tag, "Org-fejl-" + tag, "fejl-" + tag + "@example.dk");
        JsonHttp.Response registered = http.post(
                scenario.path("/actors"),
                JsonHttp.json(Map.of(
                        "kind",
                        "FORENING",
                        "name",
                        actor.name(),
                        "role",
                        "RESSOURCEPERSON",
                        "joinedOn",
                        "2020-01-05",
                        "organisation",
                        actor.organisation(),
                        "contact",
                        actor.contact())));
        assertThat(registered.status()).isEqualTo(201);
        JsonHttp.Response retraction = http.post(
                scenario.path("/retractions"),
                JsonHttp.json(Map.of("entryId", registered.text("entryId"), "reason", "Registreret ved en fejl")));
        assertThat(retraction.status()).as(retraction.body()).isEqualTo(201);
        return new PrivacyScenario.Actor(
                registered.text("actorId"), actor.name(), actor.organisation(), actor.contact());
    }

    /** Every kind of read, so that whatever the journal writes while reading is in the dump too. */
    private void readEverything(JsonHttp http, JsonHttp researcher, JsonHttp admin, List<Subject> subjects)
            throws Exception {
        for (String projectId :
                subjects.stream().map(Subject::projectId).distinct().toList()) {
            for (String view : List.of(
                    "/timeline",
                    "/roles",
                    "/phases",
                    "/engagements",
                    "/typology",
                    "/events",
                    "/events?format=csv",
                    "/roles?asOf=2020-03-01")) {
                assertThat(http.get("/api/projects/" + projectId + view).status())
                        .as(view)
                        .isEqualTo(200);
                assertThat(researcher
                                .get("/api/research/projects/" + projectId + view)
                                .status())
                        .as(view)
                        .isEqualTo(200);
            }
            page("/projekter/" + projectId);
            page("/admin/personoplysninger?projekt=" + projectId);
        }
        for (Subject subject : subjects) {
            assertThat(admin.get("/api/admin/actors/" + subject.actor().actorId() + "/report?projectId="
                                    + subject.projectId())
                            .status())
                    .isEqualTo(200);
            page("/admin/personoplysninger/" + subject.projectId() + "/"
                    + subject.actor().actorId());
        }
    }

    /** Per subject, per table: how often any of its markers occurs (tables without a hit are left out). */
    private Map<String, Map<String, Integer>> markerCounts(List<Subject> subjects) throws SQLException {
        Map<String, List<String>> dump = dumpAllTables();
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (Subject subject : subjects) {
            Map<String, Integer> perTable = new TreeMap<>();
            dump.forEach((table, cells) -> {
                int hits = 0;
                for (String cell : cells) {
                    for (String marker : subject.actor().markers()) {
                        hits += occurrences(cell, marker);
                    }
                }
                if (hits > 0) {
                    perTable.put(table, hits);
                }
            });
            counts.put(subject.label(), perTable);
        }
        return counts;
    }

    /** Every cell of every table of the journal's schema, as text; binary values decoded as UTF-8. */
    private Map<String, List<String>> dumpAllTables() throws SQLException {
        Map<String, List<String>> dump = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            String schema = connection.getSchema();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertThat(tables)
                    .as("tables of schema " + schema)
                    .contains(
                            "actor_personal_data",
                            "domain_event_entry",
                            "proj_timeline_entry",
                            "access_log",
                            "token_entry",
                            "dead_letter_entry",
                            "snapshot_event_entry");
            for (String table : tables) {
                List<String> cells = new ArrayList<>();
                try (Statement statement = connection.createStatement();
                        ResultSet rs = statement.executeQuery("SELECT * FROM " + schema + "." + table)) {
                    ResultSetMetaData columns = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            cells.add(text(rs.getObject(i)));
                        }
                    }
                }
                dump.put(table, cells);
            }
        }
        return dump;
    }

    private static String text(Object value) throws SQLException {
        if (value == null) {
            return "";
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (value instanceof Blob blob) {
            return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8);
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return value.toString();
    }

    private static int occurrences(String text, String marker) {
        int count = 0;
        for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length())) {
            count++;
        }
        return count;
    }

    private static int total(Map<String, Map<String, Integer>> counts, Subject subject) {
        return counts.get(subject.label()).values().stream()
                .mapToInt(Integer::intValue)
                .sum();
    }

    private void print(
            List<Subject> subjects,
            Map<String, Map<String, Integer>> before,
            Map<String, Map<String, Integer>> after,
            Map<String, Map<String, Integer>> afterRebuild,
            long events,
            RebuildProgress rebuild)
            throws SQLException {
        String database;
        try (Connection connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName();
        }
        StringBuilder report = new StringBuilder("\nErasure marker counts on ")
                .append(database)
                .append(" (name, organisation and contact markers, every column of every table):\n");
        report.append(String.format(
                "  %-34s %-7s %-40s %-28s %s%n", "actor", "erased", "before", "after erasure", "after rebuild"));
        for (Subject subject : subjects) {
            report.append(String.format(
                    "  %-34s %-7s %-40s %-28s %s%n",
                    subject.label(),
                    subject.erased(),
                    describe(before.get(subject.label())),
                    describe(after.get(subject.label())),
                    describe(afterRebuild.get(subject.label()))));
        }
        report.append("  events in the store: ")
                .append(events)
                .append(" before and ")
                .append(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class))
                .append(" after the rebuild; rebuilt ")
                .append(rebuild.eventsDone())
                .append(" of ")
                .append(rebuild.eventsTotal())
                .append(" (events x ")
                .append(ProjectionGroups.ALL.size())
                .append(" processors)\n");
        System.out.println(report);
    }

    private static String describe(Map<String, Integer> perTable) {
        int total = perTable.values().stream().mapToInt(Integer::intValue).sum();
        return total
                + (perTable.isEmpty()
                        ? ""
                        : " "
                                + perTable.entrySet().stream()
                                        .map(e -> e.getKey() + "=" + e.getValue())
                                        .collect(Collectors.joining(",", "(", ")")));
    }

    private void awaitProjections() {
        assertThat(processors.awaitCaughtUp(Duration.ofSeconds(60)))
                .as(() -> "projections caught up: " + processors.progress())
                .isTrue();
    }

    private static Map<String, String> roleNames(JsonHttp http, String projectId) {
        JsonNode roles = http.get("/api/projects/" + projectId + "/roles").json();
        Map<String, String> names = new LinkedHashMap<>();
        roles.path("actors")
                .forEach(a ->
                        names.put(a.path("actorId").asText(), a.path("name").asText()));
        return names;
    }

    /** A page of the web journal as the signed-in administrator's browser asks for it. */
    private String page(String path) {
        HttpResponse<String> response = browser.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
