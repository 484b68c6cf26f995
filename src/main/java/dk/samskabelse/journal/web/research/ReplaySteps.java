package dk.samskabelse.journal.web.research;

import dk.samskabelse.journal.api.EntryType;
import dk.samskabelse.journal.query.project.TimeTravel;
import dk.samskabelse.journal.query.timeline.TimelineEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The points a researcher can step through: on the effective clock every date on which something happened
 * (retracted entries never happened); on the recorded clock every moment something was written into the journal
 * (retracted entries and retractions included: the journal said so at the time).
 */
record ReplaySteps(Clock clock, List<Step> steps) {

    enum Clock {
        EFFECTIVE("dato"),
        RECORDED("registrering");

        private final String parameter;

        Clock(String parameter) {
            this.parameter = parameter;
        }

        String parameter() {
            return parameter;
        }

        static Clock of(String parameter) {
            return RECORDED.parameter.equals(parameter) ? RECORDED : EFFECTIVE;
        }
    }

    /** number: 1-based; types: the kinds of entry that make up the step, in the order they were written. */
    record Step(int number, LocalDate date, Instant instant, List<String> types) {

        TimeTravel timeTravel() {
            return instant != null ? new TimeTravel(null, instant) : new TimeTravel(date, null);
        }
    }

    static ReplaySteps of(List<TimelineEntry> entries, Clock clock) {
        Map<Object, List<String>> grouped = new LinkedHashMap<>();
        List<TimelineEntry> ordered = new ArrayList<>(entries);
        if (clock == Clock.EFFECTIVE) {
            ordered.removeIf(e -> e.isRetracted() || EntryType.ENTRY_RETRACTED.isStoredAs(e.getType()));
            ordered.sort(Comparator.comparing(TimelineEntry::getEffectiveOn)
                    .thenComparingLong(TimelineEntry::getSequenceNumber));
            ordered.forEach(e -> grouped.computeIfAbsent(e.getEffectiveOn(), k -> new ArrayList<>())
                    .add(e.getType()));
        } else {
            ordered.sort(Comparator.comparing(TimelineEntry::getRecordedAt)
                    .thenComparingLong(TimelineEntry::getSequenceNumber));
            ordered.forEach(e -> grouped.computeIfAbsent(e.getRecordedAt(), k -> new ArrayList<>())
                    .add(e.getType()));
        }
        List<Step> steps = new ArrayList<>();
        grouped.forEach((at, types) -> steps.add(
                at instanceof Instant instant
                        ? new Step(steps.size() + 1, null, instant, List.copyOf(types))
                        : new Step(steps.size() + 1, (LocalDate) at, null, List.copyOf(types))));
        return new ReplaySteps(clock, List.copyOf(steps));
    }

    /**
     * The step asked for, kept within the steps there are; the last (now) when none is asked for. With no steps
     * at all (the project's timeline rows are not there yet, or its first entry is parked as a dead letter) the
     * answer is step 0: the project as it stands now.
     */
    Step at(Integer number, Instant now, LocalDate today) {
        if (steps.isEmpty()) {
            return clock == Clock.RECORDED ? new Step(0, null, now, List.of()) : new Step(0, today, null, List.of());
        }
        int index = number == null ? steps.size() : Math.max(1, Math.min(steps.size(), number));
        return steps.get(index - 1);
    }
}
