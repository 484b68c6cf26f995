package dk.samskabelse.journal.query.summary;

import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.ProjectClosed;
import dk.samskabelse.journal.api.ProjectStarted;
import dk.samskabelse.journal.query.projection.EntryMeta;
import dk.samskabelse.journal.query.projection.ProjectRow;
import dk.samskabelse.journal.query.projection.ProjectionStore;
import dk.samskabelse.journal.query.projection.Projector;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
public class PortfolioProjector implements Projector {

    @Override
    public void apply(JournalEvent event, EntryMeta meta, ProjectionStore store) {
        if (event instanceof ProjectStarted e) {
            store.persist(new ProjectSummary(e.projectId(), e.name(), e.municipality(), e.area(), e.purpose(),
                    e.effectiveOn()));
        }
        ProjectSummary summary = store.projectRow(ProjectSummary.class, event.projectId()).orElseThrow();
        if (event instanceof ProjectClosed e) {
            summary.close(e.effectiveOn());
        }
        summary.recordEntry(event.entryId(), event.getClass().getSimpleName(), event.effectiveOn(),
                meta.recordedAt(), meta.recordedBy());
    }

    @Override
    public List<Class<? extends ProjectRow>> rowTypes() {
        return List.of(ProjectSummary.class);
    }
}
