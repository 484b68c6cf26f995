package dk.samskabelse.journal.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;

/**
 * The enqueue decision outside a processor (no transaction, no unit of work): a transient database failure is
 * rethrown so that the batch is retried as it is, and never leads to parking; any other failure starts the isolation
 * that parks the event (the batch is retried with the event as a suspect).
 */
class FailingEventIsolationTest {

    private final FailingEventIsolation.Group group = new FailingEventIsolation(null).group("timeline");
    private final GenericDeadLetter<EventMessage<?>> letter =
            new GenericDeadLetter<>("project-1", GenericEventMessage.asEventMessage("an event"));

    @Test
    void aDeadlockOrALockTimeoutIsRetriedNeverIsolatedForParking() {
        for (Throwable conflict : new Throwable[] {
            new RuntimeException("flush failed", new SQLException("deadlock detected", "40P01")),
            new RuntimeException(new SQLException("could not serialize access", "40001")),
            new CannotAcquireLockException("lock not granted")
        }) {
            Throwable decided = catchThrowable(() -> group.decide(letter, conflict));
            assertThat(decided)
                    .as(conflict.toString())
                    .isInstanceOf(IllegalStateException.class)
                    .isNotInstanceOf(FailingEventIsolation.RetryIsolatedException.class)
                    .hasMessageContaining("lock conflict")
                    .hasCause(conflict);
        }
    }

    @Test
    void aDuplicateKeyIsIsolatedToBeParked() {
        Throwable decided = catchThrowable(
                () -> group.decide(letter, new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertThat(decided).isInstanceOf(FailingEventIsolation.RetryIsolatedException.class);
    }
}
