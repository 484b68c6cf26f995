package dk.samskabelse.journal.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** A projection batch on PostgreSQL commits without waiting for the disk: one SET LOCAL per batch. */
class AsynchronousCommitTest {

    @Test
    void onPostgresOneBatchOfThreeEventsSetsAsynchronousCommitOnce() throws Exception {
        JdbcTemplate jdbc = mock(JdbcTemplate.class);
        AsynchronousCommit commit = new AsynchronousCommit(jdbc, DatabaseKind.of(true));
        int handled = handleBatch(commit, 3);
        assertThat(handled).as("every event still reaches the projectors").isEqualTo(3);
        verify(jdbc, times(1)).execute("SET LOCAL synchronous_commit TO OFF");

        handleBatch(commit, 2);
        verify(jdbc, times(2)).execute("SET LOCAL synchronous_commit TO OFF");
    }

    @Test
    void onH2NothingIsSet() throws Exception {
        JdbcTemplate jdbc = mock(JdbcTemplate.class);
        AsynchronousCommit commit = new AsynchronousCommit(jdbc, DatabaseKind.of(false));
        assertThat(handleBatch(commit, 3)).isEqualTo(3);
        verify(jdbc, never()).execute(anyString());
    }

    private static int handleBatch(AsynchronousCommit commit, int events) throws Exception {
        List<EventMessage<?>> batch = java.util.stream.IntStream.range(0, events)
                .<EventMessage<?>>mapToObj(i -> GenericEventMessage.asEventMessage("event " + i))
                .toList();
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        int[] handled = {0};
        InterceptorChain chain = () -> ++handled[0];
        unitOfWork.executeWithResult(() -> commit.handle(unitOfWork, chain));
        // A batching unit of work runs the task once per message.
        return handled[0];
    }
}
