package dk.samskabelse.journal.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh, empty schema in the PostgreSQL named by JOURNAL_TEST_POSTGRES_URL (set by .ci/run), so each test
 * class migrates its own schema from scratch and leaves the others alone.
 */
public final class PostgresTestDatabase {

    public static final String URL_VARIABLE = "JOURNAL_TEST_POSTGRES_URL";

    private PostgresTestDatabase() {
    }

    public static String baseUrl() {
        return System.getenv(URL_VARIABLE);
    }

    public static String user() {
        return System.getenv().getOrDefault("JOURNAL_TEST_POSTGRES_USER", "postgres");
    }

    public static String password() {
        return System.getenv().getOrDefault("JOURNAL_TEST_POSTGRES_PASSWORD", "");
    }

    /** Creates a new schema and returns a JDBC URL whose connections use it. */
    public static String freshSchemaUrl(String prefix) {
        String schema = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(baseUrl(), user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test schema in " + baseUrl(), e);
        }
        return baseUrl() + (baseUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
