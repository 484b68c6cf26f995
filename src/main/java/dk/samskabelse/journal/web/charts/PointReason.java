package dk.samskabelse.journal.web.charts;

import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.query.engagements.EngagementRow;
import dk.samskabelse.journal.query.phases.PhaseInterval;
import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.timeline.TimelineEntry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Why an enacted point lies on its date and in which phase (issue 18 item 7). The trajectory has a point on every
 * date the evidence changes (query/typology/EnactedPlacement.changeDates): an entry (an actor joins, shifts role,
 * withdraws; an engagement) or the day an engagement leaves the model's window (its date + windowDays), when its
 * signals stop counting. On such a day the journal has no entry, which the review found unexplained.
 *
 * @param entry   whether an entry in force has this effective date
 * @param expired the dates of the engagements that leave the window on this day
 */
public record PointReason(LocalDate date, Phase phase, boolean entry, List<LocalDate> expired, int windowDays) {

    /** A point the journal has no entry for: only a signal leaving the window explains it. */
    public boolean withoutEntry() {
        return !entry;
    }

    /** The reason of each date, for the dates of the project's trajectory. */
    public static Map<LocalDate, PointReason> of(ProjectData data, List<LocalDate> dates, int windowDays) {
        Set<LocalDate> entryDates = data.timeline().stream().filter(e -> !e.isRetracted())
                .map(TimelineEntry::getEffectiveOn).collect(Collectors.toSet());
        Map<LocalDate, PointReason> reasons = new HashMap<>();
        for (LocalDate date : dates) {
            List<LocalDate> expired = data.engagements().stream().map(EngagementRow::getOccurredOn)
                    .filter(occurred -> occurred.plusDays(windowDays).equals(date)).distinct().toList();
            reasons.put(date, new PointReason(date, phaseOn(data.phaseIntervals(), date), entryDates.contains(date),
                    expired, windowDays));
        }
        return reasons;
    }

    /** The phase in force on a date: the last interval begun by then (intervals are in date order). */
    static Phase phaseOn(List<PhaseInterval> intervals, LocalDate date) {
        Phase phase = null;
        for (PhaseInterval interval : intervals) {
            if (!interval.getFromDate().isAfter(date)) {
                phase = interval.getPhase();
            }
        }
        return phase;
    }
}
