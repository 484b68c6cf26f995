package dk.samskabelse.journal.web.charts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.EntryType;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.query.engagements.EngagementRow;
import dk.samskabelse.journal.query.phases.PhaseInterval;
import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.timeline.TimelineEntry;
import dk.samskabelse.journal.support.JournalJson;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A project's history on one time axis, as coordinates for a server-rendered SVG: phase bands (steps back
 * marked), one swimlane per actor with its role intervals (a colour per role, shifts marked, concurrent roles on
 * sub-lanes, absences between a withdrawal and a rejoining hatched) and its
 * participation in engagements (mark size by influence), and a row of annotated marks for course corrections
 * and insights. Every shape keeps the data it shows, for the table view beside the picture. The swimlanes are
 * laid out by {@link SwimLanes}.
 */
public record TimelineChart(
        String viewBox,
        String height,
        LocalDate from,
        LocalDate to,
        List<Tick> ticks,
        Row phaseRow,
        List<PhaseBand> phases,
        Row annotationRow,
        List<Annotation> annotations,
        Row engagementRow,
        List<EngagementMark> engagements,
        List<Lane> lanes,
        List<Role> rolesShown,
        String plotLeft,
        String plotRight,
        String labelX,
        String axisBottom,
        boolean absencesShown,
        boolean concurrentRolesShown) {

    static final double WIDTH = 1000;
    static final double PLOT_LEFT = 200;
    /** Room right of the plot for a tick label at its very end ("dec. 2026", 11 px: about 56). */
    static final double PLOT_RIGHT = 940;

    private static final double AXIS_TOP = 34;
    private static final double ROW_HEIGHT = 30;
    private static final double CHAR_WIDTH = 6.6;
    private static final double ANNOTATION_SLOT = 18;
    private static final int MINIMUM_DAYS = 30;
    private static final double ANNOTATION_WIDTH = 26;
    /** The tick labels' 11 px font: a generous average glyph width, so a label is never cut at the edge. */
    private static final double TICK_CHAR_WIDTH = 6.2;

    private static final double TICK_LABEL_GAP = 2;
    private static final ObjectMapper JSON = JournalJson.mapper();

    /**
     * A tick of the time axis: its x, its label, whether it opens a year (drawn stronger), and its label's anchor:
     * "end" (drawn left of the tick) where a label drawn to the right would run past the picture's edge.
     */
    public record Tick(String x, String label, boolean major, String anchor, String dx) {}

    /** A row's top edge, centre line and label position. */
    public record Row(String y, String middle, String labelY, String height) {}

    public record PhaseBand(
            String entryId,
            Phase phase,
            LocalDate from,
            LocalDate to,
            boolean backwards,
            String note,
            String x,
            String width,
            boolean labelled,
            String labelX) {}

    /**
     * kind: "K" for a course correction, "E" for an insight (erkendelse); number counts within the kind. y is the
     * top of the mark's slot: marks closer than a label's width sit on a second line, so labels never overlap.
     */
    public record Annotation(
            String entryId,
            String kind,
            int number,
            LocalDate date,
            String text,
            FocusPoint focus,
            String x,
            String y,
            String middle) {

        public String label() {
            return kind + number;
        }
    }

    public record EngagementMark(
            String entryId,
            int number,
            LocalDate date,
            EngagementKind kind,
            String title,
            int participants,
            String x,
            String diamond) {}

    /**
     * One actor. Concurrent roles (seed 001's "dobbeltrolle") sit on sub-lanes of the actor's lane, one per role held
     * at the same time; absences (between a withdrawal and a rejoining, seed 000 "fleksibel inddragelse") span all
     * of them. row is the whole bar area; subLanes how many sub-lanes it holds.
     */
    public record Lane(
            String actorId,
            String name,
            ActorKind kind,
            Row row,
            List<RoleBar> roles,
            List<Participation> marks,
            LocalDate withdrawnOn,
            String withdrawnX,
            int subLanes,
            List<AbsenceBar> absences) {}

    /** y, height and middle: the bar's sub-lane; subLane counts from 0 (the top one). */
    public record RoleBar(
            String entryId,
            Role role,
            LocalDate from,
            LocalDate to,
            String reason,
            String x,
            String width,
            boolean labelled,
            String labelX,
            boolean shift,
            int subLane,
            String y,
            String height,
            String middle) {}

    /** An absence from a withdrawal to a rejoining (to null: the actor has not come back). */
    public record AbsenceBar(String withdrawalEntryId, LocalDate from, LocalDate to, String x, String width) {}

    /** One participant of an engagement as the table beside the chart lists it. */
    public record Participant(String name, Influence influence) {}

    /**
     * Each engagement's participants in lane order, for the table beside the chart: built once per page, so the
     * table does not walk every lane's marks for every engagement (25 MB of HTML for 1,000 entries, bench W5).
     */
    public Map<String, List<Participant>> participantsByEntry() {
        Map<String, List<Participant>> byEntry = new HashMap<>();
        for (Lane lane : lanes) {
            for (Participation mark : lane.marks()) {
                byEntry.computeIfAbsent(mark.entryId(), id -> new ArrayList<>())
                        .add(new Participant(lane.name(), mark.influence()));
            }
        }
        return byEntry;
    }

    /** One actor's part in one engagement, at the engagement's date, the radius growing with the influence. */
    public record Participation(
            String entryId,
            int number,
            LocalDate date,
            EngagementKind kind,
            String title,
            Influence influence,
            String x,
            String radius) {}

    /**
     * The last day a project's timeline shows: its last dated entry or its closure, whichever is later (insights and
     * reflections are recorded after a closure, docs/domain.md), with a margin of a tenth of the span (at least a week),
     * never past today unless an entry is. Not today for an open project that went quiet: a 2018 project seen in
     * 2026 filled 8 % of the axis (issue 18, item 6).
     */
    public static LocalDate fittedEnd(ProjectData data, LocalDate today) {
        LocalDate from = data.summary().getStartedOn();
        LocalDate last = data.timeline().stream()
                .filter(entry -> !entry.isRetracted() && entry.getEffectiveOn() != null)
                .map(TimelineEntry::getEffectiveOn)
                .max(LocalDate::compareTo)
                .orElse(from);
        LocalDate closedOn = data.summary().getClosedOn();
        if (closedOn != null && closedOn.isAfter(last)) {
            last = closedOn;
        }
        if (!last.isBefore(today)) {
            return last;
        }
        LocalDate withMargin = last.plusDays(Math.max(7, ChronoUnit.DAYS.between(from, last) / 10));
        return withMargin.isAfter(today) ? today : withMargin;
    }

    /** to: the last day to show (fittedEnd, or the point of a replay). */
    public static TimelineChart of(
            ProjectData data,
            Function<String, String> names,
            LocalDate to,
            DateTimeFormatter tickFormat,
            Function<Role, String> roleLabel,
            Function<Phase, String> phaseLabel) {
        LocalDate from = data.summary().getStartedOn();
        LocalDate last = to.isBefore(from) ? from : to;
        // A young project still gets a month's axis.
        Scale scale = new Scale(from, last.isBefore(from.plusDays(MINIMUM_DAYS)) ? from.plusDays(MINIMUM_DAYS) : last);
        return draw(data, names, scale, last, Window.ALL, tickFormat, roleLabel, phaseLabel);
    }

    /**
     * The project zoomed to the days from .. to (issue 18, item 6): the axis runs exactly over them, bars are cut
     * at its edges, and whatever lies wholly outside them (marks, bars, bands) is left out. Numbers (K1, E2, the
     * engagements') stay those of the whole project, so the zoomed chart and the whole one name things alike.
     */
    public static TimelineChart zoomed(
            ProjectData data,
            Function<String, String> names,
            LocalDate from,
            LocalDate to,
            DateTimeFormatter tickFormat,
            Function<Role, String> roleLabel,
            Function<Phase, String> phaseLabel) {
        LocalDate last = to.isBefore(from) ? from : to;
        return draw(
                data, names, new Scale(from, last), last, new Window(from, last), tickFormat, roleLabel, phaseLabel);
    }

    private static TimelineChart draw(
            ProjectData data,
            Function<String, String> names,
            Scale scale,
            LocalDate last,
            Window window,
            DateTimeFormatter tickFormat,
            Function<Role, String> roleLabel,
            Function<Phase, String> phaseLabel) {
        LocalDate from = scale.from();
        // Open intervals run to the end of the last day.
        LocalDate end = last.plusDays(1);

        double y = AXIS_TOP + 6;
        Row phaseRow = row(y, ROW_HEIGHT);
        List<PhaseBand> phases = new ArrayList<>();
        for (PhaseInterval p : data.phaseIntervals()) {
            if (!window.overlaps(p.getFromDate(), p.getToDate() == null ? end : p.getToDate())) {
                continue;
            }
            double x1 = scale.x(p.getFromDate());
            double x2 = scale.x(p.getToDate() == null ? end : p.getToDate());
            String label = phaseLabel.apply(p.getPhase());
            phases.add(new PhaseBand(
                    p.getEntryId(),
                    p.getPhase(),
                    p.getFromDate(),
                    p.getToDate(),
                    p.isBackwards(),
                    p.getNote(),
                    Svg.n(x1),
                    Svg.n(Math.max(1, x2 - x1)),
                    fits(label, x2 - x1),
                    Svg.n(x1 + 6)));
        }

        y += ROW_HEIGHT + 8;
        Row annotationRow = row(y, 2 * ANNOTATION_SLOT);
        List<Annotation> annotations = annotations(data, scale, window, y);

        y += 2 * ANNOTATION_SLOT + 8;
        Row engagementRow = row(y, ROW_HEIGHT);
        List<EngagementMark> engagements = new ArrayList<>();
        Map<String, Integer> engagementNumbers = new LinkedHashMap<>();
        for (EngagementRow e : data.engagements()) {
            int number = engagements.size() + 1;
            engagementNumbers.put(e.getEntryId(), number);
            if (!window.contains(e.getOccurredOn())) {
                // Numbered all the same: E3 is the third engagement of the project, zoomed or not.
                engagements.add(null);
                continue;
            }
            double x = scale.x(e.getOccurredOn());
            double cy = Double.parseDouble(engagementRow.middle());
            engagements.add(new EngagementMark(
                    e.getEntryId(),
                    number,
                    e.getOccurredOn(),
                    e.getKind(),
                    e.getTitle(),
                    e.getParticipants().size(),
                    Svg.n(x),
                    Svg.n(x) + "," + Svg.n(cy - 8) + " " + Svg.n(x + 7) + "," + Svg.n(cy) + " " + Svg.n(x) + ","
                            + Svg.n(cy + 8) + " " + Svg.n(x - 7) + "," + Svg.n(cy)));
        }
        engagements.removeIf(Objects::isNull);

        y += ROW_HEIGHT + 14;
        SwimLanes.Drawn drawn = SwimLanes.draw(data, names, scale, window, end, engagementNumbers, roleLabel, y);
        List<Lane> lanes = drawn.lanes();
        y = drawn.bottom();
        double axisBottom = y + 8;
        double height = axisBottom + 26;
        return new TimelineChart(
                "0 0 " + Svg.n(WIDTH) + " " + Svg.n(height),
                Svg.n(height),
                from,
                last,
                ticks(scale, tickFormat),
                phaseRow,
                phases,
                annotationRow,
                annotations,
                engagementRow,
                engagements,
                lanes,
                drawn.rolesShown(),
                Svg.n(PLOT_LEFT),
                Svg.n(PLOT_RIGHT),
                Svg.n(PLOT_LEFT - 10),
                Svg.n(axisBottom),
                drawn.absencesShown(),
                lanes.stream().anyMatch(lane -> lane.subLanes() > 1));
    }

    /** Course corrections and insights (not retracted), numbered K1, K2 … and E1, E2 … in date order. */
    private static List<Annotation> annotations(ProjectData data, Scale scale, Window window, double top) {
        List<Annotation> annotations = new ArrayList<>();
        double[] freeFrom = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        int corrections = 0;
        int insights = 0;
        for (TimelineEntry entry : data.timeline()) {
            if (entry.isRetracted()) {
                continue;
            }
            boolean correction = EntryType.COURSE_CORRECTED.isStoredAs(entry.getType());
            if (!correction && !EntryType.INSIGHT_RECORDED.isStoredAs(entry.getType())) {
                continue;
            }
            if (!window.contains(entry.getEffectiveOn())) {
                // Counted all the same, so that K2 is the project's second course correction in a zoom too.
                if (correction) {
                    corrections++;
                } else {
                    insights++;
                }
                continue;
            }
            JsonNode content = read(entry);
            double x = scale.x(entry.getEffectiveOn());
            int level = x >= freeFrom[0] ? 0 : x >= freeFrom[1] ? 1 : freeFrom[0] <= freeFrom[1] ? 0 : 1;
            freeFrom[level] = x + ANNOTATION_WIDTH;
            double slot = top + level * ANNOTATION_SLOT;
            annotations.add(
                    correction
                            ? new Annotation(
                                    entry.getEntryId(),
                                    "K",
                                    ++corrections,
                                    entry.getEffectiveOn(),
                                    content.path("decision").asText(),
                                    null,
                                    Svg.n(x),
                                    Svg.n(slot),
                                    Svg.n(slot + 8))
                            : new Annotation(
                                    entry.getEntryId(),
                                    "E",
                                    ++insights,
                                    entry.getEffectiveOn(),
                                    content.path("text").asText(),
                                    FocusPoint.valueOf(content.path("focus").asText()),
                                    Svg.n(x),
                                    Svg.n(slot),
                                    Svg.n(slot + 8)));
        }
        return annotations;
    }

    /**
     * Months, quarters or years, whichever gives a readable number of ticks for the span. A label that would run
     * past the picture's right edge is drawn left of its tick (review 2026-12-04, 2.5: "dec. 2" was cut off), or
     * left out when it would then cover the label before it.
     */
    static List<Tick> ticks(Scale scale, DateTimeFormatter format) {
        long months = ChronoUnit.MONTHS.between(scale.from.withDayOfMonth(1), scale.to.withDayOfMonth(1)) + 1;
        int step = months <= 14 ? 1 : months <= 42 ? 3 : months <= 96 ? 6 : 12;
        List<Tick> ticks = new ArrayList<>();
        LocalDate tick = scale.from.withDayOfMonth(1);
        if (tick.isBefore(scale.from)) {
            tick = tick.plusMonths(1);
        }
        while ((tick.getMonthValue() - 1) % step != 0) {
            tick = tick.plusMonths(1);
        }
        double previousLabelEnd = Double.NEGATIVE_INFINITY;
        for (; !tick.isAfter(scale.to); tick = tick.plusMonths(step)) {
            double x = scale.x(tick);
            String label = tick.format(format);
            double width = label.length() * TICK_CHAR_WIDTH;
            boolean fitsRight = x + TICK_LABEL_GAP + width <= WIDTH;
            if (!fitsRight && x - TICK_LABEL_GAP - width < previousLabelEnd + TICK_LABEL_GAP) {
                label = "";
            }
            ticks.add(new Tick(
                    Svg.n(x),
                    label,
                    tick.getMonthValue() == 1,
                    fitsRight ? "start" : "end",
                    Svg.n(fitsRight ? TICK_LABEL_GAP : -TICK_LABEL_GAP)));
            previousLabelEnd = x + TICK_LABEL_GAP + width;
        }
        return ticks;
    }

    static Row row(double top, double height) {
        return new Row(Svg.n(top), Svg.n(top + height / 2), Svg.n(top + height / 2 + 4.5), Svg.n(height));
    }

    static boolean fits(String label, double width) {
        return label.length() * CHAR_WIDTH + 10 <= width;
    }

    private static JsonNode read(TimelineEntry entry) {
        try {
            return JSON.readTree(entry.getPayload());
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable timeline entry " + entry.getEntryId(), e);
        }
    }

    /** The days a zoomed chart shows; ALL for the whole project (nothing left out). */
    record Window(LocalDate from, LocalDate last) {

        static final Window ALL = new Window(null, null);

        boolean contains(LocalDate date) {
            return date != null && (from == null || !date.isBefore(from) && !date.isAfter(last));
        }

        /** Whether an interval from start up to (not including) until shares a day with the window. */
        boolean overlaps(LocalDate start, LocalDate until) {
            return from == null || !start.isAfter(last) && until.isAfter(from);
        }
    }

    /** Dates to x: the first day at the plot's left edge, the day after the last at its right edge. */
    record Scale(LocalDate from, LocalDate to) {

        double x(LocalDate date) {
            double days = ChronoUnit.DAYS.between(from, to.plusDays(1));
            double at = ChronoUnit.DAYS.between(from, date);
            return PLOT_LEFT + Math.max(0, Math.min(days, at)) / days * (PLOT_RIGHT - PLOT_LEFT);
        }
    }
}
