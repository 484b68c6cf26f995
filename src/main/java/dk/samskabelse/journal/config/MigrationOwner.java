package dk.samskabelse.journal.config;

import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Flyway migrates as the schema's owner when one is named (journal.db.owner and journal.db.owner-password,
 * environment JOURNAL_DB_OWNER and JOURNAL_DB_OWNER_PASSWORD), on the journal's database URL (or
 * spring.flyway.url), while the journal's own connections use the application role (JOURNAL_DB_USER), which owns
 * nothing (db/vendor/postgresql/V10__application_role.sql). Without an owner, Flyway uses the journal's datasource
 * as before: the embedded H2 database, a PostgreSQL with one user for everything.
 */
@Configuration(proxyBeanMethods = false)
class MigrationOwner {

    @Bean
    FlywayConfigurationCustomizer migrationOwnerCustomizer(Environment environment, DataSourceProperties dataSource) {
        return configuration -> {
            String owner = environment.getProperty("journal.db.owner", "");
            if (!owner.isBlank()) {
                configuration.dataSource(
                        environment.getProperty("spring.flyway.url", dataSource.determineUrl()),
                        owner.strip(),
                        environment.getProperty("journal.db.owner-password", ""));
            }
        };
    }
}
