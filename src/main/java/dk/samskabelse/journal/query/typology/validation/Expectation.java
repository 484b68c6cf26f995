package dk.samskabelse.journal.query.typology.validation;

import dk.samskabelse.journal.query.typology.Quadrant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a model must show on a case to agree with its seed, in terms a program can judge:
 * the quadrant holding the most days, the quadrant at the first point and at the end (each optional), and
 * stretches in which another quadrant is allowed. A day in any other quadrant is a disagreement.
 */
public record Expectation(
        Optional<Quadrant> mostOfTheTime, Optional<Quadrant> start, Optional<Quadrant> end, List<Allowed> allowed) {

    /** Another quadrant allowed on the days from (inclusive) until (inclusive), with the seed's reason. */
    public record Allowed(Quadrant quadrant, LocalDate from, LocalDate until, String why) {

        boolean covers(Quadrant quadrant, LocalDate day) {
            return this.quadrant == quadrant && !day.isBefore(from) && !day.isAfter(until);
        }
    }

    public Expectation {
        allowed = List.copyOf(allowed);
    }

    /** The quadrants allowed on every day: the ones the expectation names. */
    Set<Quadrant> alwaysAllowed() {
        return Stream.of(mostOfTheTime, start, end).flatMap(Optional::stream).collect(Collectors.toSet());
    }

    boolean allows(Quadrant quadrant, LocalDate day) {
        return alwaysAllowed().contains(quadrant) || allowed.stream().anyMatch(a -> a.covers(quadrant, day));
    }
}
