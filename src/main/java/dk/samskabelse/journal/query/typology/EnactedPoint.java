package dk.samskabelse.journal.query.typology;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The enacted placement at a date with the evidence behind it. The point is empty when no signal touches one of
 * the axes (a point needs both coordinates); the axis sums and the signals are always given.
 */
public record EnactedPoint(
        LocalDate date,
        Optional<TypologyPoint> point,
        AxisEvidence openness,
        AxisEvidence centrality,
        List<SignalContribution> signals) {

    public EnactedPoint {
        signals = List.copyOf(signals);
    }

    public Optional<Quadrant> quadrant() {
        return point.map(TypologyPoint::quadrant);
    }
}
