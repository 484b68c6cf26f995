package dk.samskabelse.journal.config;

import dk.samskabelse.journal.support.ProjectionProperties;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JPA event store with its gap handling spelled out (docs/operations.md "Gaps and long transactions").
 * <p>
 * global_index values are taken from a sequence when an event is inserted, but become visible only when its
 * transaction commits, so a later event can be seen before an earlier one. A streaming processor remembers
 * such a hole as a gap and keeps asking for it, until the event arrives or the gap is given up: when the
 * processor reads past it an event older than the gap timeout (it is catching up), or when more than the
 * cleaning threshold of gaps pile up and the events after them are older than the timeout. An event whose
 * transaction commits after its gap was given up never reaches the projections (only a rebuild brings it in).
 * <p>
 * That cannot happen to the journal's own writes: every transaction is limited to journal.transaction-timeout
 * (Hibernate fails any statement after the deadline, and Axon interrupts a command handled longer), and start-up
 * refuses a configuration where that limit is not well below the gap timeout.
 */
@Configuration(proxyBeanMethods = false)
// Replacing Axon's engine also replaces the auto-configuration that registered its entities.
@RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
class EventStoreConfig {

    private static final Logger log = LoggerFactory.getLogger(EventStoreConfig.class);

    @Bean
    EventStorageEngine eventStorageEngine(
            Serializer defaultSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            org.axonframework.config.Configuration configuration,
            EntityManagerProvider entityManagerProvider,
            TransactionManager transactionManager,
            EventStoreProperties settings,
            @Value("${spring.transaction.default-timeout}") Duration transactionTimeout,
            @Value("${axon.timeout.transaction.command-bus.timeout-ms}") long commandMillis) {
        Duration gapTimeout = settings.gapTimeout();
        int cleaningThreshold = settings.gapCleaningThreshold();
        Duration commandTimeout = Duration.ofMillis(commandMillis);
        // Twice the transaction limit leaves room for a commit that started just before the deadline.
        if (transactionTimeout.multipliedBy(2).compareTo(gapTimeout) > 0
                || commandTimeout.multipliedBy(2).compareTo(gapTimeout) > 0) {
            throw new IllegalStateException("journal.event-store.gap-timeout (" + gapTimeout + ") must be at least "
                    + "twice spring.transaction.default-timeout (" + transactionTimeout + ") and the command "
                    + "timeout (" + commandTimeout + "), or a slow transaction's event could be skipped");
        }
        log.info(
                "Event store: gap timeout {}, gap cleaning threshold {}, transactions limited to {} " + "(commands {})",
                gapTimeout,
                cleaningThreshold,
                transactionTimeout,
                commandTimeout);
        return new ProjectEventStorageEngine(JpaEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .entityManagerProvider(entityManagerProvider)
                .transactionManager(transactionManager)
                .gapTimeout(Math.toIntExact(gapTimeout.toMillis()))
                .gapCleaningThreshold(cleaningThreshold)
                .batchSize(settings.batchSize()));
    }

    /**
     * Axon's embedded event store, reading for the projections' processor in one thread (its producer). Axon's own
     * wakes the producer after every commit, and the producer then reads until it finds nothing new: two or three
     * reads, each its own transaction, for every command when commands arrive one at a time (issue 14, pg_stat
     * statements: 2.4 reads of domain_event_entry per command). This one wakes it once per
     * journal.projections.batch-delay for all the commits inside it, the same window in which the processor
     * batches them (query/projection/BatchingEventSource); idle, the producer still reads every second.
     */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    EmbeddedEventStore eventStore(
            EventStorageEngine storageEngine,
            org.axonframework.config.Configuration configuration,
            ProjectionProperties projections) {
        return new CoalescingEventStore(
                EmbeddedEventStore.builder()
                        .storageEngine(storageEngine)
                        .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                        .spanFactory(configuration.getComponent(EventBusSpanFactory.class)),
                projections.batchDelay());
    }

    static final class CoalescingEventStore extends EmbeddedEventStore {

        private final Duration delay;
        private final AtomicBoolean fetchScheduled = new AtomicBoolean();
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "event-store-fetch");
            thread.setDaemon(true);
            return thread;
        });

        CoalescingEventStore(EmbeddedEventStore.Builder builder, Duration delay) {
            super(builder);
            this.delay = delay;
        }

        @Override
        protected void afterCommit(List<? extends EventMessage<?>> events) {
            if (delay.isZero()) {
                super.afterCommit(events);
            } else if (fetchScheduled.compareAndSet(false, true)) {
                timer.schedule(
                        () -> {
                            fetchScheduled.set(false);
                            CoalescingEventStore.super.afterCommit(events);
                        },
                        delay.toMillis(),
                        TimeUnit.MILLISECONDS);
            }
        }

        /** Whether the current unit of work has staged events, published when it commits (CommandOutcomes). */
        boolean hasStagedEvents() {
            return !queuedMessages().isEmpty();
        }

        @Override
        public void shutDown() {
            timer.shutdownNow();
            super.shutDown();
        }
    }

    /**
     * Projects are never snapshotted (command/Project keeps them in memory only), so a project sourced afresh
     * (not in the cache) reads its events without asking snapshot_event_entry for a snapshot first: one round
     * trip less on every cache miss.
     */
    static final class ProjectEventStorageEngine extends JpaEventStorageEngine {

        ProjectEventStorageEngine(JpaEventStorageEngine.Builder builder) {
            super(builder);
        }

        @Override
        protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
            return Stream.empty();
        }
    }
}
