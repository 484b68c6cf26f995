package dk.samskabelse.journal.query.typology;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Declared and enacted placement at one date. The distance (Euclidean, 4 decimals) is given when both exist;
 * differentQuadrants is true only when both exist and lie in different quadrants.
 */
public record DriftSample(
        LocalDate date,
        Optional<TypologyPoint> declared,
        Optional<TypologyPoint> enacted,
        OptionalDouble distance,
        boolean differentQuadrants) {}
