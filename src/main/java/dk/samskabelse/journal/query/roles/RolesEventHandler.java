package dk.samskabelse.journal.query.roles;

import dk.samskabelse.journal.query.projection.JpaProjectionStore;
import dk.samskabelse.journal.query.projection.ProjectionEventHandler;
import dk.samskabelse.journal.query.projection.ProjectionGroups;
import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(ProjectionGroups.ROLES)
class RolesEventHandler extends ProjectionEventHandler {

    RolesEventHandler(RolesProjector projector, JpaProjectionStore store) {
        super(projector, store);
    }
}
