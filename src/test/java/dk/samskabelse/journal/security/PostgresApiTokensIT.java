package dk.samskabelse.journal.security;

import dk.samskabelse.journal.support.PostgresTestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * ApiTokensIT on PostgreSQL, the production database, in a fresh schema migrated by the owner and used by the
 * application role: the token table gets the role's rights from migration V10's default privileges.
 */
// Closed after the class: a cached context would hold its PostgreSQL connections while the fault and load tests
// (same test JVM since they run in ./mvnw verify) need them.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+")
class PostgresApiTokensIT extends ApiTokensIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.use(registry, "api_tokens_it");
    }
}
