package dk.samskabelse.journal.config;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The migration step (journal.migrate-only=true, environment JOURNAL_MIGRATE_ONLY=true): Flyway migrates the
 * database and the process exits, 0 when the schema is up to date, 1 otherwise. It runs before the journal and is
 * the only process that needs the schema owner's credentials (JOURNAL_DB_OWNER, JOURNAL_DB_OWNER_PASSWORD); the
 * journal itself then runs with the application role alone and journal.db.migrate=false (MigrationValidation).
 * <p>
 * It is the journal's own configuration (application.yml and the profiles, spring.flyway.*, the {vendor} locations,
 * the appRole placeholder, MigrationOwner) in a context that holds only the datasource and Flyway: no web server,
 * no Axon (its processors never start), no users, no demo data.
 */
public final class MigrateOnly {

    public static final String PROPERTY = "journal.migrate-only";

    private static final Logger log = LoggerFactory.getLogger(MigrateOnly.class);

    private MigrateOnly() {}

    /** Whether the command line, a system property or the environment (JOURNAL_MIGRATE_ONLY) asks for it. */
    public static boolean requested(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        return Boolean.TRUE.equals(environment.getProperty(PROPERTY, Boolean.class, false));
    }

    /** Migrates and closes again: 0 on success, 1 when the migration failed (Spring Boot has logged why). */
    public static int run(String... args) {
        try (ConfigurableApplicationContext context = start(args)) {
            MigrationInfo current = context.getBean(Flyway.class).info().current();
            log.info(
                    "Migration step done: the schema is at version {}; exiting without starting the journal",
                    current == null ? "none" : current.getVersion());
            return 0;
        } catch (RuntimeException failed) {
            log.error("Migration step failed (see above): {}", failed.toString());
            return 1;
        }
    }

    /** The migration context, open (for tests); Flyway has migrated when it returns. */
    static ConfigurableApplicationContext start(String... args) {
        SpringApplication application = new SpringApplication(Migration.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        // The start-up log says "Starting MigrateOnly", not the journal.
        application.setMainApplicationClass(MigrateOnly.class);
        return application.run(args);
    }

    /** Only the datasource, Flyway and the owner's credentials for it; not scanned (no @Configuration). */
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
    @Import(MigrationOwner.class)
    static class Migration {}
}
