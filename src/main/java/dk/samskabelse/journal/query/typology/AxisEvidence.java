package dk.samskabelse.journal.query.typology;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The sums behind one axis of an enacted point: the total weight of the signals touching the axis and the sum of
 * weight × value. The mean is their quotient to 4 decimals; empty when no signal (of weight above 0) touches the axis.
 */
public record AxisEvidence(BigDecimal totalWeight, BigDecimal weightedSum) {

    public static final AxisEvidence NONE = new AxisEvidence(BigDecimal.ZERO, BigDecimal.ZERO);

    public AxisEvidence add(BigDecimal weight, BigDecimal value) {
        return new AxisEvidence(totalWeight.add(weight), weightedSum.add(weight.multiply(value)));
    }

    public Optional<BigDecimal> mean() {
        return totalWeight.signum() > 0 ? Optional.of(Decimals.divide(weightedSum, totalWeight)) : Optional.empty();
    }
}
