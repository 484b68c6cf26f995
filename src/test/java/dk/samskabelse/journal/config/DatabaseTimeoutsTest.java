package dk.samskabelse.journal.config;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.support.DatabaseFailures;
import java.sql.SQLException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;

class DatabaseTimeoutsTest {

    @Test
    void aStatementCancelledByTheTransactionTimeoutIsUnavailabilityNotABug() {
        // What reaches the API when an event insert waits on a lock past spring.transaction.default-timeout.
        SQLException cancelled = new SQLException("ERROR: canceling statement due to user request", "57014");
        assertThat(DatabaseFailures.isUnavailable(new EventStoreException(
                        "insert failed", new RuntimeException("could not execute batch", cancelled))))
                .isTrue();
        assertThat(DatabaseFailures.isUnavailable(new SQLException("lock not available", "55P03")))
                .isTrue();
        assertThat(DatabaseFailures.isUnavailable(
                        new RuntimeException(new TransactionException("transaction timeout expired"))))
                .isTrue();
    }

    @Test
    void aFailureOfTheRequestItselfIsNot() {
        assertThat(DatabaseFailures.isUnavailable(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseFailures.isUnavailable(new SQLException("date out of range", "22008")))
                .isFalse();
        assertThat(DatabaseFailures.isUnavailable(new TransactionException("already committed")))
                .isFalse();
        assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("bug")))
                .isFalse();
    }
}
