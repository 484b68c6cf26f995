package dk.samskabelse.journal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The event store reads once for the commits of one batch window, not two or three times per commit. */
class CoalescingEventStoreTest {

    private EmbeddedEventStore store;

    @AfterEach
    void stop() {
        if (store != null) {
            store.shutDown();
        }
    }

    @Test
    void commitsInsideTheWindowAreFetchedTogetherAndNoneIsLost() throws Exception {
        CountingEngine engine = new CountingEngine();
        store = new EventStoreConfig.CoalescingEventStore(
                EmbeddedEventStore.builder()
                        .storageEngine(engine)
                        // The idle poll is pushed out of the test's time, so every read counted is a commit's.
                        .fetchDelay(60_000),
                Duration.ofMillis(300));
        List<String> received = readTwenty(engine, false);

        // 20 commits one at a time, as 20 commands would be: Axon's own store reads after each of them.
        assertThat(received)
                .hasSize(20)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 20)
                        .mapToObj(i -> "event " + i)
                        .toList());
        assertThat(engine.tailingReads.get())
                .as("reads for 20 commits in one window")
                .isBetween(1, 4);
    }

    @Test
    void withoutDelayEveryCommitWakesTheReaderAtOnce() throws Exception {
        CountingEngine engine = new CountingEngine();
        store = new EventStoreConfig.CoalescingEventStore(
                EmbeddedEventStore.builder().storageEngine(engine).fetchDelay(60_000), Duration.ZERO);
        // Each commit waits until the reader has it: the reader cannot have fetched two commits in one read, whatever
        // the machine's load (the unpaced loop coalesced by chance on a busy machine and failed this test).
        assertThat(readTwenty(engine, true)).hasSize(20);
        assertThat(engine.tailingReads.get())
                .as("Axon's behaviour: a read (or more) per commit")
                .isGreaterThanOrEqualTo(10);
    }

    /**
     * Opens a stream at the head, commits 20 events one unit of work each, and reads them from the stream; paced:
     * each commit after the one before has been read.
     */
    private List<String> readTwenty(CountingEngine engine, boolean paced) throws InterruptedException {
        store.publish(GenericEventMessage.asEventMessage("first"));
        BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null);
        assertThat(stream.nextAvailable().getPayload()).isEqualTo("first");
        // Reading on from the cache: the stream now follows the store's producer.
        assertThat(stream.hasNextAvailable(50, TimeUnit.MILLISECONDS)).isFalse();
        engine.tailingReads.set(0);
        List<String> received = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            store.publish(GenericEventMessage.asEventMessage("event " + i));
            unitOfWork.commit();
            if (paced && stream.hasNextAvailable(2, TimeUnit.SECONDS)) {
                received.add((String) stream.nextAvailable().getPayload());
            }
        }
        while (received.size() < 20 && stream.hasNextAvailable(2, TimeUnit.SECONDS)) {
            received.add((String) stream.nextAvailable().getPayload());
        }
        stream.close();
        return received;
    }

    /** Counts the reads of the producer (the blocking ones; a stream's private read does not block). */
    private static final class CountingEngine extends InMemoryEventStorageEngine {

        final AtomicInteger tailingReads = new AtomicInteger();

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
            if (mayBlock) {
                tailingReads.incrementAndGet();
            }
            return super.readEvents(trackingToken, mayBlock);
        }
    }
}
