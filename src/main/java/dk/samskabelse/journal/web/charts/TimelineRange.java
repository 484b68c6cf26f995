package dk.samskabelse.journal.web.charts;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The days the timeline page zooms to (fra, til; either may be left out), kept inside the project: from its start
 * to the last day there is to show. Whatever is wrong (a date that cannot be read, fra after til, a range wholly
 * outside the project) is said next to its field, and the chart shows the whole project (zoomed false).
 */
public record TimelineRange(
        LocalDate from, LocalDate to, boolean zoomed, PageProblem fromProblem, PageProblem toProblem) {

    /**
     * projectFrom .. projectTo: the whole project as the page shows it; latest: the last day a range may reach
     * (today, or the asOf date; later when an entry is dated later).
     */
    static TimelineRange of(
            String rawFrom, String rawTo, LocalDate projectFrom, LocalDate projectTo, LocalDate latest) {
        TimelineRange whole = new TimelineRange(projectFrom, projectTo, false, null, null);
        if (!PageDates.given(rawFrom) && !PageDates.given(rawTo)) {
            return whole;
        }
        Optional<LocalDate> from = PageDates.given(rawFrom) ? PageDates.parse(rawFrom) : Optional.of(projectFrom);
        Optional<LocalDate> to = PageDates.given(rawTo) ? PageDates.parse(rawTo) : Optional.of(projectTo);
        if (from.isEmpty() || to.isEmpty()) {
            return whole.with(
                    from.isEmpty() ? PageProblem.of("timeline.range.invalid", rawFrom.strip()) : null,
                    to.isEmpty() ? PageProblem.of("timeline.range.invalid", rawTo.strip()) : null);
        }
        if (PageDates.given(rawFrom) && PageDates.given(rawTo) && from.get().isAfter(to.get())) {
            return whole.with(null, PageProblem.of("timeline.range.order", to.get(), from.get()));
        }
        LocalDate end = latest.isAfter(projectTo) ? latest : projectTo;
        LocalDate shownFrom = from.get().isBefore(projectFrom) ? projectFrom : from.get();
        LocalDate shownTo = to.get().isAfter(end) ? end : to.get();
        if (shownFrom.isAfter(shownTo)) {
            return whole.with(PageProblem.of("timeline.range.outside", projectFrom, end), null);
        }
        return new TimelineRange(shownFrom, shownTo, true, null, null);
    }

    private TimelineRange with(PageProblem fromProblem, PageProblem toProblem) {
        return new TimelineRange(from, to, zoomed, fromProblem, toProblem);
    }

    public boolean wrong() {
        return fromProblem != null || toProblem != null;
    }
}
