package dk.samskabelse.journal.support;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseFailuresTest {

    @Test
    void aConnectionErrorStateAnywhereInTheChainIsUnavailable() {
        SQLException broken = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("wrapped", broken))).isTrue();
    }

    /** What a user lookup during a database stop threw: the failed rollback hides the I/O error. */
    @Test
    void aRollbackThatFailsOnTheConnectionIsUnavailable() {
        JpaSystemException rollback = new JpaSystemException(new TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
        assertThat(DatabaseFailures.isUnavailable(
                new InternalAuthenticationServiceException("lookup failed", rollback))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseFailures.isUnavailable(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseFailures.isUnavailable(new TransactionException("no JDBC cause"))).isFalse();
        assertThat(DatabaseFailures.isUnavailable(new IllegalArgumentException("bug"))).isFalse();
    }
}
