package dk.samskabelse.journal.query.projection;

import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.RecordingMetadata;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.stereotype.Component;

/**
 * The read side's only event handler: applies every projector to each event, in the processing group
 * {@value ProjectionGroups#PROJECTIONS}. So an event is read and deserialised once, and a batch of events is
 * projected into all the read models in one transaction, together with the processor's token.
 * <p>
 * The projectors run in their {@code @Order}: portfolio, roles, phases, engagements, timeline, declarations (the
 * typology's declared placements). Each owns its own row types and reads no other's, so the order changes no
 * row; it is fixed so that every instance and every replay does the same writes in the same order. The group is
 * named explicitly: the default would be the package, and moving the class would orphan the token.
 */
@Component
@ProcessingGroup(ProjectionGroups.PROJECTIONS)
public class ProjectionEventHandler {

    private final List<Projector> projectors;
    private final JpaProjectionStore store;

    public ProjectionEventHandler(List<Projector> projectors, JpaProjectionStore store) {
        List<Projector> ordered = new ArrayList<>(projectors);
        AnnotationAwareOrderComparator.sort(ordered);
        this.projectors = List.copyOf(ordered);
        this.store = store;
    }

    @EventHandler
    void on(JournalEvent event, DomainEventMessage<?> message) {
        FailingEventIsolation.failIfUnusable();
        EntryMeta meta = meta(message);
        for (Projector projector : projectors) {
            projector.apply(event, meta, store);
        }
    }

    /** A rebuild starts from empty read models: every projector's rows go, children first. */
    @ResetHandler
    void reset() {
        projectors.forEach(projector -> projector.rowTypes().forEach(store::removeAll));
    }

    /** The projectors in the order they are applied. */
    public List<Projector> projectors() {
        return projectors;
    }

    public static EntryMeta meta(DomainEventMessage<?> message) {
        Object recordedAt = message.getMetaData().get(RecordingMetadata.RECORDED_AT);
        Object recordedBy = message.getMetaData().get(RecordingMetadata.RECORDED_BY);
        return new EntryMeta(
                message.getSequenceNumber(),
                // Microseconds: what both databases keep, so a replay equals what the tables hold.
                (recordedAt != null ? Instant.parse(recordedAt.toString()) : message.getTimestamp())
                        .truncatedTo(ChronoUnit.MICROS),
                recordedBy != null ? recordedBy.toString() : null);
    }
}
