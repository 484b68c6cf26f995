package dk.samskabelse.journal.web.charts;

import dk.samskabelse.journal.api.TypologyPerspective;
import dk.samskabelse.journal.query.typology.Quadrant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The typology plane of seeds 001 and 002 (p. 22-23) as coordinates for a server-rendered SVG: centrality
 * left to right (kommunen central → borgere m.fl. centrale), openness bottom to top (forudsigelighed →
 * uforudsigelighed), so Ligeværdig sits top left, Faciliterende top right, Styret bottom left and
 * Ansvarliggørende bottom right, as in the seed's figure. Points within 0.1 of an axis lie in the grey
 * "på grænsen" band.
 */
public final class TypologyPlane {

    static final double LEFT = 96;
    static final double TOP = 24;
    static final double SIZE = 460;
    static final double WIDTH = LEFT + SIZE + 24;
    static final double HEIGHT = TOP + SIZE + 76;
    private static final double MARK_RADIUS = 11;

    /** A project on the portfolio plane: numbered, with its declared and enacted placement and the arrow between. */
    public record ProjectMark(
            int number, String projectId, String name, Spot declared, Spot enacted, Arrow arrow, boolean drift) {}

    /** A placement at pixel coordinates with its values. */
    public record Spot(
            String x,
            String y,
            double openness,
            double centrality,
            Quadrant quadrant,
            boolean borderline,
            LocalDate date) {

        public String diamond() {
            double cx = Double.parseDouble(x);
            double cy = Double.parseDouble(y);
            double r = 8;
            return Svg.n(cx) + "," + Svg.n(cy - r) + " " + Svg.n(cx + r) + "," + Svg.n(cy) + " " + Svg.n(cx) + ","
                    + Svg.n(cy + r) + " " + Svg.n(cx - r) + "," + Svg.n(cy);
        }

        /** A square around the point: a second model's trajectory point, told apart from the round ones by shape. */
        public String square() {
            double cx = Double.parseDouble(x);
            double cy = Double.parseDouble(y);
            double r = 5;
            return Svg.n(cx - r) + "," + Svg.n(cy - r) + " " + Svg.n(cx + r) + "," + Svg.n(cy - r) + " " + Svg.n(cx + r)
                    + "," + Svg.n(cy + r) + " " + Svg.n(cx - r) + "," + Svg.n(cy + r);
        }
    }

    public record Arrow(String x1, String y1, String x2, String y2) {}

    /**
     * A placement from one perspective in force (issue 13), drawn side by side with the others: each perspective
     * has its own shape (square chef, triangle project leader, downward triangle partner, cross researcher,
     * diamond when the perspective was not recorded) and a text label beside it, so neither colour nor shape alone
     * tells them apart. cssClass: "perspective-mark--" + the perspective (or "ikke-angivet"); labelDy: the label's
     * offset, moved down when marks lie close together so their labels do not overlap; labelAnchor and labelDx put
     * the label left of a mark on the right half of the plane.
     */
    public record PerspectiveMark(
            Spot spot,
            TypologyPerspective perspective,
            String label,
            String shape,
            String cssClass,
            String labelDy,
            String labelAnchor,
            String labelDx) {

        /** The same shape in the legend's 24 x 24 swatch. */
        public String legendShape() {
            return TypologyPlane.shape(new Spot("12.0", "12.0", 0, 0, null, false, null), perspective);
        }
    }

    /** The enacted trajectory: its points in date order and the polyline joining them. */
    public record Trajectory(List<Spot> points, String polyline) {

        public boolean isEmpty() {
            return points.isEmpty();
        }

        public Spot first() {
            return points.get(0);
        }

        public Spot last() {
            return points.get(points.size() - 1);
        }
    }

    public String viewBox() {
        return "0 0 " + Svg.n(WIDTH) + " " + Svg.n(HEIGHT);
    }

    public String left() {
        return Svg.n(LEFT);
    }

    public String top() {
        return Svg.n(TOP);
    }

    public String size() {
        return Svg.n(SIZE);
    }

    public String half() {
        return Svg.n(SIZE / 2);
    }

    public String right() {
        return Svg.n(LEFT + SIZE);
    }

    public String bottom() {
        return Svg.n(TOP + SIZE);
    }

    public String centreX() {
        return Svg.n(x(0));
    }

    public String centreY() {
        return Svg.n(y(0));
    }

    /** The "på grænsen" bands: |value| ≤ 0.1 on either axis. */
    public String bandX() {
        return Svg.n(x(-0.1));
    }

    public String bandY() {
        return Svg.n(y(0.1));
    }

    public String bandWidth() {
        return Svg.n(x(0.1) - x(-0.1));
    }

    /** Grid lines at ±0.5 on both axes. */
    public List<String> gridX() {
        return List.of(Svg.n(x(-0.5)), Svg.n(x(0.5)));
    }

    public List<String> gridY() {
        return List.of(Svg.n(y(-0.5)), Svg.n(y(0.5)));
    }

    /** Label positions: x of the two columns' centres, y of the two rows' label lines, the axis label lines. */
    public String leftColumn() {
        return Svg.n(x(-0.5));
    }

