package dk.samskabelse.journal.query.project;

import dk.samskabelse.journal.api.Phase;
import java.time.LocalDate;
import java.util.List;

/** The phase intervals of seed 002's model in date order, with the steps back counted. */
public record PhasesView(Phase current, int stepsBack, List<Interval> intervals) {

    public record Interval(String entryId, Phase phase, LocalDate from, LocalDate to, boolean backwards, String note) {}

    public static PhasesView from(ProjectData data) {
        List<Interval> intervals = data.phaseIntervals().stream()
                .map(p -> new Interval(
                        p.getEntryId(), p.getPhase(), p.getFromDate(), p.getToDate(), p.isBackwards(), p.getNote()))
                .toList();
        Phase current =
                intervals.isEmpty() ? null : intervals.get(intervals.size() - 1).phase();
        int stepsBack = (int) intervals.stream().filter(Interval::backwards).count();
        return new PhasesView(current, stepsBack, intervals);
    }
}
