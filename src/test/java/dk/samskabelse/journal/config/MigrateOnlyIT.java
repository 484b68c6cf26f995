package dk.samskabelse.journal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dk.samskabelse.journal.JournalApplication;
import dk.samskabelse.journal.support.PostgresTestDatabase;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Review 2026-12-04 (ops follow-up): the long-running journal held the schema owner's password because it migrated
 * at start-up. Now a migration step (JOURNAL_MIGRATE_ONLY=true) migrates and exits without a web server or Axon, and
 * the journal with journal.db.migrate=false only validates, refusing to start on a schema that was not migrated.
 */
class MigrateOnlyIT {

    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @Test
    void theMigrationStepMigratesAndExitsWithoutStartingTheJournal(@TempDir Path directory) throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("journal") + H2_OPTIONS;
        int port = freePort();
        Path output = directory.resolve("migrate.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                JournalApplication.class.getName(),
                "--spring.datasource.url=" + url,
                "--server.port=" + port));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("JOURNAL_MIGRATE_ONLY", "true");
        builder.environment().put("JOURNAL_DEMO", "true");

        Process migration = builder.start();
        boolean exited = migration.waitFor(120, TimeUnit.SECONDS);
        if (!exited) {
            migration.destroyForcibly();
        }
        String log = Files.readString(output);

        assertThat(exited).as(log).isTrue();
        assertThat(migration.exitValue()).as(log).isZero();
        assertThat(log)
                .contains("Started MigrateOnly")
                .contains("Migration step done: the schema is at version")
                .doesNotContain("Tomcat")
                .doesNotContain("Started JournalApplication")
                .doesNotContain("Demo mode: sign in");
        JdbcTemplate database = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
        assertThat(database.queryForObject(
                        "SELECT count(*) FROM flyway_schema_history WHERE NOT success", Integer.class))
                .isZero();
        PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
        int migrations = resources.getResources("classpath:db/migration/V*.sql").length
                + resources.getResources("classpath:db/vendor/h2/V*.sql").length;
        assertThat(database.queryForObject(
                        "SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL", Integer.class))
                .as("every migration applied")
                .isEqualTo(migrations)
                .isPositive();
        assertThat(database.queryForObject("SELECT count(*) FROM token_entry", Integer.class))
                .as("no event processor claimed a token")
                .isZero();
        assertThat(database.queryForObject("SELECT count(*) FROM domain_event_entry", Integer.class))
                .as("no demo data")
                .isZero();
        assertThat(database.queryForObject("SELECT count(*) FROM journal_user", Integer.class))
                .as("no users set up")
                .isZero();
    }

    @Test
    void theMigrationContextHoldsNeitherAWebServerNorAxon() {
        try (ConfigurableApplicationContext migration =
                MigrateOnly.start("--spring.datasource.url=jdbc:h2:mem:migrate-context" + H2_OPTIONS)) {
            assertThat(migration).isNotInstanceOf(WebServerApplicationContext.class);
            assertThat(migration.getBeanNamesForType(org.axonframework.config.Configuration.class))
                    .isEmpty();
            assertThat(migration.getBeanNamesForType(org.axonframework.eventhandling.EventProcessor.class))
                    .isEmpty();
        }
    }

    @Test
    void withMigrateFalseTheJournalRefusesAnUnmigratedSchemaAndStartsOnAMigratedOne() {
        String unmigrated = "--spring.datasource.url=jdbc:h2:mem:validate-empty" + H2_OPTIONS;
        Throwable refused = catchThrowable(() -> journal(unmigrated).close());
        assertThat(refused).hasStackTraceContaining("run the migration step first");

        String migrated = "--spring.datasource.url=jdbc:h2:mem:validate-migrated;DB_CLOSE_DELAY=-1" + H2_OPTIONS;
        assertThat(MigrateOnly.run(migrated)).isZero();
        try (ConfigurableApplicationContext journal = journal(migrated)) {
            assertThat(journal.getBean(MigrationValidation.class)).isNotNull();
            assertThat(journal.getEnvironment().getProperty("local.server.port"))
                    .isNotBlank();
        }
    }

    /**
     * As in production (with .ci/run's two roles): the migration step as the owner, then the journal as the
     * application role alone, which may only read Flyway's history.
     */
    @Test
    @EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+")
    void onPostgresTheOwnerMigratesAndTheApplicationRoleAloneStartsTheJournal() {
        String url = PostgresTestDatabase.freshSchemaUrl("migrate_only");
        List<String> migrationStep = new ArrayList<>(PostgresTestDatabase.arguments(url));
        migrationStep.add("--journal.migrate-only=true");
        assertThat(MigrateOnly.run(migrationStep.toArray(String[]::new))).isZero();

        try (ConfigurableApplicationContext journal = journal(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresTestDatabase.user(),
                "--spring.datasource.password=" + PostgresTestDatabase.password(),
                "--journal.db.owner=",
                "--journal.db.owner-password=")) {
            assertThat(journal.getBean(JdbcTemplate.class).queryForObject("SELECT current_user", String.class))
                    .isEqualTo(PostgresTestDatabase.user());
        }
    }

    private static ConfigurableApplicationContext journal(String... datasource) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--journal.db.migrate=false",
                "--journal.demo=false",
                "--journal.admin-password=ein-langes-passwort"));
        arguments.addAll(List.of(datasource));
        return new SpringApplicationBuilder(JournalApplication.class).run(arguments.toArray(String[]::new));
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
