package dk.samskabelse.journal.query.project;

import dk.samskabelse.journal.query.declarations.DeclaredPlacementRow;
import dk.samskabelse.journal.query.engagements.EngagementRow;
import dk.samskabelse.journal.query.phases.PhaseInterval;
import dk.samskabelse.journal.query.roles.ActorRow;
import dk.samskabelse.journal.query.roles.RoleInterval;
import dk.samskabelse.journal.query.summary.ProjectSummary;
import dk.samskabelse.journal.query.timeline.TimelineEntry;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** All read-model rows of one project, from the live tables or from a replay; what every view is built from. */
public record ProjectData(
        ProjectSummary summary,
        List<ActorRow> actors,
        List<RoleInterval> roleIntervals,
        List<PhaseInterval> phaseIntervals,
        List<EngagementRow> engagements,
        List<DeclaredPlacementRow> declarations,
        List<TimelineEntry> timeline) {

    public ProjectData {
        // Rows come from a hash map or a database in no particular order; views need a stable one. Intervals that
        // begin on the same day (a change dated on the day of the previous one) follow the order their entries
        // were written in, so that the last interval is the current one whatever the entry ids.
        Map<String, Long> written = timeline.stream()
                .collect(Collectors.toMap(TimelineEntry::getEntryId, TimelineEntry::getSequenceNumber, Math::min));
        actors = sorted(actors, Comparator.comparing(ActorRow::getJoinedOn).thenComparing(ActorRow::getActorId));
        roleIntervals = sorted(
                roleIntervals,
                Comparator.comparing(RoleInterval::getFromDate)
                        .thenComparingLong(i -> written.getOrDefault(i.getEntryId(), Long.MAX_VALUE))
                        .thenComparing(RoleInterval::getEntryId));
        phaseIntervals = sorted(
                phaseIntervals,
                Comparator.comparing(PhaseInterval::getFromDate)
                        .thenComparing(p -> p.getToDate() == null ? 1 : 0)
                        .thenComparingLong(p -> written.getOrDefault(p.getEntryId(), Long.MAX_VALUE))
                        .thenComparing(PhaseInterval::getEntryId));
        engagements = sorted(
                engagements,
                Comparator.comparing(EngagementRow::getOccurredOn).thenComparing(EngagementRow::getEntryId));
        declarations = sorted(
                declarations,
                Comparator.comparing(DeclaredPlacementRow::getEffectiveOn)
                        .thenComparing(DeclaredPlacementRow::getEntryId));
        timeline = sorted(
                timeline,
                Comparator.comparing(TimelineEntry::getEffectiveOn).thenComparing(TimelineEntry::getSequenceNumber));
    }

    private static <T> List<T> sorted(List<T> rows, Comparator<T> order) {
        return rows.stream().sorted(order).toList();
    }
}
