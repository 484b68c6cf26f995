package dk.samskabelse.journal.query.phases;

import dk.samskabelse.journal.query.projection.JpaProjectionStore;
import dk.samskabelse.journal.query.projection.ProjectionEventHandler;
import dk.samskabelse.journal.query.projection.ProjectionGroups;
import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(ProjectionGroups.PHASES)
class PhasesEventHandler extends ProjectionEventHandler {

    PhasesEventHandler(PhasesProjector projector, JpaProjectionStore store) {
        super(projector, store);
    }
}
