package dk.samskabelse.journal.demo;

import dk.samskabelse.journal.security.DemoProjects;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/** The demo projects for security's demo users: the ids of the plans made from the demo data files. */
@Component
class DemoProjectIds implements DemoProjects {

    private final Clock clock;

    DemoProjectIds(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<String> projectIds() {
        return DemoHistories.plans(clock.getZone()).stream()
                .map(DemoPlan::projectId)
                .toList();
    }
}
