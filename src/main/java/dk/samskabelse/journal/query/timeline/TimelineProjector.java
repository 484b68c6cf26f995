package dk.samskabelse.journal.query.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskabelse.journal.api.EntryRetracted;
import dk.samskabelse.journal.api.EntryType;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.query.projection.EntryMeta;
import dk.samskabelse.journal.query.projection.ProjectRow;
import dk.samskabelse.journal.query.projection.ProjectionStore;
import dk.samskabelse.journal.query.projection.Projector;
import dk.samskabelse.journal.support.JournalJson;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The merged chronological list of a project's entries. */
@Component
@Order(5) // the order ProjectionEventHandler applies the projectors in (see Projector)
public class TimelineProjector implements Projector {

    static final ObjectMapper JSON = JournalJson.mapper();

    @Override
    public void apply(JournalEvent event, EntryMeta meta, ProjectionStore store) {
        store.persist(new TimelineEntry(
                event.entryId(),
                event.projectId(),
                meta.sequenceNumber(),
                EntryType.of(event).storedName(),
                event.effectiveOn(),
                meta.recordedAt(),
                meta.recordedBy(),
                store.derived(event, TimelineProjector.class, TimelineProjector::json)));
        if (event instanceof EntryRetracted e) {
            store.find(TimelineEntry.class, e.projectId(), e.retractedEntryId())
                    .ifPresent(entry -> entry.retract(e.entryId(), meta.recordedAt()));
        }
    }

    private static String json(JournalEvent event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write entry " + event.entryId() + " as JSON", e);
        }
    }

    @Override
    public List<Class<? extends ProjectRow>> rowTypes() {
        return List.of(TimelineEntry.class);
    }
}
