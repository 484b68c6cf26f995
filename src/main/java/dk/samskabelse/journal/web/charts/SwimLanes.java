package dk.samskabelse.journal.web.charts;

import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.query.engagements.EngagementRow;
import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.roles.Absence;
import dk.samskabelse.journal.query.roles.ActorRow;
import dk.samskabelse.journal.query.roles.RoleInterval;
import dk.samskabelse.journal.web.charts.TimelineChart.AbsenceBar;
import dk.samskabelse.journal.web.charts.TimelineChart.Lane;
import dk.samskabelse.journal.web.charts.TimelineChart.Participation;
import dk.samskabelse.journal.web.charts.TimelineChart.RoleBar;
import dk.samskabelse.journal.web.charts.TimelineChart.Row;
import dk.samskabelse.journal.web.charts.TimelineChart.Scale;
import dk.samskabelse.journal.web.charts.TimelineChart.Window;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The timeline's swimlanes, one per actor, stacked from a top edge down: role bars (concurrent roles on
 * sub-lanes, shifts marked), absences between a withdrawal and a rejoining, and the actor's participation marks.
 */
final class SwimLanes {

    private static final double LANE_HEIGHT = 38;
    private static final double BAR_HEIGHT = 22;
    private static final double SUB_LANE_HEIGHT = 14;
    private static final double SUB_LANE_GAP = 3;

    /** The lanes, the roles their bars show, whether any absence is drawn, and the y below the last lane. */
    record Drawn(List<Lane> lanes, List<Role> rolesShown, boolean absencesShown, double bottom) {}

    private SwimLanes() {}

    /** end: the day after the last one shown (where open intervals stop); numbers: each engagement's number. */
    static Drawn draw(
            ProjectData data,
            Function<String, String> names,
            Scale scale,
            Window window,
            LocalDate end,
            Map<String, Integer> numbers,
            Function<Role, String> roleLabel,
            double top) {
        double y = top;
        Map<String, List<RoleInterval>> intervals =
                data.roleIntervals().stream().collect(Collectors.groupingBy(RoleInterval::getActorId));
        Set<Role> shown = EnumSet.noneOf(Role.class);
        List<Lane> lanes = new ArrayList<>();
        boolean anyAbsence = false;
        for (ActorRow actor : data.actors()) {
            List<RoleInterval> own = intervals.getOrDefault(actor.getActorId(), List.of());
            int[] subLaneOf = new int[own.size()];
            int subLanes = partition(own, end, subLaneOf);
            double laneHeight = LANE_HEIGHT + (subLanes - 1) * (SUB_LANE_HEIGHT + SUB_LANE_GAP);
            Row lane = TimelineChart.row(y, laneHeight);
            double barTop = y + (LANE_HEIGHT - BAR_HEIGHT) / 2;
            double barsHeight = subLanes == 1 ? BAR_HEIGHT : subLanes * SUB_LANE_HEIGHT + (subLanes - 1) * SUB_LANE_GAP;
            List<RoleBar> bars = new ArrayList<>();
            for (int i = 0; i < own.size(); i++) {
                RoleInterval r = own.get(i);
                LocalDate until = r.getToDate() != null ? r.getToDate() : end;
                if (!window.overlaps(r.getFromDate(), until)) {
                    continue;
                }
                double x1 = scale.x(r.getFromDate());
                double x2 = scale.x(until);
                double barY = subLanes == 1 ? barTop : barTop + subLaneOf[i] * (SUB_LANE_HEIGHT + SUB_LANE_GAP);
                double height = subLanes == 1 ? BAR_HEIGHT : SUB_LANE_HEIGHT;
                shown.add(r.getRole());
                // A shift mark where the bar follows one it replaced (RoleShifted), not where a role was added.
                boolean shift = r.getPreviousEntryId() != null;
                bars.add(new RoleBar(
                        r.getEntryId(),
                        r.getRole(),
                        r.getFromDate(),
                        r.getToDate(),
                        r.getReason(),
                        Svg.n(x1),
                        Svg.n(Math.max(1, x2 - x1)),
                        TimelineChart.fits(roleLabel.apply(r.getRole()), x2 - x1),
                        Svg.n(x1 + 5),
                        shift,
                        subLaneOf[i],
                        Svg.n(barY),
                        Svg.n(height),
                        Svg.n(barY + height / 2)));
            }
            List<AbsenceBar> absences = absences(actor, scale, window, end);
            anyAbsence |= !absences.isEmpty();
            lanes.add(new Lane(
                    actor.getActorId(),
                    names.apply(actor.getActorId()),
                    actor.getKind(),
                    new Row(Svg.n(barTop), Svg.n(barTop + barsHeight / 2), lane.labelY(), Svg.n(barsHeight)),
                    bars,
                    marks(data, actor, scale, window, numbers),
                    actor.getWithdrawnOn(),
                    window.contains(actor.getWithdrawnOn()) ? Svg.n(scale.x(actor.getWithdrawnOn())) : null,
                    subLanes,
                    absences));
            y += laneHeight;
        }
        return new Drawn(lanes, List.copyOf(shown), anyAbsence, y);
    }

    /**
     * Interval partitioning: each bar goes to the first sub-lane free at its start. Fills subLaneOf (one per
     * interval) and returns the number of sub-lanes (at least 1).
     */
    private static int partition(List<RoleInterval> own, LocalDate end, int[] subLaneOf) {
        List<LocalDate> subLaneFree = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            RoleInterval r = own.get(i);
            LocalDate until = r.getToDate() != null ? r.getToDate() : end;
            int k = 0;
            while (k < subLaneFree.size() && subLaneFree.get(k).isAfter(r.getFromDate())) {
                k++;
            }
            if (k == subLaneFree.size()) {
                subLaneFree.add(until);
            } else {
                subLaneFree.set(k, until);
            }
            subLaneOf[i] = k;
        }
        return Math.max(1, subLaneFree.size());
    }

    private static List<AbsenceBar> absences(ActorRow actor, Scale scale, Window window, LocalDate end) {
        List<AbsenceBar> absences = new ArrayList<>();
        for (Absence a : actor.getAbsences()) {
            if (!window.overlaps(a.from(), a.to() != null ? a.to() : end)) {
                continue;
            }
            double x1 = scale.x(a.from());
            double x2 = scale.x(a.to() != null ? a.to() : end);
            absences.add(
                    new AbsenceBar(a.withdrawalEntryId(), a.from(), a.to(), Svg.n(x1), Svg.n(Math.max(1, x2 - x1))));
        }
        return absences;
    }

    /** The actor's part in each engagement shown, the radius growing with the influence. */
    private static List<Participation> marks(
            ProjectData data, ActorRow actor, Scale scale, Window window, Map<String, Integer> numbers) {
        List<Participation> marks = new ArrayList<>();
        for (EngagementRow e : data.engagements()) {
            for (dk.samskabelse.journal.api.Participation p : e.getParticipants()) {
                if (p.actorId().equals(actor.getActorId()) && window.contains(e.getOccurredOn())) {
                    marks.add(new Participation(
                            e.getEntryId(),
                            numbers.get(e.getEntryId()),
                            e.getOccurredOn(),
                            e.getKind(),
                            e.getTitle(),
                            p.influence(),
                            Svg.n(scale.x(e.getOccurredOn())),
                            Svg.n(3 + 1.6 * p.influence().ordinal())));
                }
            }
        }
        return marks;
    }
}