    public String rightColumn() {
        return Svg.n(x(0.5));
    }

    public String upperRow() {
        return Svg.n(TOP + 22);
    }

    public String lowerRow() {
        return Svg.n(TOP + SIZE - 12);
    }

    public String axisLabelY() {
        return Svg.n(TOP + SIZE + 28);
    }

    public String axisTitleY() {
        return Svg.n(TOP + SIZE + 52);
    }

    public String verticalAxisX() {
        return Svg.n(LEFT - 40);
    }

    public String verticalAxisTitleX() {
        return Svg.n(LEFT - 70);
    }

    public String upperAxisY() {
        return Svg.n(y(0.5));
    }

    public String lowerAxisY() {
        return Svg.n(y(-0.5));
    }

    public static Spot spot(double openness, double centrality, Quadrant quadrant, boolean borderline, LocalDate date) {
        return new Spot(Svg.n(x(centrality)), Svg.n(y(openness)), openness, centrality, quadrant, borderline, date);
    }

    /** The arrow from declared to enacted, stopping at the enacted mark's edge; none when they nearly coincide. */
    public static Arrow arrow(Spot from, Spot to) {
        if (from == null || to == null) {
            return null;
        }
        double x1 = Double.parseDouble(from.x());
        double y1 = Double.parseDouble(from.y());
        double x2 = Double.parseDouble(to.x());
        double y2 = Double.parseDouble(to.y());
        double length = Math.hypot(x2 - x1, y2 - y1);
        if (length < 2.5 * MARK_RADIUS) {
            return null;
        }
        double shorten = (MARK_RADIUS + 3) / length;
        return new Arrow(Svg.n(x1), Svg.n(y1), Svg.n(x2 - (x2 - x1) * shorten), Svg.n(y2 - (y2 - y1) * shorten));
    }

    /** The marks of the perspectives in force, in the given order, with labels kept apart. */
    public static List<PerspectiveMark> perspectiveMarks(
            List<Spot> spots, List<TypologyPerspective> perspectives, List<String> labels) {
        List<PerspectiveMark> marks = new ArrayList<>();
        for (int i = 0; i < spots.size(); i++) {
            Spot spot = spots.get(i);
            int near = 0;
            for (int j = 0; j < i; j++) {
                Spot other = spots.get(j);
                if (Math.hypot(
                                Double.parseDouble(other.x()) - Double.parseDouble(spot.x()),
                                Double.parseDouble(other.y()) - Double.parseDouble(spot.y()))
                        < 28) {
                    near++;
                }
            }
            TypologyPerspective perspective = perspectives.get(i);
            // On the right half the label goes to the left of the mark, so it stays inside the picture.
            boolean right = Double.parseDouble(spot.x()) > LEFT + SIZE / 2;
            marks.add(new PerspectiveMark(
                    spot,
                    perspective,
                    labels.get(i),
                    shape(spot, perspective),
                    "perspective-mark--"
                            + (perspective == null
                                    ? "ikke-angivet"
                                    : perspective.name().toLowerCase()),
                    Svg.n(4 + 15 * near),
                    right ? "end" : "start",
                    right ? "-13" : "13"));
        }
        return marks;
    }

    /** The polygon of a perspective's mark around the spot (radius about 9 pixels). */
    static String shape(Spot spot, TypologyPerspective perspective) {
        double cx = Double.parseDouble(spot.x());
        double cy = Double.parseDouble(spot.y());
        double r = 9;
        double[][] points;
        if (perspective == null) {
            points = new double[][] {{0, -r}, {r, 0}, {0, r}, {-r, 0}};
        } else {
            points = switch (perspective) {
                case CHEF -> new double[][] {{-7.5, -7.5}, {7.5, -7.5}, {7.5, 7.5}, {-7.5, 7.5}};
                case PROJEKTLEDER -> new double[][] {{0, -r}, {r, 7}, {-r, 7}};
                case PARTNER -> new double[][] {{-r, -7}, {r, -7}, {0, r}};
                case FORSKER ->
                    new double[][] {
                        {-3, -r}, {3, -r}, {3, -3}, {r, -3}, {r, 3}, {3, 3}, {3, r}, {-3, r}, {-3, 3}, {-r, 3},
                        {-r, -3}, {-3, -3}
                    };
            };
        }
        List<String> coordinates = new ArrayList<>();
        for (double[] p : points) {
            coordinates.add(Svg.n(cx + p[0]) + "," + Svg.n(cy + p[1]));
        }
        return String.join(" ", coordinates);
    }

    public static Trajectory trajectory(List<Spot> points) {
        List<String> coordinates = new ArrayList<>();
        points.forEach(p -> coordinates.add(p.x() + "," + p.y()));
        return new Trajectory(List.copyOf(points), String.join(" ", coordinates));
    }

    static double x(double centrality) {
        return LEFT + (clamp(centrality) + 1) / 2 * SIZE;
    }

    static double y(double openness) {
        return TOP + (1 - clamp(openness)) / 2 * SIZE;
    }

    private static double clamp(double value) {
        return Math.max(-1, Math.min(1, value));
    }
}
