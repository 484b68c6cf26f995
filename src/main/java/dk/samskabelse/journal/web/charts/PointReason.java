package dk.samskabelse.journal.web.charts;

import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.query.engagements.EngagementRow;
import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.timeline.TimelineEntry;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

    /**
     * The reason of each date, for the dates of the project's trajectory. The engagements are grouped by the day
     * they leave the window and the phases kept by their first day once, not searched again for every date (a
     * project of thousands of entries has thousands of trajectory dates).
     */
    public static Map<LocalDate, PointReason> of(ProjectData data, List<LocalDate> dates, int windowDays) {
        Set<LocalDate> entryDates = data.timeline().stream()
                .filter(e -> !e.isRetracted())
                .map(TimelineEntry::getEffectiveOn)
                .collect(Collectors.toSet());
        Map<LocalDate, List<LocalDate>> leavingOn = data.engagements().stream()
                .map(EngagementRow::getOccurredOn)
                .distinct()
                .collect(Collectors.groupingBy(occurred -> occurred.plusDays(windowDays)));
        TreeMap<LocalDate, Phase> phaseFrom = new TreeMap<>();
        // Intervals are in date order: of two begun on one day, the later one is in force.
        data.phaseIntervals().forEach(interval -> phaseFrom.put(interval.getFromDate(), interval.getPhase()));
        Map<LocalDate, PointReason> reasons = new HashMap<>();
        for (LocalDate date : dates) {
            Map.Entry<LocalDate, Phase> phase = phaseFrom.floorEntry(date);
            reasons.put(
                    date,
                    new PointReason(
                            date,
                            phase == null ? null : phase.getValue(),
                            entryDates.contains(date),
                            leavingOn.getOrDefault(date, List.of()),
                            windowDays));
        }
        return reasons;
    }
}
