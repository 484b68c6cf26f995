package dk.samskabelse.journal.query.project;

import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The project's computed views as the JSON API and the pages serve them: from the view cache when data is the
 * cache's "now" rows of a project version, computed afresh for time travel and replays (ViewCache). One place
 * for each view's cache key, so that every caller (and the benchmark, bench/README.md W4) shares the same entry.
 */
@Component
public class ProjectViews {

    private final ViewCache cache;
    private final Clock clock;

    public ProjectViews(ViewCache cache, Clock clock) {
        this.cache = cache;
        this.clock = clock;
    }

    public TimelineView timeline(ProjectData data) {
        return cache.view(data, "timeline", clock.getZone(), () -> TimelineView.from(data, clock.getZone()));
    }

    public PhasesView phases(ProjectData data) {
        return cache.view(data, "phases", null, () -> PhasesView.from(data));
    }

    public EngagementsView engagements(ProjectData data) {
        return cache.view(data, "engagements", null, () -> EngagementsView.from(data));
    }
}
