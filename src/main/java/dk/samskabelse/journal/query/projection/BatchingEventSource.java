package dk.samskabelse.journal.query.projection;

import dk.samskabelse.journal.support.ProjectionProperties;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The event store as the projections' processor reads it: wakes the processor shortly after this instance
 * commits events, late enough that writes arriving one at a time are projected in one batch, one transaction.
 * <p>
 * Axon's pooled processor reads the event store's stream, hands what it finds to its work packages (one batch,
 * one transaction each) and, when the stream is drained, looks again after 500 ms unless the stream promises
 * to call back when events are there; the embedded event store makes no such promise. This source does: after a
 * local commit of events it calls back once {@code journal.projections.batch-delay} (default 20 ms) has passed,
 * one call back for all the commits inside that time; 0 calls back at once. Events committed by another
 * instance are found by a call back every {@code journal.projections.poll-interval} (500 ms, as before). The
 * delay only ever postpones waking an idle processor: while it is catching up it reads on without waiting, and
 * {@link #wakeNow()} (a web form waiting to show its own entry) skips the delay.
 */
@Component
public class BatchingEventSource {

    private static final Logger log = LoggerFactory.getLogger(BatchingEventSource.class);
    /** How long a woken stream waits for the event store to fetch the events a local commit announced. */
    private static final int FETCH_WAIT_MILLIS = 100;

    private final Duration delay;
    private final Duration pollInterval;
    private final Set<BatchingStream> streams = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean wakeScheduled = new AtomicBoolean();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "projection-batching");
        thread.setDaemon(true);
        return thread;
    });

    public BatchingEventSource(ProjectionProperties settings) {
        Duration delay = settings.batchDelay();
        Duration pollInterval = settings.pollInterval();
        if (delay.isNegative() || delay.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalStateException("journal.projections.batch-delay must be between 0 and 1 s, not " + delay);
        }
        this.delay = delay;
        this.pollInterval = pollInterval;
        timer.scheduleWithFixedDelay(
                () -> streams.forEach(stream -> stream.wake(false)),
                pollInterval.toMillis(),
                pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        log.info(
                "Projections batch the events of one instance for {} ms after a commit (poll every {} ms)",
                delay.toMillis(),
                pollInterval.toMillis());
    }

    public Duration delay() {
        return delay;
    }

    /** The given event store, read through this source; it learns of local commits by subscribing to it. */
    public StreamableMessageSource<TrackedEventMessage<?>> wrap(
            StreamableMessageSource<TrackedEventMessage<?>> source) {
        if (source instanceof EventBus bus) {
            bus.subscribe(this::published);
        }
        return new Source(source);
    }

    /** Wakes the processor now, for a caller waiting to read its own write. */
    public void wakeNow() {
        streams.forEach(stream -> stream.wake(true));
    }

    /** Called as events are published; they can be read once their transaction has committed. */
    private void published(List<? extends EventMessage<?>> events) {
        if (events.isEmpty()) {
            return;
        }
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> committed());
        } else {
            committed();
        }
    }

    private void committed() {
        if (delay.isZero()) {
            wakeNow();
        } else if (wakeScheduled.compareAndSet(false, true)) {
            timer.schedule(
                    () -> {
                        wakeScheduled.set(false);
                        wakeNow();
                    },
                    delay.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    private final class Source implements StreamableMessageSource<TrackedEventMessage<?>> {

        private final StreamableMessageSource<TrackedEventMessage<?>> delegate;

        private Source(StreamableMessageSource<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        @Override
        public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
            return new BatchingStream(delegate.openStream(trackingToken));
        }

        @Override
        public TrackingToken createTailToken() {
            return delegate.createTailToken();
        }

        @Override
        public TrackingToken createHeadToken() {
            return delegate.createHeadToken();
        }

        @Override
        public TrackingToken createTokenAt(Instant dateTime) {
            return delegate.createTokenAt(dateTime);
        }

        @Override
        public TrackingToken createTokenSince(Duration duration) {
            return delegate.createTokenSince(duration);
        }
    }

    /** The event store's stream, with the call back the processor asks for. */
    private final class BatchingStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private volatile Runnable callback;
        /** Set when a local commit announced events: the next look waits briefly for the store to fetch them. */
        private final AtomicBoolean announced = new AtomicBoolean();

        private BatchingStream(BlockingStream<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        void wake(boolean eventsCommitted) {
            Runnable onAvailable = callback;
            if (onAvailable != null) {
                if (eventsCommitted) {
                    announced.set(true);
                }
                try {
                    onAvailable.run();
                } catch (RejectedExecutionException e) {
                    // A processor shutting down refuses new tasks: expected, and an exception would end the poll.
                    log.debug("Projection processor not woken: {}", e.toString());
                } catch (RuntimeException e) {
                    // Anything else is a real failure; logged, not thrown, so that the periodic poll goes on.
                    log.warn("Projection processor could not be woken; the next poll tries again", e);
                }
            }
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.callback = callback;
            streams.add(this);
            return true;
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (announced.getAndSet(false)) {
                // Bounded: at worst the periodic poll finds the events.
                return delegate.hasNextAvailable(
                        Math.max(FETCH_WAIT_MILLIS, (int) Math.min(Integer.MAX_VALUE, unit.toMillis(timeout))),
                        TimeUnit.MILLISECONDS);
            }
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            streams.remove(this);
            delegate.close();
        }
    }
}
