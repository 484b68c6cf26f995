package dk.samskabelse.journal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Field;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;

/**
 * CheckedProjectCache reads Axon's private AggregateCacheEntry.version by reflection (Axon 4.13 has no getter).
 * An Axon upgrade that removes, renames or retypes that field must fail here, in the unit tests, with a message
 * that says what to do, and not at the first refused command in production.
 */
class CheckedProjectCacheAxonGuardTest {

    private static final String WHAT_TO_DO =
            "Axon's AggregateCacheEntry changed on an upgrade: config/CheckedProjectCache "
                    + "reads its private field 'version' (Long) to tell a stale cached project; find the new way to read "
                    + "the cached version (a getter, if Axon added one) and adapt CheckedProjectCache.version";

    @Test
    void axonStillKeepsTheCachedVersionInAPrivateLongField() {
        Field field;
        try {
            field = AggregateCacheEntry.class.getDeclaredField("version");
        } catch (NoSuchFieldException e) {
            fail(WHAT_TO_DO + " (no field 'version')");
            return;
        }
        assertThat(field.getType()).as(WHAT_TO_DO).isEqualTo(Long.class);
    }

    @Test
    void theVersionReadIsTheCachedAggregatesLastSequenceNumber() {
        AggregateModel<Counter> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(Counter.class);
        EmbeddedEventStore store = EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine())
                .build();
        try {
            EventSourcedAggregate<Counter> aggregate = EventSourcedAggregate.reconstruct(
                    new Counter(), model, 7L, false, store, NoSnapshotTriggerDefinition.TRIGGER);

            assertThat(CheckedProjectCache.version(new AggregateCacheEntry<>(aggregate)))
                    .as(WHAT_TO_DO)
                    .isEqualTo(7L)
                    .isEqualTo(aggregate.version());
        } finally {
            store.shutDown();
        }
    }

    /** The smallest aggregate Axon will inspect. */
    static class Counter {
        @org.axonframework.modelling.command.AggregateIdentifier
        private String id = "counter";
    }
}
