package dk.samskabelse.journal.query.projection;

import dk.samskabelse.journal.support.DatabaseFailures;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Savepoint;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;

/**
 * Decides what happens to an event a projection fails on, so that it is never skipped and never half applied.
 * <p>
 * A processor applies a batch of events in one transaction, and the rows written for earlier events of the
 * batch are not flushed yet. When a projector throws halfway through an event, the rows it touched so far
 * cannot be told apart from those of its neighbours, so the event cannot be parked right away: the whole batch
 * is rolled back and retried, with the event marked as a suspect. On the retry everything before the suspect
 * is flushed and a savepoint is taken; if it fails again, the savepoint undoes exactly its writes and the event
 * goes to the dead-letter queue (and with it the later events of the same project, to keep their order) while
 * the rest of the batch commits. An unreachable database or a lock conflict (a deadlock, a serialization failure, a lock timeout) is never a
 * reason to park: the batch is retried.
 * The same isolation applies when an administrator retries dead letters.
 * <p>
 * A failure that only shows when the rows are written (a constraint violation at flush or at commit) is
 * isolated the same way: when a batch is rolled back, all its events become suspects, and a suspect's rows are
 * flushed inside its savepoint, so the violation shows on that event. Hibernate then marks the transaction
 * rollback-only, which no savepoint can undo, so the event is remembered as unusable and the batch is retried
 * once more: this time the event's handlers are not run at all but fail at once (see {@link #failIfUnusable()}),
 * and it is parked like any other. So a failure of any kind parks one event (and the later events of its
 * project) and never holds back other projects or a rebuild (a duplicate key takes this way too).
 */
@Component
public class FailingEventIsolation {

    /** Rolls back the batch so that the failing event can be retried on its own savepoint. */
    static final class RetryIsolatedException extends RuntimeException {
        RetryIsolatedException(String group, String eventId, Throwable cause) {
            super(
                    "Projection " + group + " failed on event " + eventId + "; retrying its batch with the event "
                            + "isolated",
                    cause);
        }
    }

