package dk.samskabelse.journal.query.engagements;

import dk.samskabelse.journal.api.EngagementRecorded;
import dk.samskabelse.journal.api.EntryRetracted;
import dk.samskabelse.journal.api.EntryType;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.query.projection.EntryMeta;
import dk.samskabelse.journal.query.projection.ProjectRow;
import dk.samskabelse.journal.query.projection.ProjectionStore;
import dk.samskabelse.journal.query.projection.Projector;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The engagement log; statistics are computed from it when asked. */
@Component
@Order(4) // the order ProjectionEventHandler applies the projectors in (see Projector)
public class EngagementsProjector implements Projector {

    @Override
    public void apply(JournalEvent event, EntryMeta meta, ProjectionStore store) {
        if (event instanceof EngagementRecorded e) {
            store.persist(new EngagementRow(
                    e.entryId(),
                    e.projectId(),
                    e.kind(),
                    e.title(),
                    e.effectiveOn(),
                    e.initiatedBy(),
                    e.participants(),
                    e.contributions(),
                    e.coInitiators(),
                    e.attendance()));
        } else if (event instanceof EntryRetracted e
                && EntryType.ENGAGEMENT_RECORDED.isStoredAs(e.retractedEntryType())) {
            store.find(EngagementRow.class, e.projectId(), e.retractedEntryId()).ifPresent(store::remove);
        }
    }

    @Override
    public List<Class<? extends ProjectRow>> rowTypes() {
        return List.of(EngagementRow.class);
    }
}
