package dk.samskabelse.journal.web.charts;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The timeline page's asOf (the API's name for it): the project as it stood on that effective date. date is null
 * for today, also when the parameter was wrong (problem says why): a date must lie from the project's start to
 * today, since there is nothing to show before it and the future has not happened yet.
 */
public record TimelineAsOf(LocalDate date, PageProblem problem) {

    static final TimelineAsOf TODAY = new TimelineAsOf(null, null);

    static TimelineAsOf of(String raw, LocalDate startedOn, LocalDate today) {
        if (!PageDates.given(raw)) {
            return TODAY;
        }
        Optional<LocalDate> parsed = PageDates.parse(raw);
        if (parsed.isEmpty()) {
            return new TimelineAsOf(null, PageProblem.of("timeline.asOf.invalid", raw.strip()));
        }
        LocalDate date = parsed.get();
        if (date.isBefore(startedOn)) {
            return new TimelineAsOf(null, PageProblem.of("timeline.asOf.beforeStart", date, startedOn));
        }
        if (date.isAfter(today)) {
            return new TimelineAsOf(null, PageProblem.of("timeline.asOf.future", date, today));
        }
        return new TimelineAsOf(date, null);
    }

    public boolean timeTravel() {
        return date != null;
    }
}
