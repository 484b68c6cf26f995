package dk.samskabelse.journal.query;

import dk.samskabelse.journal.support.PostgresTestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * RebuildEqualityIT on PostgreSQL, the production database, in a fresh schema. Runs whenever
 * JOURNAL_TEST_POSTGRES_URL names one (the dynamic properties override the H2 URL of the superclass).
 */
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+")
class PostgresRebuildEqualityIT extends RebuildEqualityIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.use(registry, "rebuild_it");
    }
}
