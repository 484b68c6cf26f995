package dk.samskabelse.journal.support;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * Tells a database that cannot be reached (stopped, restarting, network gone, pool exhausted) or does not answer
 * within the transaction time limit (a statement cancelled at the deadline, a lock not granted) from a failure
 * of the request itself. Such failures surface wrapped by Spring, Hibernate and Axon alike, so the whole cause
 * chain is searched. The API answers them 503, and the projections retry them instead of parking the event.
 * <p>
 * {@link #isTransient} adds the ordinary lock conflicts of a healthy database (a deadlock, a serialization
 * failure, a lock not granted: two journal instances, or a projection and a command, touching the same rows),
 * which succeed when the transaction is simply run again. Every caller uses it: a projection retries its batch
 * and never parks an event for them, a request gets 503 with Retry-After.
 */
public final class DatabaseFailures {

    // PostgreSQL: admin shutdown, crash shutdown, cannot connect now (starting up), too many connections,
    // statement cancelled (the transaction timeout ran out), lock not available.
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300", "57014", "55P03");

    // Deadlock detected (PostgreSQL), serialization failure (PostgreSQL; H2 reports a deadlock so too), lock
    // timeout (H2). Not the whole class 40: 40002 is a constraint violation found at commit, which no retry cures.
    private static final Set<String> LOCK_CONFLICT_STATES = Set.of("40P01", "40001", "HYT00");

    private DatabaseFailures() {}

    /** Unavailable (see {@link #isUnavailable}) or a lock conflict: the same work may succeed when run again. */
    public static boolean isTransient(Throwable failure) {
        return isUnavailable(failure) || isLockConflict(failure);
    }

    /**
     * A deadlock, serialization failure or lock timeout anywhere in the cause chain, or any failure Spring
     * classes as transient (TransientDataAccessException: these, optimistic locking failures, query timeouts).
     */
    public static boolean isLockConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TransientDataAccessException
                    || cause instanceof PessimisticLockingFailureException
                    || cause instanceof org.hibernate.PessimisticLockException
                    || cause instanceof org.hibernate.exception.LockAcquisitionException
                    || cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && LOCK_CONFLICT_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
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
                    || (cause instanceof TransactionException
                            && cause.getMessage() != null
                            && cause.getMessage().contains("timeout expired"))) {
                return true;
            }
            // A rollback or commit that fails on the JDBC connection itself: the connection broke (the pool then
            // reports it merely "closed", without a state, and the original failure is lost behind it).
            if (cause instanceof TransactionException && cause.getCause() instanceof SQLException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    // SQL state class 08: connection exception.
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
