package dk.samskabelse.journal.query.declarations;

import dk.samskabelse.journal.api.EntryRetracted;
import dk.samskabelse.journal.api.EntryType;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.TypologyDeclared;
import dk.samskabelse.journal.query.projection.EntryMeta;
import dk.samskabelse.journal.query.projection.ProjectRow;
import dk.samskabelse.journal.query.projection.ProjectionStore;
import dk.samskabelse.journal.query.projection.Projector;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Declared placements; the enacted placement is computed from roles and engagements under a model. */
@Component
@Order(6) // the order ProjectionEventHandler applies the projectors in (see Projector)
public class DeclarationsProjector implements Projector {

    @Override
    public void apply(JournalEvent event, EntryMeta meta, ProjectionStore store) {
        if (event instanceof TypologyDeclared e) {
            store.persist(new DeclaredPlacementRow(
                    e.entryId(),
                    e.projectId(),
                    e.effectiveOn(),
                    e.openness(),
                    e.centrality(),
                    e.rationale(),
                    e.perspective(),
                    e.actorId()));
        } else if (event instanceof EntryRetracted e
                && EntryType.TYPOLOGY_DECLARED.isStoredAs(e.retractedEntryType())) {
            store.find(DeclaredPlacementRow.class, e.projectId(), e.retractedEntryId())
                    .ifPresent(store::remove);
        }
    }

    @Override
    public List<Class<? extends ProjectRow>> rowTypes() {
        return List.of(DeclaredPlacementRow.class);
    }
}
