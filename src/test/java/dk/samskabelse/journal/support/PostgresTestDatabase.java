package dk.samskabelse.journal.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh, empty schema in the PostgreSQL named by JOURNAL_TEST_POSTGRES_URL (set by .ci/run), so each test
 * class migrates its own schema from scratch and leaves the others alone.
 *
 * <p>Two roles, as in production (docs/operations.md "PostgreSQL"): the owner (JOURNAL_TEST_POSTGRES_OWNER and
 * JOURNAL_TEST_POSTGRES_OWNER_PASSWORD) creates the schema and runs Flyway in it, and the journal connects as the
 * application role (JOURNAL_TEST_POSTGRES_USER and JOURNAL_TEST_POSTGRES_PASSWORD), which gets USAGE on the schema
 * and the rights migration V10 grants. Without an owner, one user does everything, as before the two roles.
 */
public final class PostgresTestDatabase {

    public static final String URL_VARIABLE = "JOURNAL_TEST_POSTGRES_URL";

    private PostgresTestDatabase() {}

    public static String baseUrl() {
        return System.getenv(URL_VARIABLE);
    }

    /** The application role: the journal's own connections. */
    public static String user() {
        return System.getenv().getOrDefault("JOURNAL_TEST_POSTGRES_USER", "postgres");
    }

    public static String password() {
        return System.getenv().getOrDefault("JOURNAL_TEST_POSTGRES_PASSWORD", "");
    }

    /** The owner of the test schemas, who runs the migrations; the application role when none is given. */
    public static String owner() {
        String owner = System.getenv("JOURNAL_TEST_POSTGRES_OWNER");
        return owner == null || owner.isBlank() ? user() : owner.strip();
    }

    public static String ownerPassword() {
        return separateOwner() ? System.getenv().getOrDefault("JOURNAL_TEST_POSTGRES_OWNER_PASSWORD", "") : password();
    }

    /** Whether the schema's owner and the journal's role differ (as .ci/run sets them up). */
    public static boolean separateOwner() {
        return !owner().equals(user());
    }

    /** Creates a new schema (owned by the owner, usable by the application role); a JDBC URL that uses it. */
    public static String freshSchemaUrl(String prefix) {
        String schema = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(baseUrl(), owner(), ownerPassword());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            if (separateOwner()) {
                statement.execute("GRANT USAGE ON SCHEMA " + schema + " TO \"" + user().replace("\"", "\"\"") + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test schema in " + baseUrl() + " as " + owner(), e);
        }
        return baseUrl() + (baseUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Points the journal under test at a fresh schema: the application role's datasource, Flyway as the owner. */
    public static String use(DynamicPropertyRegistry registry, String prefix) {
        String url = freshSchemaUrl(prefix);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", PostgresTestDatabase::user);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
        if (separateOwner()) {
            registry.add("journal.db.owner", PostgresTestDatabase::owner);
            registry.add("journal.db.owner-password", PostgresTestDatabase::ownerPassword);
        }
        return url;
    }

    /**
     * Statements as the schema's owner, for what a test does to the schema itself (a trigger of its own): the
     * journal's application role may not.
     */
    public static JdbcTemplate asOwner(String url) {
        return new JdbcTemplate(new DriverManagerDataSource(url, owner(), ownerPassword()));
    }

    /** The same as command-line arguments, for a further journal started on the schema of {@code url}. */
    public static List<String> arguments(String url) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user(),
                "--spring.datasource.password=" + password()));
        if (separateOwner()) {
            arguments.add("--journal.db.owner=" + owner());
            arguments.add("--journal.db.owner-password=" + ownerPassword());
        }
        return arguments;
    }
}
