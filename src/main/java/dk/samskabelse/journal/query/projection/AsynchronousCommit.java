package dk.samskabelse.journal.query.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, a projection batch commits without waiting for its write-ahead log to reach the disk
 * ({@code SET LOCAL synchronous_commit TO OFF}, for that transaction only). The commands' own transactions, which
 * hold the events, keep waiting for it.
 * <p>
 * Safe because the processor's token is written in the same transaction as the rows: a crash can lose only the
 * last batches whole, rows and token together (PostgreSQL never keeps part of a transaction), and the processor
 * then projects those events again from its older token. What it saves is a disk flush per batch that the
 * commands would otherwise queue behind (issue 14, W1).
 */
@Component
class AsynchronousCommit implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String DONE = AsynchronousCommit.class.getName();

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    AsynchronousCommit(JdbcTemplate jdbc, DatabaseKind database) {
        this.jdbc = jdbc;
        this.postgres = database.postgres();
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        if (postgres) {
            // Once per batch: the batch is one unit of work and one transaction.
            unitOfWork.root().resources().computeIfAbsent(DONE, key -> {
                jdbc.execute("SET LOCAL synchronous_commit TO OFF");
                return Boolean.TRUE;
            });
        }
        return interceptorChain.proceed();
    }
}
