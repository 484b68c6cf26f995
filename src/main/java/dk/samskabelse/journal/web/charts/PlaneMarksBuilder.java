package dk.samskabelse.journal.web.charts;

import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.typology.TypologyView;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Builds PlaneMarks (issue 18 item 7). Labels only what a reader needs (the review found 40 labelled points
 * illegible): the last and first point, the declarations, and the first point of each phase; in that order of
 * priority, so when space runs out the earlier declarations and phase changes give way and stay in the tables.
 */
final class PlaneMarksBuilder {

    /** Label texts in the user's language: key and arguments. */
    private final BiFunction<String, Object[], String> text;

    private final DateTimeFormatter shortDate;

    PlaneMarksBuilder(BiFunction<String, Object[], String> text, DateTimeFormatter shortDate) {
        this.text = text;
        this.shortDate = shortDate;
    }

    PlaneMarks build(
            ProjectData data,
            TypologyView view,
            TypologyPlane.Trajectory trajectory,
            int windowDays,
            List<TypologyPlane.PerspectiveMark> perspectiveMarks) {
        Map<LocalDate, PointReason> reasons = PointReason.of(
                data, view.enacted().stream().map(TypologyView.Point::date).toList(), windowDays);
        List<PlaneMarks.PhasePoint> points = points(trajectory, reasons);
        List<PlaneMarks.DeclaredMark> declared = declared(view, !perspectiveMarks.isEmpty());
        LabelPlacer placer = new LabelPlacer(new LabelPlacer.Box(
                TypologyPlane.LEFT,
                TypologyPlane.TOP,
                TypologyPlane.LEFT + TypologyPlane.SIZE,
                TypologyPlane.TOP + TypologyPlane.SIZE));
        avoidMarks(placer, points, declared, perspectiveMarks);
        placeLabels(placer, points, declared);
        Set<Phase> phases = points.stream()
                .map(PlaneMarks.PhasePoint::phase)
                .filter(p -> p != null)
                .collect(Collectors.toCollection(TreeSet::new));
        return new PlaneMarks(points, declared, placer.placed(), List.copyOf(phases), reasons, windowDays);
    }

    private static List<PlaneMarks.PhasePoint> points(
            TypologyPlane.Trajectory trajectory, Map<LocalDate, PointReason> reasons) {
        List<PlaneMarks.PhasePoint> points = new ArrayList<>();
        List<TypologyPlane.Spot> spots = trajectory.points();
        for (int i = 0; i < spots.size(); i++) {
            TypologyPlane.Spot spot = spots.get(i);
            boolean first = i == 0;
            boolean last = i == spots.size() - 1;
            double r = first || last ? 7 : 4.5;
            PointReason reason = reasons.get(spot.date());
            Phase phase = reason == null ? null : reason.phase();
            points.add(new PlaneMarks.PhasePoint(
                    spot, phase, PlaneMarks.shape(phase, x(spot), y(spot), r), Svg.n(r), first, last, reason));
        }
        return points;
    }

    /**
     * The project's own declarations; current: in force for its perspective (the latest one). With perspective
     * marks on the plane those in force with a perspective are drawn as such marks and left out here.
     */
    private static List<PlaneMarks.DeclaredMark> declared(TypologyView view, boolean perspectiveMarksShown) {
        Map<String, TypologyView.Declared> inForce = view.perspectives().stream()
                .collect(Collectors.toMap(TypologyView.Declared::entryId, d -> d, (a, b) -> a));
        List<PlaneMarks.DeclaredMark> marks = new ArrayList<>();
        for (TypologyView.Declared d : view.declared()) {
            boolean current = inForce.containsKey(d.entryId());
            if (current && perspectiveMarksShown && d.perspective() != null) {
                continue;
            }
            marks.add(new PlaneMarks.DeclaredMark(
                    TypologyPlane.spot(d.openness(), d.centrality(), d.quadrant(), d.borderline(), d.effectiveOn()),
                    current));
        }
        return marks;
    }

    private static void avoidMarks(
            LabelPlacer placer,
            List<PlaneMarks.PhasePoint> points,
            List<PlaneMarks.DeclaredMark> declared,
            List<TypologyPlane.PerspectiveMark> perspectiveMarks) {
        points.forEach(
                p -> placer.avoid(LabelPlacer.Box.around(x(p.spot()), y(p.spot()), Double.parseDouble(p.r()) + 1)));
        declared.forEach(d -> placer.avoid(LabelPlacer.Box.around(x(d.spot()), y(d.spot()), 9)));
        for (TypologyPlane.PerspectiveMark m : perspectiveMarks) {
            placer.avoid(LabelPlacer.Box.around(x(m.spot()), y(m.spot()), 10));
            placer.avoid(LabelPlacer.perspectiveTextBox(
                    x(m.spot()) + Double.parseDouble(m.labelDx()),
                    y(m.spot()) + Double.parseDouble(m.labelDy()),
                    m.labelAnchor(),
                    m.label()));
        }
    }

    private void placeLabels(
            LabelPlacer placer, List<PlaneMarks.PhasePoint> points, List<PlaneMarks.DeclaredMark> declared) {
        if (!points.isEmpty()) {
            PlaneMarks.PhasePoint last = points.get(points.size() - 1);
            if (points.size() > 1) {
                placer.place(request(
                        last,
                        text.apply("chart.plane.label.last", new Object[] {date(last.spot()), phase(last)}),
                        "point-label point-label--strong"));
            }
            PlaneMarks.PhasePoint first = points.get(0);
            placer.place(request(
                    first,
                    text.apply("chart.plane.label.first", new Object[] {date(first.spot()), phase(first)}),
                    "point-label"));
        }
        for (PlaneMarks.DeclaredMark d : declared) {
            if (d.current()) {
                placer.place(request(
                        d.spot(),
                        text.apply("chart.plane.label.currentDeclaration", new Object[] {date(d.spot())}),
                        "point-label point-label--strong"));
            }
        }
        for (int i = 1; i < points.size() - 1; i++) {
            PlaneMarks.PhasePoint p = points.get(i);
            if (p.phase() != null && p.phase() != points.get(i - 1).phase()) {
                placer.place(request(
                        p,
                        text.apply("chart.plane.label.phase", new Object[] {phase(p), date(p.spot())}),
                        "point-label"));
            }
        }
        for (PlaneMarks.DeclaredMark d : declared) {
            if (!d.current()) {
                placer.place(request(
                        d.spot(),
                        text.apply("chart.trajectory.declaredLabel", new Object[] {date(d.spot())}),
                        "point-label"));
            }
        }
    }

    private String date(TypologyPlane.Spot spot) {
        return spot.date() == null ? "" : spot.date().format(shortDate);
    }

    private String phase(PlaneMarks.PhasePoint point) {
        return text.apply("chart.phaseNumber." + point.phaseName(), new Object[0]);
    }

    private static LabelPlacer.Request request(PlaneMarks.PhasePoint point, String label, String cssClass) {
        return request(point.spot(), label, cssClass);
    }

    private static LabelPlacer.Request request(TypologyPlane.Spot spot, String label, String cssClass) {
        return new LabelPlacer.Request(x(spot), y(spot), label, cssClass);
    }

    private static double x(TypologyPlane.Spot spot) {
        return Double.parseDouble(spot.x());
    }

    private static double y(TypologyPlane.Spot spot) {
        return Double.parseDouble(spot.y());
    }
}
