package dk.samskabelse.journal.query.typology;

import dk.samskabelse.journal.api.TypologyPerspective;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A project's typology under one model: the project's own declared placements, the enacted trajectory (a dated
 * point at every date the evidence changes), the distance between declared and enacted, and the periods in which
 * they sit in different quadrants. Points are null where no evidence touches an axis. Since issue 13 also the
 * placements from every perspective in force at the horizon (chef, project leader, each partner, researcher;
 * {@link Perspectives}) and how far apart they are; only the project's own declarations feed drift.
 */
public record TypologyView(
        String model,
        String modelVersion,
        List<Declared> declared,
        List<Point> enacted,
        Point current,
        List<Distance> distance,
        List<Divergence> divergentPeriods,
        List<Declared> perspectives,
        Disagreement disagreement) {

    public TypologyView(
            String model,
            String modelVersion,
            List<Declared> declared,
            List<Point> enacted,
            Point current,
            List<Distance> distance,
            List<Divergence> divergentPeriods) {
        this(model, modelVersion, declared, enacted, current, distance, divergentPeriods, List.of(), Disagreement.NONE);
    }

    /**
     * perspective null: declared before perspectives were recorded (the project's own); actorId: the partner's
     * representative of a PARTNER placement.
     */
    public record Declared(
            String entryId,
            LocalDate effectiveOn,
            double openness,
            double centrality,
            Quadrant quadrant,
            boolean borderline,
            String rationale,
            TypologyPerspective perspective,
            String actorId) {

        public Declared(
                String entryId,
                LocalDate effectiveOn,
                double openness,
                double centrality,
                Quadrant quadrant,
                boolean borderline,
                String rationale) {
            this(entryId, effectiveOn, openness, centrality, quadrant, borderline, rationale, null, null);
        }

        public boolean own() {
            return TypologyPerspective.isOwn(perspective);
        }

        public Declared withRationale(String text) {
            return new Declared(
                    entryId, effectiveOn, openness, centrality, quadrant, borderline, text, perspective, actorId);
        }
    }

    /**
     * How far apart the perspectives in force are: how many there are, the largest distance between two of them
     * (null with fewer than two) and which two (entry ids), and whether they sit in different quadrants.
     */
    public record Disagreement(
            int perspectives,
            Double largestDistance,
            List<String> between,
            boolean differentQuadrants,
            List<Quadrant> quadrants) {

        public static final Disagreement NONE = new Disagreement(0, null, List.of(), false, List.of());
    }

    public record Point(
            LocalDate date,
            Double openness,
            Double centrality,
            Quadrant quadrant,
            Boolean borderline,
            BigDecimal opennessWeight,
            BigDecimal centralityWeight) {}

    public record Distance(LocalDate date, Double distance, boolean differentQuadrants) {}

    public record Divergence(LocalDate from, LocalDate until, Quadrant declared, Quadrant enacted) {}

    /** The same project under the active model and under another one, side by side. */
    public record Comparison(TypologyView active, TypologyView alternative) {}
}
