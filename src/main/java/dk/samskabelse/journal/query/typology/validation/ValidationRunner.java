package dk.samskabelse.journal.query.typology.validation;

import dk.samskabelse.journal.query.typology.EnactedPlacement;
import dk.samskabelse.journal.query.typology.EnactedPoint;
import dk.samskabelse.journal.query.typology.ProjectHistory;
import dk.samskabelse.journal.query.typology.Quadrant;
import dk.samskabelse.journal.query.typology.model.TypologyModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a typology model over the validation set and judges each case against its seed (pure Java: no database,
 * no Spring). The trajectory is the engine's own (EnactedPlacement.trajectory); a day belongs to the quadrant of
 * the latest trajectory point on or before it.
 */
public final class ValidationRunner {

    public List<CaseResult> run(TypologyModel model, List<ValidationCase> cases) {
        EnactedPlacement placement = new EnactedPlacement(model);
        return cases.stream().map(c -> judge(placement, c)).toList();
    }

    public CaseResult judge(EnactedPlacement placement, ValidationCase validationCase) {
        ProjectHistory history = ProjectHistory.of(validationCase.events());
        LocalDate end = validationCase.endsOn();
        List<EnactedPoint> trajectory = placement.trajectory(history).stream()
                .filter(point -> !point.date().isAfter(end))
                .toList();
        Expectation expectation = validationCase.expectation();

        Map<Quadrant, Long> days = new EnumMap<>(Quadrant.class);
        long withoutPoint = 0;
        List<String> reasons = new ArrayList<>();
        long outside = 0;
        LocalDate firstOutside = null;
        Quadrant outsideQuadrant = null;
        LocalDate from = validationCase.startedOn();
        for (LocalDate day = from; !day.isAfter(end); day = day.plusDays(1)) {
            Optional<Quadrant> quadrant = quadrantOn(trajectory, day);
            if (quadrant.isEmpty()) {
                withoutPoint++;
                continue;
            }
            days.merge(quadrant.get(), 1L, Long::sum);
            if (!expectation.allows(quadrant.get(), day)) {
                outside++;
                if (firstOutside == null) {
                    firstOutside = day;
                    outsideQuadrant = quadrant.get();
                }
            }
        }
        Optional<Quadrant> lands = placement.at(history, end).quadrant();
        Optional<Quadrant> first = trajectory.stream()
                .map(EnactedPoint::quadrant)
                .flatMap(Optional::stream)
                .findFirst();

        expectation.end().ifPresent(expected -> {
            if (lands.isEmpty() || lands.get() != expected) {
                reasons.add("ends in " + lands.map(Quadrant::name).orElse("no point") + ", seed: " + expected);
            }
        });
        expectation.start().ifPresent(expected -> {
            if (first.isEmpty() || first.get() != expected) {
                reasons.add("starts in " + first.map(Quadrant::name).orElse("no point") + ", seed: " + expected);
            }
        });
        expectation.mostOfTheTime().ifPresent(expected -> {
            long expectedDays = days.getOrDefault(expected, 0L);
            days.forEach((quadrant, count) -> {
                if (quadrant != expected && count >= expectedDays) {
                    reasons.add(quadrant + " " + count + " days against " + expected + " " + expectedDays
                            + ", seed: mostly " + expected);
                }
            });
            if (expectedDays == 0) {
                reasons.add("never in " + expected + ", seed: mostly " + expected);
            }
        });
        if (outside > 0) {
            reasons.add(
                    outside + " days outside what the seed allows, first " + firstOutside + " in " + outsideQuadrant);
        }
        return new CaseResult(validationCase, lands, first, days, withoutPoint, reasons.isEmpty(), reasons);
    }

    private static Optional<Quadrant> quadrantOn(List<EnactedPoint> trajectory, LocalDate day) {
        Optional<Quadrant> quadrant = Optional.empty();
        for (EnactedPoint point : trajectory) {
            if (point.date().isAfter(day)) {
                break;
            }
            quadrant = point.quadrant();
        }
        return quadrant;
    }
}
