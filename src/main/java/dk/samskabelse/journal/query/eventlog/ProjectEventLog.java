package dk.samskabelse.journal.query.eventlog;

import dk.samskabelse.journal.api.DemoProvenance;
import dk.samskabelse.journal.api.EntryRetracted;
import dk.samskabelse.journal.api.EntryType;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.query.project.TimeTravel;
import dk.samskabelse.journal.query.projection.EntryMeta;
import dk.samskabelse.journal.query.projection.ProjectionEventHandler;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's journal exactly as stored: read from the event store by aggregate id (one index range scan),
 * never from the whole store. knownAt leaves out what was written later; asOf what happened later
 * (retractions are kept, as in every other view). An entry of a demo project carries its demo provenance, so every
 * export of a demo says so (issue 13).
 */
@Service
public class ProjectEventLog {

    private final EventStore eventStore;
    private final DemoProvenance demo;

    public ProjectEventLog(EventStore eventStore, DemoProvenance demo) {
        this.eventStore = eventStore;
        this.demo = demo;
    }

    @Transactional(readOnly = true)
    public Optional<List<LoggedEntry>> entries(String projectId, TimeTravel when) {
        List<LoggedEntry> entries = eventStore
                .readEvents(projectId)
                .asStream()
                .map(this::toEntry)
                .filter(entry -> visible(entry, when))
                .toList();
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries);
    }

    private static boolean visible(LoggedEntry entry, TimeTravel when) {
        if (when.knownAt() != null && entry.recordedAt().isAfter(when.knownAt())) {
            return false;
        }
        return when.asOf() == null
                || entry.payload() instanceof EntryRetracted
                || !entry.effectiveOn().isAfter(when.asOf());
    }

    private LoggedEntry toEntry(DomainEventMessage<?> message) {
        JournalEvent event = (JournalEvent) message.getPayload();
        EntryMeta meta = ProjectionEventHandler.meta(message);
        return new LoggedEntry(
                message.getSequenceNumber(),
                event.entryId(),
                EntryType.of(event).storedName(),
                event.effectiveOn(),
                meta.recordedAt(),
                meta.recordedBy(),
                event,
                demo.source(message.getAggregateIdentifier(), event.entryId()).orElse(null));
    }
}
