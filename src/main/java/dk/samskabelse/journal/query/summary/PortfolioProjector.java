package dk.samskabelse.journal.query.summary;

import dk.samskabelse.journal.api.EntryType;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.ProjectClosed;
import dk.samskabelse.journal.api.ProjectReopened;
import dk.samskabelse.journal.api.ProjectStarted;
import dk.samskabelse.journal.query.projection.EntryMeta;
import dk.samskabelse.journal.query.projection.ProjectRow;
import dk.samskabelse.journal.query.projection.ProjectionStore;
import dk.samskabelse.journal.query.projection.Projector;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

@Component
@Order(1) // the order ProjectionEventHandler applies the projectors in (see Projector)
public class PortfolioProjector implements Projector {

    private static final Logger log = LoggerFactory.getLogger(PortfolioProjector.class);

    @Override
    public void apply(JournalEvent event, EntryMeta meta, ProjectionStore store) {
        if (event instanceof ProjectStarted e) {
            if (store.projectRow(ProjectSummary.class, e.projectId()).isPresent()) {
                ignoreRepeat(event, meta);
                return;
            }
            store.persist(new ProjectSummary(
                    e.projectId(),
                    e.name(),
                    e.municipality(),
                    e.area(),
                    e.purpose(),
                    e.effectiveOn(),
                    e.continuesProjectId()));
        }
        ProjectSummary summary =
                store.projectRow(ProjectSummary.class, event.projectId()).orElseThrow();
        // Every replay feeds a project's events in the order they were stored (a time-travel replay leaves some
        // out, never reorders), so the n-th event seen carries sequence number n or more; a lower number is one
        // delivered again. The event processor may do that after a crash (the reliability profile's CrashIT once
        // counted an entry twice), and the count is the one row here that a repeat would not refuse by its key.
        if (!(event instanceof ProjectStarted) && meta.sequenceNumber() < summary.getEntryCount()) {
            ignoreRepeat(event, meta);
            return;
        }
        if (event instanceof ProjectClosed e) {
            summary.close(e.effectiveOn());
        } else if (event instanceof ProjectReopened e) {
            summary.reopen(e.effectiveOn());
        }
        summary.recordEntry(
                event.entryId(),
                EntryType.of(event).storedName(),
                event.effectiveOn(),
                meta.recordedAt(),
                meta.recordedBy());
        // Every event, whatever its kind (retractions too): the other projectors' rows of this project may have
        // changed with it, and with one processor they commit together with this row.
        summary.applied();
    }

    private static void ignoreRepeat(JournalEvent event, EntryMeta meta) {
        log.warn(
                "The portfolio saw entry {} of project {} (sequence number {}) a second time; ignored",
                event.entryId(),
                event.projectId(),
                meta.sequenceNumber());
    }

    @Override
    public List<Class<? extends ProjectRow>> rowTypes() {
        return List.of(ProjectSummary.class);
    }
}
