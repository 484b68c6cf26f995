package dk.samskabelse.journal.query.rebuild;

import dk.samskabelse.journal.query.projection.BatchingEventSource;
import dk.samskabelse.journal.query.projection.ProjectionGroups;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The streaming processor of the read side (one group, {@link ProjectionGroups#PROJECTIONS}, feeds every
 * projection) and where it stands against the head of the event store.
 */
@Component
public class ProjectionProcessors {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final BatchingEventSource batching;

    public ProjectionProcessors(
            EventProcessingConfiguration processing, EventStore eventStore, BatchingEventSource batching) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.batching = batching;
    }

    public StreamingEventProcessor processor(String group) {
        return processing
                .eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No streaming processor for group " + group));
    }

    public long head() {
        return position(eventStore.createHeadToken());
    }

    public List<ProcessorProgress> progress() {
        long head = head();
        return ProjectionGroups.ALL.stream().map(group -> progress(group, head)).toList();
    }

    /** Blocks until every projection has processed everything stored before the call (or the time is up). */
    public boolean awaitCaughtUp(Duration timeout) {
        long head = head();
        long deadline = System.nanoTime() + timeout.toNanos();
        // The caller waits for its own write: no point holding it back for a fuller batch.
        batching.wakeNow();
        while (System.nanoTime() < deadline) {
            if (ProjectionGroups.ALL.stream()
                    .allMatch(group -> progress(group, head).caughtUp())) {
                return true;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private ProcessorProgress progress(String group, long head) {
        StreamingEventProcessor processor = processor(group);
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        // A processor is as far as its slowest segment; unclaimed segments (just after a reset) count as 0. Only
        // claimed segments have a status, and after a restart they are claimed one by one: unless the claimed
        // ones cover the whole stream (segment i/mask covers 1/(mask+1) of it), some segment is still at 0.
        double covered = status.values().stream()
                .mapToDouble(s -> 1.0 / (s.getSegment().getMask() + 1))
                .sum();
        long position = covered < 1.0 - 1e-9
                ? 0
                : status.values().stream()
                        .mapToLong(s -> s.getCurrentPosition().orElse(0L))
                        .min()
                        .orElse(0L);
        // Axon keeps a segment's token a ReplayToken (isReplaying) until an event newer than the reset point
        // arrives, which on a quiet journal is never; the replay itself is done once the reset point is reached.
        boolean replaying = status.values().stream()
                .anyMatch(s -> s.isReplaying()
                        && s.getCurrentPosition().orElse(0L)
                                < s.getResetPosition().orElse(Long.MAX_VALUE));
        boolean error = status.values().stream().anyMatch(EventTrackerStatus::isErrorState);
        return new ProcessorProgress(group, Math.min(position, head), head, replaying, processor.isRunning(), error);
    }

    static long position(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0L);
    }
}
