package dk.samskabelse.journal.query.declarations;

import dk.samskabelse.journal.query.projection.JpaProjectionStore;
import dk.samskabelse.journal.query.projection.ProjectionEventHandler;
import dk.samskabelse.journal.query.projection.ProjectionGroups;
import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(ProjectionGroups.TYPOLOGY)
class DeclarationsEventHandler extends ProjectionEventHandler {

    DeclarationsEventHandler(DeclarationsProjector projector, JpaProjectionStore store) {
        super(projector, store);
    }
}