    /** What a handler throws instead of running, for an event whose writes left a transaction unusable. */
    static final class UnusableEventException extends RuntimeException {
        UnusableEventException(Throwable cause) {
            super("The rows of this event could not be written: " + cause, cause);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(FailingEventIsolation.class);
    private static final ThreadLocal<Throwable> UNUSABLE = new ThreadLocal<>();

    /**
     * Called by every projection handler before it runs: fails at once for an event whose writes made the
     * processor's transaction unusable before, so that the dead-letter queue parks it without touching the
     * database.
     */
    public static void failIfUnusable() {
        Throwable cause = UNUSABLE.get();
        if (cause != null) {
            throw new UnusableEventException(cause);
        }
    }

    private final EntityManagerFactory entityManagerFactory;
    private final Map<String, Group> groups = new ConcurrentHashMap<>();

    public FailingEventIsolation(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** The interceptor (around each event, and each dead letter retried) and the enqueue policy of one group. */
    public Group group(String name) {
        return groups.computeIfAbsent(name, Group::new);
    }

    public final class Group implements EnqueuePolicy<EventMessage<?>> {

        private final String name;
        // Suspects are per processor: every projection sees the same event, and only this one failed on it.
        private final Set<String> suspects = ConcurrentHashMap.newKeySet();
        // Events whose flush failed on their own savepoint; the next attempt parks them without running them.
        private final Map<String, Throwable> unusable = new ConcurrentHashMap<>();
        private final ThreadLocal<Savepoint> isolated = new ThreadLocal<>();

        private Group(String name) {
            this.name = name;
        }

        public MessageHandlerInterceptor<EventMessage<?>> interceptor() {
            return this::isolateSuspects;
        }

        private Object isolateSuspects(
                UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain) throws Exception {
            String eventId = unitOfWork.getMessage().getIdentifier();
            boolean deadLetterRetry = isDeadLetterRetry(unitOfWork);
            if (!deadLetterRetry) {
                // Whatever rolls the batch back (a failure at flush or commit included), its events are retried
                // one by one on their own savepoints, so the one to blame shows itself.
                unitOfWork.onRollback(rolledBack -> suspects.add(eventId));
            }
            if (!suspects.contains(eventId) && !deadLetterRetry) {
                return interceptorChain.proceed();
            }
            EntityManager entityManager = entityManager();
            entityManager.flush();
            Savepoint savepoint = session(entityManager).doReturningWork(connection -> connection.setSavepoint());
            isolated.set(savepoint);
            Throwable unusableCause = deadLetterRetry ? null : unusable.remove(eventId);
            if (unusableCause != null) {
                UNUSABLE.set(unusableCause);
            }
            try {
                Object result = interceptorChain.proceed();
                if (unusableCause == null) {
                    flushIsolated(entityManager, eventId, deadLetterRetry);
                }
                return result;
            } catch (Exception failure) {
                if (deadLetterRetry
                        && !DatabaseFailures.isTransient(failure)
                        && !session(entityManager).getTransaction().getRollbackOnly()) {
                    // A retried dead letter's failure arrives here, not at decide(): undo its writes now.
                    undo(savepoint);
                }
                throw failure;
            } finally {
                UNUSABLE.remove();
                isolated.remove();
                suspects.remove(eventId);
            }
        }

        /** The event's rows go to the database inside its savepoint, so a constraint violation shows on it. */
        private void flushIsolated(EntityManager entityManager, String eventId, boolean deadLetterRetry) {
            try {
                entityManager.flush();
            } catch (RuntimeException failure) {
                if (!deadLetterRetry && !DatabaseFailures.isTransient(failure)) {
                    unusable.put(eventId, failure);
                    log.warn(
                            "Projection {} could not write the rows of event {}; retrying its batch to park it: {}",
                            name,
                            eventId,
                            failure.toString());
                }
                throw failure;
            }
        }

        @Override
        public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
            String eventId = letter.message().getIdentifier();
            if (DatabaseFailures.isTransient(cause)) {
                throw new IllegalStateException(
                        "Database unavailable or a lock conflict while projecting event " + eventId, cause);
            }
            if (CurrentUnitOfWork.isStarted() && isDeadLetterRetry(CurrentUnitOfWork.get())) {
                log.warn(
                        "Dead letter {} of projection {} failed again and stays parked: {}",
                        eventId,
                        name,
                        cause.toString());
                return Decisions.requeue(ThrowableCause.truncated(cause));
            }
            Savepoint savepoint = isolated.get();
            if (savepoint == null) {
                suspects.add(eventId);
                throw new RetryIsolatedException(name, eventId, cause);
            }
            if (session(entityManager()).getTransaction().getRollbackOnly()) {
                // The next attempt parks the event without running it (see failIfUnusable).
                unusable.put(eventId, cause);
                throw new IllegalStateException(
                        "Event " + eventId + " left the transaction of projection " + name + " unusable; retrying",
                        cause);
            }
            undo(savepoint);
            log.error(
                    "Projection {} failed on event {} ({}); parked in the dead-letter queue",
                    name,
                    eventId,
                    letter.message().getPayloadType().getSimpleName(),
                    cause);
            return Decisions.enqueue(ThrowableCause.truncated(cause));
        }
    }

    private void undo(Savepoint savepoint) {
        EntityManager entityManager = entityManager();
        session(entityManager).doWork(connection -> connection.rollback(savepoint));
        // The persistence context still holds the undone changes; everything before the savepoint was flushed.
        entityManager.clear();
    }

    /** The transaction's own entity manager (the shared proxy refuses access to the transaction). */
    private EntityManager entityManager() {
        EntityManager entityManager = EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagerFactory);
        if (entityManager == null) {
            throw new IllegalStateException("Projections run in a transaction");
        }
        return entityManager;
    }

    private static Session session(EntityManager entityManager) {
        return entityManager.unwrap(Session.class);
    }

    private static boolean isDeadLetterRetry(UnitOfWork<?> unitOfWork) {
        return unitOfWork.resources().containsKey(DeadLetter.class.getName());
    }
}
