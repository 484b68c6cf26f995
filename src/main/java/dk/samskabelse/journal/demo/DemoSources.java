package dk.samskabelse.journal.demo;

import dk.samskabelse.journal.api.DemoProvenance;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The demo histories' provenance (issue 13, demo honesty), read from the demo data files: a project whose id is
 * derived from a demo file's key is a demo project, and each of its entries from the file either cites its seed
 * passage or is invented. Nothing is stored: the ids are derived from the files, so the files are the record. It
 * holds whether or not the demo histories were loaded, since the ids cannot belong to any other project.
 */
@Component
class DemoSources implements DemoProvenance {

    private final Map<String, DemoPlan> plans;

    @Autowired
    DemoSources(Clock clock) {
        this(DemoHistories.plans(clock.getZone()));
    }

    DemoSources(List<DemoPlan> plans) {
        this.plans = plans.stream().collect(Collectors.toUnmodifiableMap(DemoPlan::projectId, Function.identity()));
    }

    @Override
    public Optional<DemoProject> project(String projectId) {
        return Optional.ofNullable(plans.get(projectId)).map(plan -> new DemoProject(plan.key(), plan.seedFile()));
    }

    @Override
    public Optional<DemoSource> source(String projectId, String entryId) {
        DemoPlan plan = plans.get(projectId);
        if (plan == null) {
            return Optional.empty();
        }
        // An entry a user wrote into a demo project (or an erasure) is not demo content.
        return Optional.of(plan.sources().getOrDefault(entryId, DemoSource.RECORDED));
    }
}
