package dk.samskabelse.journal.support;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Asks the database whether it answers, for a failure that {@link DatabaseFailures} does not recognise. When the
 * database goes down in the middle of a request, the failure does not always name it: a driver, pool or framework
 * may report the broken connection as an illegal state or a generic error, with the cause lost. If the database
 * does not answer right after such a failure, the request failed because of it and is answered 503 like every
 * other request while the database is down; if it answers, the failure is the journal's own (500).
 */
@Component
public class DatabaseProbe {

    private static final int VALIDATION_SECONDS = 2;

    private final DataSource dataSource;

    public DatabaseProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** True when a connection can be had and answers within the validation time (the pool's wait bounds it). */
    public boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_SECONDS);
        } catch (SQLException | RuntimeException unreachable) {
            return false;
        }
    }
}
