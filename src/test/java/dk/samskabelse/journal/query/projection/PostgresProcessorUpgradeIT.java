package dk.samskabelse.journal.query.projection;

import dk.samskabelse.journal.support.PostgresTestDatabase;
import java.util.List;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** ProcessorUpgradeIT on PostgreSQL, in a fresh schema per test, as the application role. */
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+")
class PostgresProcessorUpgradeIT extends ProcessorUpgradeIT {

    private String url;

    @Override
    List<String> database() {
        if (url == null) {
            url = PostgresTestDatabase.freshSchemaUrl("upgrade_it");
        }
        return PostgresTestDatabase.arguments(url);
    }

    @Override
    JdbcTemplate jdbc() {
        database();
        return new JdbcTemplate(
                new DriverManagerDataSource(url, PostgresTestDatabase.user(), PostgresTestDatabase.password()));
    }
}
