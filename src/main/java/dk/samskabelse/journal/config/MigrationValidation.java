package dk.samskabelse.journal.config;

import org.flywaydb.core.api.output.ValidateResult;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With journal.db.migrate=false (environment JOURNAL_DB_MIGRATE=false) the journal does not migrate at start-up:
 * Flyway only validates that the database has exactly the journal's migrations applied, and the journal refuses to
 * start when one is missing or changed. That is how it runs with the application role alone, which may only read
 * Flyway's history; the migration step (MigrateOnly) migrates beforehand as the owner. Unset or true: Flyway
 * migrates at start-up as before (the embedded H2 database, a single PostgreSQL user, or MigrationOwner).
 */
@Configuration(proxyBeanMethods = false)
class MigrationValidation {

    static final String PROPERTY = "journal.db.migrate";

    @Bean
    @ConditionalOnProperty(name = PROPERTY, havingValue = "false")
    FlywayMigrationStrategy validateOnly() {
        return flyway -> {
            ValidateResult result = flyway.validateWithResult();
            if (!result.validationSuccessful) {
                throw new IllegalStateException("The database schema does not match the journal's migrations and "
                        + PROPERTY + " is false, so the journal does not migrate: run the migration step first "
                        + "(JOURNAL_MIGRATE_ONLY=true with the owner's JOURNAL_DB_OWNER and JOURNAL_DB_OWNER_PASSWORD; "
                        + "docs/operations.md \"PostgreSQL\"). Flyway: " + result.getAllErrorMessages());
            }
        };
    }
}
