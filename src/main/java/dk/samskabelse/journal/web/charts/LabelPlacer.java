package dk.samskabelse.journal.web.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * Places point labels on the typology plane so that none overlaps another, a mark or the picture's edge (issue 18
 * item 7: the Lejre labels ran into each other). Greedy: labels in priority order, each tries a few offsets around
 * its point and takes the first free one; a label with no free offset is left out, its point stays in the table.
 * Text widths are estimated (no font metrics on the server), generously, so an estimate errs towards a gap.
 */
public final class LabelPlacer {

    static final double CHAR_WIDTH = 7.2;
    static final double PERSPECTIVE_CHAR_WIDTH = 10;
    static final double LINE_HEIGHT = 15;
    /** Labels further than this from their point get a leader line. */
    private static final double LEADER_FROM = 12;
    /** Offsets from the point to the label's baseline start, as dx, dy and anchor (start, end, middle). */
    private static final Object[][] OFFSETS = {
        {10.0, -8.0, "start"}, {10.0, 16.0, "start"}, {-10.0, -8.0, "end"}, {-10.0, 16.0, "end"},
        {0.0, -13.0, "middle"}, {0.0, 24.0, "middle"}, {16.0, -22.0, "start"}, {-16.0, -22.0, "end"},
        {16.0, 30.0, "start"}, {-16.0, 30.0, "end"}, {0.0, -30.0, "middle"}, {0.0, 40.0, "middle"}
    };

    /** A label to place: the point it names, its text and its class (point-label, point-label--strong, …). */
    public record Request(double x, double y, String text, String cssClass) {}

    /**
     * A placed label: where its baseline starts and how it is anchored there, ready for an SVG text element; and a
     * leader line from its point to the label's nearest edge when the label sits further out (else null), so a
     * label moved away from a crowd still shows which point it names.
     */
    public record Placed(String x, String y, String anchor, String text, String cssClass, Box box, Leader leader) {}

    public record Leader(String x1, String y1, String x2, String y2) {}

    /** An axis-aligned rectangle. */
    public record Box(double left, double top, double right, double bottom) {

        boolean overlaps(Box other) {
            return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
        }

        boolean inside(Box outer) {
            return left >= outer.left && top >= outer.top && right <= outer.right && bottom <= outer.bottom;
        }

        static Box around(double x, double y, double radius) {
            return new Box(x - radius, y - radius, x + radius, y + radius);
        }
    }

    private final Box bounds;
    private final List<Box> taken = new ArrayList<>();
    private final List<Placed> placed = new ArrayList<>();

    /** bounds: where labels may go (the plane's square, so they stay off the axis texts around it). */
    public LabelPlacer(Box bounds) {
        this.bounds = bounds;
    }

    /** Something a label must not cover: a mark, or a label drawn by other means. */
    public LabelPlacer avoid(Box box) {
        taken.add(box);
        return this;
    }

    /** Places the label at its first free offset; false (and nothing drawn) when none is free. */
    public boolean place(Request request) {
        for (Object[] offset : OFFSETS) {
            double x = request.x() + (double) offset[0];
            double y = request.y() + (double) offset[1];
            String anchor = (String) offset[2];
            Box box = textBox(x, y, anchor, request.text());
            if (box.inside(bounds) && taken.stream().noneMatch(box::overlaps)) {
                taken.add(box);
                placed.add(new Placed(
                        Svg.n(x),
                        Svg.n(y),
                        anchor,
                        request.text(),
                        request.cssClass(),
                        box,
                        leader(request.x(), request.y(), box)));
                return true;
            }
        }
        return false;
    }

    private static Leader leader(double x, double y, Box box) {
        double toX = Math.max(box.left(), Math.min(x, box.right()));
        double toY = Math.max(box.top(), Math.min(y, box.bottom()));
        if (Math.hypot(toX - x, toY - y) < LEADER_FROM) {
            return null;
        }
        return new Leader(Svg.n(x), Svg.n(y), Svg.n(toX), Svg.n(toY));
    }

    public List<Placed> placed() {
        return List.copyOf(placed);
    }

    /** A label box estimated the same way, for a label drawn elsewhere. */
    public static Box textBox(double x, double y, String anchor, String text) {
        return textBox(x, y, anchor, text, CHAR_WIDTH, 0);
    }

    /**
     * A perspective's name beside its mark: 13 px bold with a white halo (.perspective-label), wider than a point
     * label; Chromium drew "Chef" 37 px wide where 4 × CHAR_WIDTH gives 29, and a label was placed against it
     * (WebJournalReviewE2EIT measures the drawn labels). Kept a little apart as well.
     */
    public static Box perspectiveTextBox(double x, double y, String anchor, String text) {
        return textBox(x, y, anchor, text, PERSPECTIVE_CHAR_WIDTH, 3);
    }

    private static Box textBox(double x, double y, String anchor, String text, double charWidth, double margin) {
        double textWidth = text.length() * charWidth;
        double left = "end".equals(anchor) ? x - textWidth : "middle".equals(anchor) ? x - textWidth / 2 : x;
        return new Box(left - margin, y - LINE_HEIGHT + 3 - margin, left + textWidth + margin, y + 4 + margin);
    }
}
