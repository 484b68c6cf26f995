package dk.samskabelse.journal.query.rebuild;

import dk.samskabelse.journal.query.projection.ProjectionGroups;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The streaming processors of the read side and where each stands against the head of the event store. */
@Component
public class ProjectionProcessors {

    /** One segment's committed token as the token store holds it, whichever journal process owns it. */
    private record StoredToken(TrackingToken token) {
    }

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    public ProjectionProcessors(EventProcessingConfiguration processing, EventStore eventStore, JdbcTemplate jdbc,
                                Serializer serializer) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    public StreamingEventProcessor processor(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class)
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
        while (System.nanoTime() < deadline) {
            if (ProjectionGroups.ALL.stream().allMatch(group -> progress(group, head).caughtUp())) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /**
     * A processor is as far as its slowest segment. Positions come from the committed tokens in the token store,
     * so every segment counts: those held by another journal process, those not claimed yet after a restart or a
     * reset, and one released after a failed batch.
     */
    private ProcessorProgress progress(String group, long head) {
        StreamingEventProcessor processor = processor(group);
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        List<StoredToken> tokens = storedTokens(group);
        long position = tokens.isEmpty() ? 0 : tokens.stream()
                .mapToLong(t -> position(t.token())).min().orElse(0L);
        // Axon keeps a segment's token a ReplayToken until an event newer than the reset point arrives, which on a
        // quiet journal is never; the replay itself is done once the reset point is reached.
        boolean replaying = tokens.stream().anyMatch(t -> t.token() instanceof ReplayToken replay
                && position(replay.getCurrentToken()) < position(replay.getTokenAtReset()));
        boolean error = status.values().stream().anyMatch(EventTrackerStatus::isErrorState);
        return new ProcessorProgress(group, Math.min(position, head), head, replaying, processor.isRunning(), error);
    }

    private List<StoredToken> storedTokens(String group) {
        return jdbc.query("SELECT token, token_type FROM token_entry WHERE processor_name = ?",
                (row, i) -> new StoredToken(row.getBytes(1) == null ? null : serializer.deserialize(
                        new SimpleSerializedObject<>(row.getBytes(1), byte[].class, row.getString(2), null))),
                group);
    }

    static long position(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0L);
    }
}
