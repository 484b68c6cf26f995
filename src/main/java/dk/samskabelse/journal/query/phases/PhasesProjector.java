package dk.samskabelse.journal.query.phases;

import dk.samskabelse.journal.api.EntryRetracted;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.api.PhaseChanged;
import dk.samskabelse.journal.api.ProjectClosed;
import dk.samskabelse.journal.api.ProjectStarted;
import dk.samskabelse.journal.query.projection.EntryMeta;
import dk.samskabelse.journal.query.projection.ProjectRow;
import dk.samskabelse.journal.query.projection.ProjectionStore;
import dk.samskabelse.journal.query.projection.Projector;
import org.springframework.stereotype.Component;

import java.util.List;

/** Phase intervals, including steps back. Every project starts in Afklaring (seed 002, phase 1). */
@Component
public class PhasesProjector implements Projector {

    @Override
    public void apply(JournalEvent event, EntryMeta meta, ProjectionStore store) {
        if (event instanceof ProjectStarted e) {
            store.persist(new PhaseInterval(e.entryId(), e.projectId(), Phase.AFKLARING, e.effectiveOn(), false,
                    null, false, null));
            store.persist(new PhaseCursor(e.projectId(), e.entryId()));
        } else if (event instanceof PhaseChanged e) {
            PhaseCursor cursor = store.projectRow(PhaseCursor.class, e.projectId()).orElseThrow();
            store.find(PhaseInterval.class, e.projectId(), cursor.getCurrentIntervalId()).orElseThrow()
                    .end(e.effectiveOn(), e.entryId());
            store.persist(new PhaseInterval(e.entryId(), e.projectId(), e.toPhase(), e.effectiveOn(), e.backwards(),
                    e.note(), e.shareable(), cursor.getCurrentIntervalId()));
            cursor.setCurrentIntervalId(e.entryId());
        } else if (event instanceof ProjectClosed e) {
            PhaseCursor cursor = store.projectRow(PhaseCursor.class, e.projectId()).orElseThrow();
            store.find(PhaseInterval.class, e.projectId(), cursor.getCurrentIntervalId()).orElseThrow()
                    .end(e.effectiveOn(), e.entryId());
        } else if (event instanceof EntryRetracted e && "PhaseChanged".equals(e.retractedEntryType())) {
            store.find(PhaseInterval.class, e.projectId(), e.retractedEntryId()).ifPresent(interval -> {
                PhaseInterval previous = store.find(PhaseInterval.class, e.projectId(), interval.getPreviousEntryId()).orElseThrow();
                previous.reopen();
                store.projectRow(PhaseCursor.class, e.projectId()).orElseThrow().setCurrentIntervalId(previous.getEntryId());
                store.remove(interval);
            });
        }
    }

    @Override
    public List<Class<? extends ProjectRow>> rowTypes() {
        return List.of(PhaseInterval.class, PhaseCursor.class);
    }
}
