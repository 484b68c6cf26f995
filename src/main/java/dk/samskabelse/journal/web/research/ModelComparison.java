package dk.samskabelse.journal.web.research;

import dk.samskabelse.journal.query.typology.Quadrant;
import dk.samskabelse.journal.query.typology.TypologyView;
import dk.samskabelse.journal.web.charts.TypologyPlane;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A project's enacted placement under the active model and under another one (review 2026-12-04, 3.3): the other
 * model's trajectory for the plane, and per date on which either trajectory has a point the values under both
 * models and their difference (other minus active). Between its points a trajectory keeps its last value.
 * Values are rounded to two decimals as the page shows them (half-even, like its other numbers), and the
 * differences are taken of the rounded values, so that a row always adds up.
 */
public record ModelComparison(
        String activeName,
        String activeVersion,
        String otherName,
        String otherVersion,
        TypologyView other,
        TypologyPlane.Trajectory otherTrajectory,
        List<Row> rows) {

    /** One date: openness and centrality under each model (null without evidence) and the differences. */
    public record Row(
            LocalDate date,
            BigDecimal activeOpenness,
            BigDecimal otherOpenness,
            BigDecimal opennessDifference,
            BigDecimal activeCentrality,
            BigDecimal otherCentrality,
            BigDecimal centralityDifference,
            Quadrant activeQuadrant,
            Quadrant otherQuadrant) {

        public boolean differentQuadrants() {
            return activeQuadrant != null && otherQuadrant != null && activeQuadrant != otherQuadrant;
        }
    }

    public static ModelComparison of(
            TypologyView active, TypologyView other, TypologyPlane.Trajectory otherTrajectory) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        active.enacted().forEach(p -> dates.add(p.date()));
        other.enacted().forEach(p -> dates.add(p.date()));
        List<Row> rows = new ArrayList<>();
        for (LocalDate date : dates) {
            TypologyView.Point a = at(active.enacted(), date);
            TypologyView.Point b = at(other.enacted(), date);
            BigDecimal aOpenness = rounded(a, TypologyView.Point::openness);
            BigDecimal bOpenness = rounded(b, TypologyView.Point::openness);
            BigDecimal aCentrality = rounded(a, TypologyView.Point::centrality);
            BigDecimal bCentrality = rounded(b, TypologyView.Point::centrality);
            rows.add(new Row(
                    date,
                    aOpenness,
                    bOpenness,
                    difference(aOpenness, bOpenness),
                    aCentrality,
                    bCentrality,
                    difference(aCentrality, bCentrality),
                    a == null ? null : a.quadrant(),
                    b == null ? null : b.quadrant()));
        }
        return new ModelComparison(
                active.model(),
                active.modelVersion(),
                other.model(),
                other.modelVersion(),
                other,
                otherTrajectory,
                List.copyOf(rows));
    }

    /** The largest difference in openness, by size (null when no date has both values). */
    public BigDecimal largestOpennessDifference() {
        return largest(Row::opennessDifference);
    }

    public BigDecimal largestCentralityDifference() {
        return largest(Row::centralityDifference);
    }

    public long datesInDifferentQuadrants() {
        return rows.stream().filter(Row::differentQuadrants).count();
    }

    private BigDecimal largest(Function<Row, BigDecimal> difference) {
        return rows.stream()
                .map(difference)
                .filter(Objects::nonNull)
                .map(BigDecimal::abs)
                .max(BigDecimal::compareTo)
                .orElse(null);
    }

    /** The trajectory's point in force on the date: the last one on or before it. */
    private static TypologyView.Point at(List<TypologyView.Point> points, LocalDate date) {
        TypologyView.Point found = null;
        for (TypologyView.Point p : points) {
            if (!p.date().isAfter(date) && (found == null || !p.date().isBefore(found.date()))) {
                found = p;
            }
        }
        return found;
    }

    private static BigDecimal rounded(TypologyView.Point point, Function<TypologyView.Point, Double> axis) {
        Double value = point == null ? null : axis.apply(point);
        // new BigDecimal(double): the exact binary value, rounded as DecimalFormat rounds the page's other numbers.
        return value == null ? null : new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal difference(BigDecimal active, BigDecimal other) {
        return active == null || other == null ? null : other.subtract(active);
    }
}
