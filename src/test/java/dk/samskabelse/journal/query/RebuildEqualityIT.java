package dk.samskabelse.journal.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.StartProject;
import dk.samskabelse.journal.query.rebuild.OfflineRebuild;
import dk.samskabelse.journal.query.rebuild.ProcessorProgress;
import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.query.rebuild.ProjectionRebuilder;
import dk.samskabelse.journal.query.rebuild.RebuildProgress;
import dk.samskabelse.journal.support.RandomJournal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A rebuild gives exactly the projections the live processors built. A long random but valid journal (several
 * projects, every kind of entry, backdating, steps back, retractions of every retractable kind) is sent
 * through the command gateway; when every projection has caught up, every proj_* table is dumped row by row,
 * all projections are rebuilt from the event store, and the tables are dumped again and compared.
 *
 * <p>Size: {@code -Djournal.test.random-events=N} (default 5000; the pom passes it to failsafe). The seed is
 * random and logged; {@code -Djournal.test.seed=S} repeats a run exactly.
 */
@SpringBootTest(
        properties =
                "spring.datasource.url=jdbc:h2:mem:rebuild-equality;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RebuildEqualityIT {

    private static final Logger log = LoggerFactory.getLogger(RebuildEqualityIT.class);

    static final int DEFAULT_EVENTS = 5000;
    /** Below this many events a rebuild may well finish between two polls; progress is then only reported. */
    static final int EVENTS_TO_OBSERVE_PROGRESS = 2000;

    @Autowired
    CommandGateway commands;

    @Autowired
    ProjectionProcessors processors;

    @Autowired
    ProjectionRebuilder rebuilder;

    @Autowired
    OfflineRebuild offlineRebuild;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void rebuildGivesTheSameRowsAsTheLiveProjections() throws Exception {
        int events = Integer.getInteger("journal.test.random-events", DEFAULT_EVENTS);
        String seedProperty = System.getProperty("journal.test.seed", "");
        long seed = seedProperty.isBlank() ? System.nanoTime() : Long.parseLong(seedProperty.strip());
        String database = databaseName();
        log.info(
                "RebuildEqualityIT on {}: seed {}, {} events (repeat with -Djournal.test.seed={} "
                        + "-Djournal.test.random-events={})",
                database,
                seed,
                events,
                seed,
                events);
        System.out.println("RebuildEqualityIT seed=" + seed + " events=" + events + " database=" + database);

        long sendStart = System.nanoTime();
        RandomJournal.Summary scenario;
        try {
            scenario = RandomJournal.send(commands, seed, events, LocalDate.now(clock));
        } catch (RuntimeException e) {
            throw new AssertionError("The random journal (seed " + seed + ") sent a command the journal refused", e);
        }
        double sendSeconds = seconds(sendStart);
        log.info(
                "Sent {} events over {} projects in {} s: {}; retracted {}; {} backdated engagements, {} steps "
                        + "back, {} projects closed",
                scenario.events(),
                scenario.projectIds().size(),
                round(sendSeconds),
                scenario.eventTypes(),
                scenario.retracted(),
                scenario.backdatedEngagements(),
                scenario.phaseStepsBack(),
                scenario.closedProjects());

        assertThat(scenario.events()).isEqualTo(events);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class))
                .isEqualTo(events);
        if (events >= EVENTS_TO_OBSERVE_PROGRESS) {
            // The scenario is only worth something if it exercised every kind of entry and every kind of correction.
            assertThat(scenario.eventTypes().keySet())
                    .as("event types, seed " + seed)
                    .containsExactlyInAnyOrder(
                            "ProjectStarted",
                            "ProjectClarified",
                            "TypologyDeclared",
                            "ActorRegistered",
                            "RoleShifted",
                            "EngagementRecorded",
                            "PhaseChanged",
                            "CourseCorrected",
                            "InsightRecorded",
                            "ActorWithdrawn",
                            "EntryRetracted",
                            "ProjectClosed");
            assertThat(scenario.retracted().keySet())
                    .as("retracted types, seed " + seed)
                    .containsExactlyInAnyOrder(
                            "ProjectClarified",
                            "TypologyDeclared",
                            "ActorRegistered",
                            "RoleShifted",
                            "EngagementRecorded",
                            "PhaseChanged",
                            "CourseCorrected",
                            "InsightRecorded",
                            "ActorWithdrawn");
            assertThat(scenario.backdatedEngagements()).isPositive();
            assertThat(scenario.phaseStepsBack()).isPositive();
        }

        long catchUpStart = System.nanoTime();
        assertThat(processors.awaitCaughtUp(Duration.ofMinutes(5)))
                .as(() -> "projections caught up: " + processors.progress())
                .isTrue();
        double catchUpSeconds = seconds(catchUpStart);
        assertThat(processors.progress()).noneMatch(ProcessorProgress::error);

        Map<String, List<String>> live = dumpProjectionTables();
        assertThat(live.keySet())
                .as("projection tables")
                .contains(
                        "proj_timeline_entry",
                        "proj_project_summary",
                        "proj_actor",
                        "proj_role_interval",
                        "proj_phase_interval",
                        "proj_phase_cursor",
                        "proj_engagement",
                        "proj_declared_placement");
        // One timeline row per entry (retracted ones stay, marked), one summary per project.
        assertThat(live.get("proj_timeline_entry")).hasSize(events);
        assertThat(live.get("proj_project_summary"))
                .hasSize(scenario.projectIds().size());
        if (events >= EVENTS_TO_OBSERVE_PROGRESS) {
            assertThat(live.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());
        }

        List<RebuildProgress> samples = new CopyOnWriteArrayList<>();
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        Thread poller = new Thread(
                () -> {
                    while (rebuilding.get()) {
                        samples.add(rebuilder.progress());
                        try {
                            Thread.sleep(5);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "rebuild-progress-poller");
        long rebuildStart = System.nanoTime();
        poller.start();
        RebuildProgress done;
        try {
            done = rebuilder.rebuildAndWait(Duration.ofMinutes(5));
        } finally {
            rebuilding.set(false);
            poller.join();
        }
        double rebuildSeconds = seconds(rebuildStart);
        assertThat(done.running()).isFalse();
        assertThat(done.eventsDone()).isEqualTo(done.eventsTotal());
        assertThat(processors.progress()).noneMatch(ProcessorProgress::error);

        Map<String, List<String>> rebuilt = dumpProjectionTables();
        assertSameRows(live, rebuilt, seed);

        // The command-line rebuild reads each project once and writes its rows in one go: the same rows again.
        OfflineRebuild.Result offline = offlineRebuild.run();
        assertThat(offline.events()).isEqualTo(events);
        assertThat(offline.projects()).isEqualTo(scenario.projectIds().size());
        assertSameRows(live, dumpProjectionTables(), seed);
        // Afterwards the processors carry on from the head: a new project reaches the projections once.
        String afterwards = UUID.randomUUID().toString();
        commands.sendAndWait(new StartProject(
                afterwards,
                UUID.randomUUID().toString(),
                "Efter genopbygningen",
                "Lejre",
                Area.KULTUR_OG_FRITID,
                "Et formål",
                LocalDate.now(clock)));
        assertThat(processors.awaitCaughtUp(Duration.ofMinutes(1)))
                .as(() -> "projections caught up: " + processors.progress())
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM proj_project_summary WHERE project_id = ?", Long.class, afterwards))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM proj_timeline_entry", Long.class))
                .isEqualTo(events + 1);

        // Progress while it ran: the sum over all projections somewhere strictly between 0 and the total, and
        // one projection caught in the middle of its replay.
        boolean midway = samples.stream().anyMatch(s -> s.eventsDone() > 0 && s.eventsDone() < s.eventsTotal());
        boolean oneProjectionMidway = samples.stream()
                .flatMap(s -> s.processors().stream())
                .anyMatch(p -> p.replaying() && p.position() > 0 && p.position() < p.head());
        long head = processors.head();
        log.info(
                "RebuildEqualityIT summary: {} events ({} projects, seed {}) on {}; rows per table {}; sent in {} s, "
                        + "caught up {} s later; rebuild of {} projections {} s = {} events/s per projection "
                        + "({} events/s over all); progress samples {}, midway {}, one projection midway {}",
                events,
                scenario.projectIds().size(),
                seed,
                database,
                live.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue().size())
                        .collect(Collectors.joining(", ", "{", "}")),
                round(sendSeconds),
                round(catchUpSeconds),
                done.processors().size(),
                round(rebuildSeconds),
                Math.round(head / rebuildSeconds),
                Math.round(head * done.processors().size() / rebuildSeconds),
                samples.size(),
                midway,
                oneProjectionMidway);
        // Whether a poll lands mid-rebuild depends on the machine's load, so it is reported, not asserted; the
        // progress arithmetic itself is pinned by ProjectionRebuilderTest.
    }

    /** Every proj_* table of the current schema (found, not listed, so a new projection is covered), sorted rows. */
    private Map<String, List<String>> dumpProjectionTables() {
        List<String> tables = jdbc.queryForList(
                "SELECT lower(table_name) FROM information_schema.tables "
                        + "WHERE table_schema = current_schema() AND lower(table_name) LIKE 'proj\\_%' ORDER BY 1",
                String.class);
        Map<String, List<String>> dump = new LinkedHashMap<>();
        for (String table : tables) {
            List<String> rows = jdbc.query("SELECT * FROM " + table, (rs, n) -> row(rs));
            Collections.sort(rows);
            dump.put(table, rows);
        }
        return dump;
    }

    private static String row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = rs.getObject(i);
            row.append(i == 1 ? "" : " | ")
                    .append(meta.getColumnName(i).toLowerCase())
                    .append('=')
                    .append(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value));
        }
        return row.toString();
    }

    private static void assertSameRows(Map<String, List<String>> live, Map<String, List<String>> rebuilt, long seed) {
        assertThat(rebuilt.keySet()).isEqualTo(live.keySet());
        List<String> differences = new ArrayList<>();
        for (String table : live.keySet()) {
            if (live.get(table).equals(rebuilt.get(table))) {
                continue;
            }
            TreeSet<String> onlyLive = new TreeSet<>(live.get(table));
            rebuilt.get(table).forEach(onlyLive::remove);
            TreeSet<String> onlyRebuilt = new TreeSet<>(rebuilt.get(table));
            live.get(table).forEach(onlyRebuilt::remove);
            differences.add(table + ": " + live.get(table).size() + " rows live, "
                    + rebuilt.get(table).size() + " rebuilt\n  only live:    " + first(onlyLive) + "\n  only rebuilt: "
                    + first(onlyRebuilt));
        }
        if (!differences.isEmpty()) {
            fail("Rebuilt projections differ from the live ones (seed " + seed + "):\n"
                    + String.join("\n", differences));
        }
    }

    private static String first(TreeSet<String> rows) {
        return rows.stream()
                .limit(5)
                .collect(Collectors.joining(
                        "\n                ",
                        "",
                        rows.size() > 5 ? "\n                … and " + (rows.size() - 5) + " more" : ""));
    }

    private String databaseName() {
        return jdbc.execute((ConnectionCallback<String>)
                connection -> connection.getMetaData().getDatabaseProductName());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 100) / 100.0;
    }
}
