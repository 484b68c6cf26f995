package dk.samskabelse.journal.web.charts;

import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.query.declarations.DeclaredPlacementRow;
import dk.samskabelse.journal.query.engagements.EngagementRow;
import dk.samskabelse.journal.query.phases.PhaseInterval;
import dk.samskabelse.journal.query.phases.PhasesProjector;
import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.projection.EntryMeta;
import dk.samskabelse.journal.query.projection.InMemoryProjectionStore;
import dk.samskabelse.journal.query.projection.Projector;
import dk.samskabelse.journal.query.roles.ActorRow;
import dk.samskabelse.journal.query.roles.RoleInterval;
import dk.samskabelse.journal.query.roles.RolesProjector;
import dk.samskabelse.journal.query.summary.PortfolioProjector;
import dk.samskabelse.journal.query.summary.ProjectSummary;
import dk.samskabelse.journal.query.timeline.TimelineEntry;
import dk.samskabelse.journal.query.timeline.TimelineProjector;
import java.time.Instant;
import java.util.List;

/** A project's rows as the live projectors make them from its events, in memory, for chart tests. */
final class ProjectedData {

    private ProjectedData() {}

    static ProjectData of(String projectId, List<JournalEvent> events) {
        InMemoryProjectionStore store = new InMemoryProjectionStore();
        List<Projector> projectors =
                List.of(new PortfolioProjector(), new RolesProjector(), new PhasesProjector(), new TimelineProjector());
        for (int i = 0; i < events.size(); i++) {
            EntryMeta meta =
                    new EntryMeta(i, Instant.parse("2024-03-01T10:00:00Z").plusSeconds(i), "pl");
            for (Projector projector : projectors) {
                projector.apply(events.get(i), meta, store);
            }
        }
        return new ProjectData(
                store.projectRow(ProjectSummary.class, projectId).orElseThrow(),
                store.forProject(ActorRow.class, projectId),
                store.forProject(RoleInterval.class, projectId),
                store.forProject(PhaseInterval.class, projectId),
                store.forProject(EngagementRow.class, projectId),
                store.forProject(DeclaredPlacementRow.class, projectId),
                store.forProject(TimelineEntry.class, projectId));
    }
}
