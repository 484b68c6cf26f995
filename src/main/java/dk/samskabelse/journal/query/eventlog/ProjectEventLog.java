package dk.samskabelse.journal.query.eventlog;

import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.config.RecordingMetadata;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A project's journal exactly as stored: read from the event store by aggregate id (one index range scan),
 * never from the whole store.
 */
@Service
public class ProjectEventLog {

    private final EventStore eventStore;

    public ProjectEventLog(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Transactional(readOnly = true)
    public Optional<List<LoggedEntry>> entries(String projectId) {
        List<LoggedEntry> entries = eventStore.readEvents(projectId).asStream()
                .map(ProjectEventLog::toEntry)
                .toList();
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries);
    }

    private static LoggedEntry toEntry(DomainEventMessage<?> message) {
        JournalEvent event = (JournalEvent) message.getPayload();
        Object recordedAt = message.getMetaData().get(RecordingMetadata.RECORDED_AT);
        Object recordedBy = message.getMetaData().get(RecordingMetadata.RECORDED_BY);
        return new LoggedEntry(message.getSequenceNumber(), event.entryId(), message.getPayloadType().getSimpleName(),
                event.effectiveOn(), recordedAt != null ? Instant.parse(recordedAt.toString()) : message.getTimestamp(),
                recordedBy != null ? recordedBy.toString() : null, event);
    }
}
