package dk.samskabelse.journal.web.charts;

import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.query.phases.PhaseInterval;
import dk.samskabelse.journal.query.project.ProjectData;
import java.time.LocalDate;
import java.util.List;

/** The timeline page's ready-made ranges: one per phase the project went through, in order (steps back too). */
public final class TimelinePresets {

    /** A phase's days: from its first to the day the next phase began (or the end of the whole timeline). */
    public record Preset(Phase phase, LocalDate from, LocalDate to, boolean backwards) {

        public boolean shows(TimelineRange range) {
            return range.zoomed() && range.from().equals(from) && range.to().equals(to);
        }
    }

    private TimelinePresets() {}

    static List<Preset> phases(ProjectData data, LocalDate end) {
        return data.phaseIntervals().stream()
                .filter(p -> !p.getFromDate().isAfter(end))
                .map(p -> new Preset(p.getPhase(), p.getFromDate(), to(p, end), p.isBackwards()))
                .toList();
    }

    private static LocalDate to(PhaseInterval p, LocalDate end) {
        LocalDate to = p.getToDate() == null || p.getToDate().isAfter(end) ? end : p.getToDate();
        return to.isBefore(p.getFromDate()) ? p.getFromDate() : to;
    }
}
