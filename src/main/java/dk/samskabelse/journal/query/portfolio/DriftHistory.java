package dk.samskabelse.journal.query.portfolio;

import dk.samskabelse.journal.query.typology.DriftPeriod;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Drift over a project's whole history (issue 13, point 5), for the chef who scans the portfolio: how many days the
 * declared and the enacted placement sat in different quadrants, the longest unbroken stretch of such days, and
 * whether they still differ at the end of the history. Built on {@link DriftPeriod}s as the typology computes them.
 * <p>
 * Days are counted as days apart: a period from D until U (exclusive, the day they agree again) counts U − D days;
 * a period still open counts up to and including the end (today, or the closing date of a closed project).
 * Periods that follow each other directly (only a quadrant changed, still apart) form one stretch.
 *
 * @param daysApart the days apart over the whole history
 * @param longest   the longest stretch apart, or null when they never were
 * @param apartNow  true when they still differ at the end
 */
public record DriftHistory(long daysApart, Stretch longest, boolean apartNow) {

    public static final DriftHistory NONE = new DriftHistory(0, null, false);

    /** An unbroken stretch apart: from (inclusive) until (exclusive; null while still open), and its days. */
    public record Stretch(LocalDate from, LocalDate until, long days) {

        public boolean open() {
            return until == null;
        }
    }

    /** periods: in date order, as {@code Drift.periods()}; end: the last day of the history. */
    public static DriftHistory of(List<DriftPeriod> periods, LocalDate end) {
        LocalDate afterEnd = end.plusDays(1);
        long total = 0;
        Stretch longest = null;
        LocalDate from = null;
        LocalDate until = null;
        boolean open = false;
        for (DriftPeriod period : periods) {
            if (!period.from().isBefore(afterEnd)) {
                break;
            }
            LocalDate periodUntil =
                    period.until().filter(u -> u.isBefore(afterEnd)).orElse(afterEnd);
            total += ChronoUnit.DAYS.between(period.from(), periodUntil);
            if (from != null && until.equals(period.from())) {
                until = periodUntil;
            } else {
                longest = longer(longest, from, until);
                from = period.from();
                until = periodUntil;
            }
            open = periodUntil.equals(afterEnd);
        }
        longest = longer(longest, from, until);
        if (longest != null && longest.until().equals(afterEnd)) {
            longest = new Stretch(longest.from(), null, longest.days());
        }
        return new DriftHistory(total, longest, open);
    }

    /** The longer of the two; the earlier one on a tie (the first time they drifted that long). */
    private static Stretch longer(Stretch best, LocalDate from, LocalDate until) {
        if (from == null) {
            return best;
        }
        long days = ChronoUnit.DAYS.between(from, until);
        return best == null || days > best.days() ? new Stretch(from, until, days) : best;
    }
}
