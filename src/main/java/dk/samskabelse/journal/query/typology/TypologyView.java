package dk.samskabelse.journal.query.typology;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A project's typology under one model: the declared placements, the enacted trajectory (a dated point at
 * every date the evidence changes), the distance between declared and enacted, and the periods in which they
 * sit in different quadrants. Points are null where no evidence touches an axis.
 */
public record TypologyView(String model, String modelVersion, List<Declared> declared, List<Point> enacted,
                           Point current, List<Distance> distance, List<Divergence> divergentPeriods) {

    public record Declared(String entryId, LocalDate effectiveOn, double openness, double centrality,
                           Quadrant quadrant, boolean borderline, String rationale) {
    }

    public record Point(LocalDate date, Double openness, Double centrality, Quadrant quadrant, Boolean borderline,
                        BigDecimal opennessWeight, BigDecimal centralityWeight) {
    }

    public record Distance(LocalDate date, Double distance, boolean differentQuadrants) {
    }

    public record Divergence(LocalDate from, LocalDate until, Quadrant declared, Quadrant enacted) {
    }

    /** The same project under the active model and under another one, side by side. */
    public record Comparison(TypologyView active, TypologyView alternative) {
    }
}
