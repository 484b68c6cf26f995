package dk.samskabelse.journal.web.charts;

import dk.samskabelse.journal.api.Phase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the trajectory plane draws besides the frame (issue 18 item 7): every enacted point with the phase it lies
 * in (colour of the timeline's phase band and a shape per phase, so not colour alone), whether the journal has an
 * entry on its date; the project's declarations, the one in force marked apart from earlier ones; and the labels
 * that could be placed without overlapping (LabelPlacer). The reasons by date feed the table under the plane.
 */
public record PlaneMarks(
        List<PhasePoint> points,
        List<DeclaredMark> declared,
        List<LabelPlacer.Placed> labels,
        List<Phase> phases,
        Map<LocalDate, PointReason> reasons,
        int windowDays) {

    public PlaneMarks {
        points = List.copyOf(points);
        declared = List.copyOf(declared);
        labels = List.copyOf(labels);
        phases = List.copyOf(phases);
        reasons = Map.copyOf(reasons);
    }

    public boolean anyWithoutEntry() {
        return points.stream().anyMatch(p -> p.reason().withoutEntry());
    }

    public boolean anyCurrentDeclaration() {
        return declared.stream().anyMatch(DeclaredMark::current);
    }

    public boolean anyEarlierDeclaration() {
        return declared.stream().anyMatch(d -> !d.current());
    }

    /** The legend's swatch of a phase; null for a circle. */
    public String swatch(Phase phase) {
        return legendShape(phase);
    }

    /** The reason of a table row's date; null for a date without a point. */
    public PointReason reason(LocalDate date) {
        return reasons.get(date);
    }

    /** An enacted point: shape is a polygon's points, or null for a circle (radius r). */
    public record PhasePoint(
            TypologyPlane.Spot spot,
            Phase phase,
            String shape,
            String r,
            boolean first,
            boolean last,
            PointReason reason) {

        public String phaseName() {
            return phase == null ? "NONE" : phase.name();
        }
    }

    /** A declaration of the project's own: current when it is the one in force for its perspective. */
    public record DeclaredMark(TypologyPlane.Spot spot, boolean current) {}

    /** The shape of a phase around a point, or null for Afklaring's circle; the legend draws the same ones. */
    static String shape(Phase phase, double cx, double cy, double r) {
        if (phase == null || phase == Phase.AFKLARING) {
            return null;
        }
        double[][] corners = switch (phase) {
            case PLANLAEGNING -> new double[][] {{0, -1.2}, {1.1, 0.8}, {-1.1, 0.8}};
            case UDFOERELSE -> new double[][] {{0, -1.25}, {1.25, 0}, {0, 1.25}, {-1.25, 0}};
            default -> new double[][] {{-1.1, -0.8}, {1.1, -0.8}, {0, 1.2}};
        };
        StringBuilder points = new StringBuilder();
        for (double[] c : corners) {
            points.append(points.isEmpty() ? "" : " ")
                    .append(Svg.n(cx + c[0] * r))
                    .append(',')
                    .append(Svg.n(cy + c[1] * r));
        }
        return points.toString();
    }

    /** The legend's swatch of a phase (a 24 x 24 box). */
    public static String legendShape(Phase phase) {
        return shape(phase, 12, 12, 7);
    }
}
