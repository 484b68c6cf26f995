package dk.samskabelse.journal.query.timeline;

import dk.samskabelse.journal.query.projection.JpaProjectionStore;
import dk.samskabelse.journal.query.projection.ProjectionEventHandler;
import dk.samskabelse.journal.query.projection.ProjectionGroups;
import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(ProjectionGroups.TIMELINE)
class TimelineEventHandler extends ProjectionEventHandler {

    TimelineEventHandler(TimelineProjector projector, JpaProjectionStore store) {
        super(projector, store);
    }
}
