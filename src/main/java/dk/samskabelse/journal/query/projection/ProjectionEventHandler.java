package dk.samskabelse.journal.query.projection;

import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.RecordingMetadata;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Connects one projector to its streaming event processor. Each subclass names its processing group
 * explicitly: the default name would be the package, and moving a class would orphan the group's token.
 */
public abstract class ProjectionEventHandler {

    private final Projector projector;
    private final JpaProjectionStore store;

    protected ProjectionEventHandler(Projector projector, JpaProjectionStore store) {
        this.projector = projector;
        this.store = store;
    }

    @EventHandler
    void on(JournalEvent event, DomainEventMessage<?> message) {
        FailingEventIsolation.failIfUnusable();
        projector.apply(event, meta(message), store);
    }

    @ResetHandler
    void reset() {
        projector.rowTypes().forEach(store::removeAll);
    }

    public static EntryMeta meta(DomainEventMessage<?> message) {
        Object recordedAt = message.getMetaData().get(RecordingMetadata.RECORDED_AT);
        Object recordedBy = message.getMetaData().get(RecordingMetadata.RECORDED_BY);
        return new EntryMeta(message.getSequenceNumber(),
                // Microseconds: what both databases keep, so a replay equals what the tables hold.
                (recordedAt != null ? Instant.parse(recordedAt.toString()) : message.getTimestamp())
                        .truncatedTo(ChronoUnit.MICROS),
                recordedBy != null ? recordedBy.toString() : null);
    }
}
