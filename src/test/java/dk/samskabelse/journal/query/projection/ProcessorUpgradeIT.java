package dk.samskabelse.journal.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.JournalApplication;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.StartProject;
import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.query.rebuild.ProjectionRebuilder;
import dk.samskabelse.journal.support.RandomJournal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of a journal from before issue 14, with the six processing groups' tokens, is upgraded at start to
 * the one group "projections": nothing is projected twice and nothing is missed. The old state is made by running
 * the journal and then renaming its token rows to the six old groups' names (as the old journal left them).
 */
class ProcessorUpgradeIT {

    private static final Duration WAIT = Duration.ofMinutes(2);

    @TempDir
    Path dataDir;

    /** The command-line arguments of a journal on a fresh database; the same for every start of one test. */
    List<String> database() {
        return List.of("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("journal")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
    }

    /** Direct access to that database while no journal runs on it. */
    JdbcTemplate jdbc() {
        String url = database().get(0).substring("--spring.datasource.url=".length());
        return new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
    }

    @Test
    void evenTokensAreTakenOverNothingProjectedTwiceNothingMissed() {
        Map<String, List<String>> before;
        try (ConfigurableApplicationContext first = start()) {
            RandomJournal.send(first.getBean(CommandGateway.class), 14L, 400, LocalDate.of(2026, 12, 5));
            caughtUp(first);
            before = dump(first.getBean(JdbcTemplate.class));
        }
        Map<Integer, String> tokens = tokens(jdbc(), ProjectionGroups.PROJECTIONS);
        assertThat(tokens).hasSize(2);
        asTheOldJournalLeftIt(jdbc(), ProjectionGroups.PROJECTIONS, ProjectionGroups.LEGACY);

        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(ProcessorUpgrade.class).outcome())
                    .isEqualTo(ProcessorUpgrade.Outcome.TOOK_OVER_TOKENS);
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            caughtUp(second);
            assertThat(processorNames(jdbc)).containsExactly(ProjectionGroups.PROJECTIONS);
            assertThat(tokens(jdbc, ProjectionGroups.PROJECTIONS))
                    .as("went on from the old tokens")
                    .isEqualTo(tokens);
            assertThat(deadLetters(jdbc))
                    .as("nothing projected twice (a second row would be parked)")
                    .isZero();
            assertThat(dump(jdbc)).as("no row added, changed or lost").isEqualTo(before);

            String projectId = newProject(second);
            caughtUp(second);
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM proj_project_summary WHERE project_id = ?", Integer.class, projectId))
                    .as("an event after the upgrade is projected")
                    .isEqualTo(1);
            assertThat(deadLetters(jdbc)).isZero();
            assertEqualToAFreshReplay(second);
        }
    }

    @Test
    void unevenTokensRebuildEveryProjectionFromTheEventStore() {
        Map<String, List<String>> before;
        try (ConfigurableApplicationContext first = start()) {
            CommandGateway commands = first.getBean(CommandGateway.class);
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            RandomJournal.send(commands, 15L, 150, LocalDate.of(2026, 12, 5));
            caughtUp(first);
            // Where one of the old groups stopped: behind the others.
            jdbc.update(
                    "INSERT INTO token_entry (processor_name, segment, token, token_type, timestamp, owner) "
                            + "SELECT 'behind', segment, token, token_type, timestamp, NULL FROM token_entry "
                            + "WHERE processor_name = ?",
                    ProjectionGroups.PROJECTIONS);
            RandomJournal.send(commands, 16L, 250, LocalDate.of(2026, 12, 5));
            caughtUp(first);
            before = dump(jdbc);
        }
        JdbcTemplate old = jdbc();
        List<String> even = ProjectionGroups.LEGACY.stream()
                .filter(group -> !group.equals("roles"))
                .toList();
        asTheOldJournalLeftIt(old, ProjectionGroups.PROJECTIONS, even);
        asTheOldJournalLeftIt(old, "behind", List.of("roles"));
        // The rows of a group that stood behind miss events; the rebuild must bring them back.
        old.update("DELETE FROM proj_timeline_entry WHERE entry_id IN "
                + "(SELECT entry_id FROM proj_timeline_entry ORDER BY entry_id FETCH FIRST 10 ROWS ONLY)");

        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(ProcessorUpgrade.class).outcome()).isEqualTo(ProcessorUpgrade.Outcome.REBUILD);
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            caughtUp(second);
            assertThat(processorNames(jdbc)).containsExactly(ProjectionGroups.PROJECTIONS);
            assertThat(deadLetters(jdbc)).isZero();
            assertThat(dump(jdbc))
                    .as("rebuilt: every row of the live projections, once")
                    .isEqualTo(before);
            assertEqualToAFreshReplay(second);
        }
    }

    @Test
    void parkedEventsOfTheOldGroupsRebuildEveryProjectionAndTheirDeadLettersGo() {
        Map<String, List<String>> before;
        try (ConfigurableApplicationContext first = start()) {
            RandomJournal.send(first.getBean(CommandGateway.class), 17L, 300, LocalDate.of(2026, 12, 5));
            caughtUp(first);
            before = dump(first.getBean(JdbcTemplate.class));
        }
        JdbcTemplate old = jdbc();
        asTheOldJournalLeftIt(old, ProjectionGroups.PROJECTIONS, ProjectionGroups.LEGACY);
        // The old engagements processor had parked an engagement: that project's engagements were held back.
        String project = old.queryForObject(
                "SELECT aggregate_identifier FROM domain_event_entry "
                        + "WHERE payload_type LIKE '%EngagementRecorded' ORDER BY global_index DESC FETCH FIRST 1 ROWS ONLY",
                String.class);
        old.update(
                "INSERT INTO dead_letter_entry (dead_letter_id, processing_group, sequence_identifier, "
                        + "sequence_index, message_type, event_identifier, time_stamp, payload_type, payload_revision, "
                        + "payload, meta_data, type, aggregate_identifier, sequence_number, enqueued_at) "
                        + "SELECT event_identifier, 'engagements', aggregate_identifier, 0, 'DomainEventMessage', "
                        + "event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data, type, "
                        + "aggregate_identifier, sequence_number, CURRENT_TIMESTAMP FROM domain_event_entry "
                        + "WHERE aggregate_identifier = ? AND payload_type LIKE '%EngagementRecorded' "
                        + "ORDER BY sequence_number FETCH FIRST 1 ROWS ONLY",
                project);
        assertThat(old.update("DELETE FROM proj_engagement WHERE project_id = ?", project))
                .isPositive();

        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(ProcessorUpgrade.class).outcome()).isEqualTo(ProcessorUpgrade.Outcome.REBUILD);
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            caughtUp(second);
            assertThat(processorNames(jdbc)).containsExactly(ProjectionGroups.PROJECTIONS);
            assertThat(deadLetters(jdbc))
                    .as("the old dead letter is gone, and the replay parked nothing")
                    .isZero();
            assertThat(dump(jdbc))
                    .as("rebuilt: the held-back engagements are back")
                    .isEqualTo(before);
        }
    }

    private ConfigurableApplicationContext start() {
        List<String> arguments = new ArrayList<>(database());
        arguments.add("--server.port=0");
        return new SpringApplicationBuilder(JournalApplication.class).run(arguments.toArray(String[]::new));
    }

    /** Each row of {@code from} copied to every one of {@code groups}, and {@code from} removed. */
    private static void asTheOldJournalLeftIt(JdbcTemplate jdbc, String from, List<String> groups) {
        for (String group : groups) {
            jdbc.update(
                    "INSERT INTO token_entry (processor_name, segment, token, token_type, timestamp, owner) "
                            + "SELECT ?, segment, token, token_type, timestamp, NULL FROM token_entry "
                            + "WHERE processor_name = ?",
                    group,
                    from);
        }
        jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", from);
    }

    private static void caughtUp(ConfigurableApplicationContext context) {
        ProjectionProcessors processors = context.getBean(ProjectionProcessors.class);
        assertThat(processors.awaitCaughtUp(WAIT))
                .as(() -> "caught up: " + processors.progress())
                .isTrue();
    }

    private static String newProject(ConfigurableApplicationContext context) {
        String projectId = UUID.randomUUID().toString();
        context.getBean(CommandGateway.class)
                .sendAndWait(new StartProject(
                        projectId,
                        UUID.randomUUID().toString(),
                        "Efter opgraderingen",
                        "Lejre",
                        Area.KULTUR_OG_FRITID,
                        "Et formål",
                        LocalDate.of(2026, 12, 1)));
        return projectId;
    }

    private static void assertEqualToAFreshReplay(ConfigurableApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Map<String, List<String>> live = dump(jdbc);
        context.getBean(ProjectionRebuilder.class).rebuildAndWait(WAIT);
        assertThat(dump(jdbc)).as("equal to a fresh replay of the event store").isEqualTo(live);
        assertThat(deadLetters(jdbc)).isZero();
    }

    private static List<String> processorNames(JdbcTemplate jdbc) {
        return jdbc.queryForList(
                "SELECT DISTINCT processor_name FROM token_entry WHERE processor_name NOT LIKE '\\_\\_%' "
                        + "ORDER BY 1",
                String.class);
    }

    private static Map<Integer, String> tokens(JdbcTemplate jdbc, String group) {
        Map<Integer, String> tokens = new LinkedHashMap<>();
        jdbc.query(
                "SELECT segment, token FROM token_entry WHERE processor_name = ? ORDER BY segment",
                rs -> {
                    byte[] token = rs.getBytes(2);
                    // A segment that met no event of its own yet may keep the null token it started with.
                    tokens.put(
                            rs.getInt(1),
                            token == null ? "none" : HexFormat.of().formatHex(token));
                },
                group);
        return tokens;
    }

    private static int deadLetters(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT count(*) FROM dead_letter_entry", Integer.class);
    }

    /** Every proj_* table, its rows sorted. */
    private static Map<String, List<String>> dump(JdbcTemplate jdbc) {
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
        assertThat(dump).isNotEmpty();
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
}
