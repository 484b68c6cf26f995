package dk.samskabelse.journal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.samskabelse.journal.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.dao.DataAccessException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * AccessLogIT on PostgreSQL, whose trigger (db/vendor/postgresql/V6) also refuses TRUNCATE. With the two roles of
 * production (.ci/run: JOURNAL_TEST_POSTGRES_OWNER beside JOURNAL_TEST_POSTGRES_USER) the journal's own
 * connections, which these statements use, belong to the application role: it is no superuser, owns neither the
 * log nor its triggers, and may only read and append (V10), so the database refuses it before any trigger runs.
 */
// Closed after the class: a cached context would hold its PostgreSQL connections while the fault and load tests
// (same test JVM since they run in ./mvnw verify) need them.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+")
class PostgresAccessLogIT extends AccessLogIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.use(registry, "access_log_it");
    }

    @Override
    String refusal() {
        return PostgresTestDatabase.separateOwner() ? "permission denied for table access_log" : "append-only";
    }

    @Test
    void the_database_refuses_to_truncate_the_log() {
        ok("/api/projects/" + projectId + "/timeline");
        long before = count();

        assertThatThrownBy(() -> jdbc.execute("TRUNCATE access_log"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining(refusal());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void the_journal_runs_as_a_role_that_may_only_read_and_append_to_the_log() {
        assumeTrue(PostgresTestDatabase.separateOwner(), "needs JOURNAL_TEST_POSTGRES_OWNER (two roles, as .ci/run)");
        ok("/api/projects/" + projectId + "/timeline");
        long before = count();

        assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo(PostgresTestDatabase.user());
        assertThat(jdbc.queryForObject("SELECT rolsuper FROM pg_roles WHERE rolname = current_user", Boolean.class))
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT tableowner FROM pg_tables WHERE tablename = 'access_log' "
                                + "AND schemaname = current_schema()",
                        String.class))
                .isEqualTo(PostgresTestDatabase.owner());

        refused("ALTER TABLE access_log DISABLE TRIGGER ALL", "must be owner of table access_log");
        refused(
                "ALTER TABLE access_log DISABLE TRIGGER access_log_no_update_or_delete",
                "must be owner of table access_log");
        refused("DROP TRIGGER access_log_no_update_or_delete ON access_log", "must be owner");
        refused("SET session_replication_role = replica", "permission denied to set parameter");
        refused("DROP TABLE access_log", "must be owner");
        refused("SELECT setval(pg_get_serial_sequence('access_log', 'id'), 1)", "permission denied for sequence");
        refused("CREATE TABLE access_log_copy (id BIGINT)", "permission denied for schema");
        refused("UPDATE flyway_schema_history SET success = false", "permission denied");

        assertThat(jdbc.update("INSERT INTO access_log (at, username, project_id, what, detail) "
                        + "VALUES (now(), 'role-test', NULL, 'TIMELINE', 'inserted by the application role')"))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM access_log WHERE username = 'role-test'", Long.class))
                .isEqualTo(1);
        assertThat(count()).isEqualTo(before + 1);
    }

    private void refused(String sql, String message) {
        assertThatThrownBy(() -> jdbc.execute(sql))
                .as(sql)
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining(message);
    }
}
