package dk.samskabelse.journal.query.summary;

import dk.samskabelse.journal.query.projection.JpaProjectionStore;
import dk.samskabelse.journal.query.projection.ProjectionEventHandler;
import dk.samskabelse.journal.query.projection.ProjectionGroups;
import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(ProjectionGroups.PORTFOLIO)
class PortfolioEventHandler extends ProjectionEventHandler {

    PortfolioEventHandler(PortfolioProjector projector, JpaProjectionStore store) {
        super(projector, store);
    }
}
