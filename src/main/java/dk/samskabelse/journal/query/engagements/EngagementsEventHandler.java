package dk.samskabelse.journal.query.engagements;

import dk.samskabelse.journal.query.projection.JpaProjectionStore;
import dk.samskabelse.journal.query.projection.ProjectionEventHandler;
import dk.samskabelse.journal.query.projection.ProjectionGroups;
import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(ProjectionGroups.ENGAGEMENTS)
class EngagementsEventHandler extends ProjectionEventHandler {

    EngagementsEventHandler(EngagementsProjector projector, JpaProjectionStore store) {
        super(projector, store);
    }
}
