package dk.samskabelse.journal.query.typology;

import java.math.BigDecimal;

/**
 * A placement on the typology's two axes, each from -1 to +1 (docs/domain.md "The typology"). The values are kept
 * rounded to 4 decimals (see {@link Decimals}), so that the quadrant and the borderline flag follow the digits
 * a user sees.
 */
public record TypologyPoint(double openness, double centrality) {

    /** "På grænsen": within this distance of an axis a point is shown as borderline (docs/domain.md). */
    public static final double BORDERLINE = 0.1;

    public TypologyPoint {
        if (!Double.isFinite(openness) || !Double.isFinite(centrality)) {
            throw new IllegalArgumentException("A typology point needs finite numbers on both axes");
        }
        openness = Decimals.round(openness);
        centrality = Decimals.round(centrality);
    }

    public Quadrant quadrant() {
        return Quadrant.of(openness, centrality);
    }

    /** True when the point lies within 0.1 (inclusive) of either axis, so its quadrant is uncertain. */
    public boolean borderline() {
        return Math.abs(openness) <= BORDERLINE || Math.abs(centrality) <= BORDERLINE;
    }

    /** Euclidean distance, rounded to 4 decimals. */
    public double distanceTo(TypologyPoint other) {
        BigDecimal dx = Decimals.exact(openness).subtract(Decimals.exact(other.openness));
        BigDecimal dy = Decimals.exact(centrality).subtract(Decimals.exact(other.centrality));
        return Decimals.sqrt(dx.multiply(dx).add(dy.multiply(dy))).doubleValue();
    }
}
