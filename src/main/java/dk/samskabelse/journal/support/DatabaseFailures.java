package dk.samskabelse.journal.support;

import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a database that cannot be reached (stopped, restarting, network gone, pool exhausted) or does not answer
 * within the transaction time limit (a statement cancelled at the deadline, a lock not granted) from a failure
 * of the request itself. Such failures surface wrapped by Spring, Hibernate and Axon alike, so the whole cause
 * chain is searched. The API answers them 503, and the projections retry them instead of parking the event.
 */
public final class DatabaseFailures {

    // PostgreSQL: admin shutdown, crash shutdown, cannot connect now (starting up), too many connections,
    // statement cancelled (the transaction timeout ran out), lock not available.
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300", "57014",
            "55P03");

    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof JDBCConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof SQLTimeoutException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof TransactionTimedOutException
                    // Hibernate's refusal to start a statement once the transaction's time is up.
                    || (cause instanceof TransactionException && cause.getMessage() != null
                    && cause.getMessage().contains("timeout expired"))) {
                return true;
            }
            // A rollback or commit that fails on the JDBC connection itself: the connection broke (the pool then
            // reports it merely "closed", without a state, and the original failure is lost behind it).
            if (cause instanceof TransactionException && cause.getCause() instanceof SQLException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    // SQL state class 08: connection exception.
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
