package dk.samskabelse.journal.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dk.samskabelse.journal.support.ProjectionProperties;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** How the projections' event source wakes its processor: after a local commit, never by polling alone. */
class BatchingEventSourceTest {

    private BatchingEventSource batching;

    @AfterEach
    void stop() {
        if (batching != null) {
            batching.stop();
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void withoutDelayACommitWakesTheProcessorAtOnceAndItLooksForTheAnnouncedEvents() throws Exception {
        batching = new BatchingEventSource(new ProjectionProperties(Duration.ZERO, Duration.ofHours(1)));
        EventStore store = mock(EventStore.class);
        BlockingStream<TrackedEventMessage<?>> stream = mock(BlockingStream.class);
        when(store.openStream(any())).thenReturn((BlockingStream) stream);
        var source = batching.wrap(store);
        ArgumentCaptor<Consumer<List<? extends EventMessage<?>>>> subscriber = ArgumentCaptor.forClass(Consumer.class);
        verify(store).subscribe(subscriber.capture());

        BlockingStream<TrackedEventMessage<?>> opened = source.openStream(null);
        AtomicInteger woken = new AtomicInteger();
        assertThat(opened.setOnAvailableCallback(woken::incrementAndGet))
                .as("the processor is promised a call back, so it does not poll every 500 ms")
                .isTrue();

        subscriber.getValue().accept(List.of());
        assertThat(woken).as("nothing published, nothing to wake for").hasValue(0);
        // Outside a unit of work the events count as committed.
        subscriber.getValue().accept(List.of(GenericEventMessage.asEventMessage("event")));
        assertThat(woken).hasValue(1);

        // The first look after a commit waits (bounded) for the event store to fetch the events; later ones do not.
        opened.hasNextAvailable();
        verify(stream).hasNextAvailable(eq(100), eq(TimeUnit.MILLISECONDS));
        opened.hasNextAvailable();
        verify(stream).hasNextAvailable(eq(0), eq(TimeUnit.NANOSECONDS));

        opened.close();
        subscriber.getValue().accept(List.of(GenericEventMessage.asEventMessage("event")));
        assertThat(woken).as("a closed stream is not woken").hasValue(1);
    }

    @Test
    void theDelayIsBounded() {
        assertThatThrownBy(() -> new BatchingEventSource(
                        new ProjectionProperties(Duration.ofSeconds(2), Duration.ofMillis(500))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("batch-delay");
        assertThatThrownBy(() -> new BatchingEventSource(
                        new ProjectionProperties(Duration.ofMillis(-1), Duration.ofMillis(500))))
                .isInstanceOf(IllegalStateException.class);
    }
}
