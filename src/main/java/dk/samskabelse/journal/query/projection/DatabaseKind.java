package dk.samskabelse.journal.query.projection;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Which database the read models live in, asked once at start-up, for the paths only PostgreSQL has. */
@Component
public class DatabaseKind {

    private final boolean postgres;

    @Autowired
    public DatabaseKind(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    private DatabaseKind(boolean postgres) {
        this.postgres = postgres;
    }

    /** For tests without a database. */
    public static DatabaseKind of(boolean postgres) {
        return new DatabaseKind(postgres);
    }

    public boolean postgres() {
        return postgres;
    }
}
