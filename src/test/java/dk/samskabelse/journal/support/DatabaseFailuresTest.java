package dk.samskabelse.journal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.hibernate.TransactionException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

class DatabaseFailuresTest {

    @Test
    void aConnectionErrorStateAnywhereInTheChainIsUnavailable() {
        SQLException broken = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("wrapped", broken)))
                .isTrue();
    }

    /** What a user lookup during a database stop threw: the failed rollback hides the I/O error. */
    @Test
    void aRollbackThatFailsOnTheConnectionIsUnavailable() {
        JpaSystemException rollback = new JpaSystemException(new TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
        assertThat(DatabaseFailures.isUnavailable(
                        new InternalAuthenticationServiceException("lookup failed", rollback)))
                .isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseFailures.isUnavailable(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseFailures.isUnavailable(new TransactionException("no JDBC cause")))
                .isFalse();
        assertThat(DatabaseFailures.isUnavailable(new IllegalArgumentException("bug")))
                .isFalse();
    }

    /** Review 2026-12-04 (ops follow-up): ordinary lock conflicts parked healthy events. */
    @Test
    void lockConflictsAreTransientButNotUnavailable() {
        SQLException deadlock = new SQLException("deadlock detected", "40P01");
        SQLException serialization = new SQLException("could not serialize access", "40001");
        SQLException h2LockTimeout = new SQLException("Timeout trying to lock table", "HYT00");
        for (Throwable conflict : new Throwable[] {
            new IllegalStateException("wrapped", new LockAcquisitionException("flush", deadlock, "update")),
            new RuntimeException(serialization),
            new RuntimeException(h2LockTimeout),
            new PessimisticLockingFailureException("lock"),
            new CannotAcquireLockException("lock not granted"),
            new TransientDataAccessResourceException("try again")
        }) {
            assertThat(DatabaseFailures.isTransient(conflict))
                    .as(conflict.toString())
                    .isTrue();
            assertThat(DatabaseFailures.isLockConflict(conflict))
                    .as(conflict.toString())
                    .isTrue();
        }
        assertThat(DatabaseFailures.isUnavailable(deadlock)).isFalse();
    }

    @Test
    void anUnavailableDatabaseIsTransientAndOtherFailuresAreNot() {
        assertThat(DatabaseFailures.isTransient(new SQLException("terminating connection", "57P01")))
                .isTrue();
        assertThat(DatabaseFailures.isTransient(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseFailures.isTransient(new SQLException("integrity violation at commit", "40002")))
                .as("not the whole class 40")
                .isFalse();
        assertThat(DatabaseFailures.isTransient(new IllegalArgumentException("bug")))
                .isFalse();
    }
}
