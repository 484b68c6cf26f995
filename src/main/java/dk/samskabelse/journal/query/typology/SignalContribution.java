package dk.samskabelse.journal.query.typology;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One signal active at a date, as it enters the weighted mean: the evidence it comes from (an actor, an
 * engagement or both), the model entry it matched ({@code key}: a role, a sector, a kind or "sector influence"),
 * its weight and its axis values (empty where the signal does not touch the axis).
 */
public record SignalContribution(
        SignalKind kind,
        String key,
        Optional<String> actorId,
        Optional<String> engagementId,
        BigDecimal weight,
        Optional<BigDecimal> openness,
        Optional<BigDecimal> centrality) {}
