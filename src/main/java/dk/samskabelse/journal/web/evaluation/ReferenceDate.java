package dk.samskabelse.journal.web.evaluation;

import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.timeline.TimelineEntry;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The date an evaluation looks from (issue 15, item 5): a closed project's closing date (its latest closure, if
 * it was reopened and closed again), otherwise the date the reader chose, or today. lastEntryOn: the effective
 * date of the last entry counted, so the page can say how old the evidence is.
 */
public record ReferenceDate(LocalDate date, Basis basis, LocalDate lastEntryOn) {

    /** Why the report looks from this date. */
    public enum Basis {
        CLOSED,
        CHOSEN,
        TODAY
    }

    /** The date a project is evaluated as of; chosen may be null (today). */
    static LocalDate of(ProjectData now, LocalDate chosen, LocalDate today) {
        LocalDate closedOn = now.summary().getClosedOn();
        return closedOn != null ? closedOn : chosen != null ? chosen : today;
    }

    static Basis basis(ProjectData now, LocalDate chosen) {
        return now.summary().getClosedOn() != null ? Basis.CLOSED : chosen != null ? Basis.CHOSEN : Basis.TODAY;
    }

    /** The effective date of the last entry that is not retracted; null for a project without one. */
    static LocalDate lastEntryOn(List<TimelineEntry> timeline, LocalDate date) {
        return timeline.stream()
                .filter(e -> !e.isRetracted() && !e.getEffectiveOn().isAfter(date))
                .map(TimelineEntry::getEffectiveOn)
                .max(LocalDate::compareTo)
                .orElse(null);
    }

    /** Whether an entry is effective after the date: then the live rows are not the rows as of the date. */
    static boolean anyAfter(List<TimelineEntry> timeline, LocalDate date) {
        return timeline.stream().anyMatch(e -> e.getEffectiveOn().isAfter(date));
    }

    /** Days from the last entry to the reference date; null without entries. */
    public Long lastEntryAgeDays() {
        return lastEntryOn == null ? null : ChronoUnit.DAYS.between(lastEntryOn, date);
    }
}
