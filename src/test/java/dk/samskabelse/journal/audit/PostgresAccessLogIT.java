package dk.samskabelse.journal.audit;

import dk.samskabelse.journal.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.dao.DataAccessException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AccessLogIT on PostgreSQL, whose trigger (db/vendor/postgresql/V6) also refuses TRUNCATE. */
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+")
class PostgresAccessLogIT extends AccessLogIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String url = PostgresTestDatabase.freshSchemaUrl("access_log_it");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", PostgresTestDatabase::user);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
    }

    @Test
    void the_database_refuses_to_truncate_the_log() {
        ok("/api/projects/" + projectId + "/timeline");
        long before = count();

        assertThatThrownBy(() -> jdbc.execute("TRUNCATE access_log")).isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
        assertThat(count()).isEqualTo(before);
    }
}
