package dk.samskabelse.journal.query.typology.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One piece of evidence's pull on the two axes. An empty axis value means the signal does not touch that axis
 * (the "—" of docs/domain.md's signal table). Values are decimals so that means are computed exactly.
 */
public record Signal(
        Optional<BigDecimal> openness, Optional<BigDecimal> centrality, BigDecimal weight, List<Citation> citations) {

    public Signal {
        citations = List.copyOf(citations);
    }
}
