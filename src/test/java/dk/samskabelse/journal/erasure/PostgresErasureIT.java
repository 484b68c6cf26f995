package dk.samskabelse.journal.erasure;

import dk.samskabelse.journal.support.PostgresTestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * ErasureIT on PostgreSQL, the production database, in a fresh schema: the dump covers every table of that
 * schema, BYTEA columns decoded as UTF-8.
 */
// Closed after the class: a cached context would hold its PostgreSQL connections while the fault and load tests
// (same test JVM since they run in ./mvnw verify) need them.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+")
class PostgresErasureIT extends ErasureIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.use(registry, "erasure_it");
    }
}
