package dk.samskabelse.journal.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * On the embedded H2 database, refuses every UPDATE and DELETE of the access log (migration
 * db/vendor/h2/V6__access_log_append_only.sql); PostgreSQL does the same with a PL/pgSQL trigger.
 */
public class AppendOnlyH2Trigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(
                "access_log is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused", "42501");
    }
}
