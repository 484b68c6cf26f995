package dk.samskabelse.journal.query.typology.validation;

import dk.samskabelse.journal.query.typology.Quadrant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One case under one model: where the case lands at its end, the days it spends in each quadrant (from its start
 * to its end, both included; days without a point are counted apart), whether that agrees with the seed, and if
 * not, why (one reason per failed expectation).
 */
public record CaseResult(
        ValidationCase validationCase,
        Optional<Quadrant> lands,
        Optional<Quadrant> first,
        Map<Quadrant, Long> daysPerQuadrant,
        long daysWithoutPoint,
        boolean agrees,
        List<String> reasons) {

    public CaseResult {
        daysPerQuadrant = Map.copyOf(daysPerQuadrant);
        reasons = List.copyOf(reasons);
    }

    public long days(Quadrant quadrant) {
        return daysPerQuadrant.getOrDefault(quadrant, 0L);
    }
}
