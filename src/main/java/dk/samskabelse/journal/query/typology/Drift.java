package dk.samskabelse.journal.query.typology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * Drift (docs/domain.md "The typology"): the distance between declared and enacted placement at each date on which
 * either changes, and the periods in which they sit in different quadrants. The evidence for seed 002's question
 * in Erkendelse: "har vi reelt formået at gøre noget nyt, eller kun justeret den gamle måde?".
 */
public record Drift(List<DriftSample> samples, List<DriftPeriod> periods) {

    public Drift {
        samples = List.copyOf(samples);
        periods = List.copyOf(periods);
    }

    /**
     * Samples at every trajectory date and every date of the project's own declarations (both placements are
     * constant in between); declarations of other perspectives are left out.
     * The trajectory must hold every date on which the enacted placement changes, as
     * {@link EnactedPlacement#trajectory} does.
     */
    public static Drift between(List<DeclaredPlacement> declarations, List<EnactedPoint> trajectory) {
        // Only the project's own declarations (issue 13): a partner's or researcher's placement is shown beside
        // them (Perspectives), never mixed into drift.
        List<DeclaredPlacement> declared = declarations.stream()
                .filter(DeclaredPlacement::isOwn)
                .sorted(Comparator.comparing(DeclaredPlacement::effectiveOn))
                .toList();
        List<EnactedPoint> enacted = trajectory.stream()
                .sorted(Comparator.comparing(EnactedPoint::date))
                .toList();
        TreeSet<LocalDate> dates = new TreeSet<>();
        declared.forEach(declaration -> dates.add(declaration.effectiveOn()));
        enacted.forEach(point -> dates.add(point.date()));

        List<DriftSample> samples = new ArrayList<>();
        for (LocalDate date : dates) {
            Optional<TypologyPoint> declaredPoint =
                    ProjectHistory.declaredOn(declared, date).map(DeclaredPlacement::point);
            Optional<TypologyPoint> enactedPoint = enactedOn(enacted, date);
            boolean bothPresent = declaredPoint.isPresent() && enactedPoint.isPresent();
            OptionalDouble distance = bothPresent
                    ? OptionalDouble.of(declaredPoint.get().distanceTo(enactedPoint.get()))
                    : OptionalDouble.empty();
            boolean different = bothPresent
                    && declaredPoint.get().quadrant() != enactedPoint.get().quadrant();
            samples.add(new DriftSample(date, declaredPoint, enactedPoint, distance, different));
        }
        return new Drift(samples, periods(samples));
    }

    private static Optional<TypologyPoint> enactedOn(List<EnactedPoint> trajectory, LocalDate date) {
        Optional<TypologyPoint> latest = Optional.empty();
        for (EnactedPoint point : trajectory) {
            if (point.date().isAfter(date)) {
                break;
            }
            latest = point.point();
        }
        return latest;
    }

    private static List<DriftPeriod> periods(List<DriftSample> samples) {
        List<DriftPeriod> periods = new ArrayList<>();
        LocalDate from = null;
        Quadrant declared = null;
        Quadrant enacted = null;
        for (DriftSample sample : samples) {
            Quadrant nowDeclared =
                    sample.differentQuadrants() ? sample.declared().get().quadrant() : null;
            Quadrant nowEnacted =
                    sample.differentQuadrants() ? sample.enacted().get().quadrant() : null;
            if (from != null && (nowDeclared != declared || nowEnacted != enacted)) {
                periods.add(new DriftPeriod(from, Optional.of(sample.date()), declared, enacted));
                from = null;
            }
            if (from == null && sample.differentQuadrants()) {
                from = sample.date();
                declared = nowDeclared;
                enacted = nowEnacted;
            }
        }
        if (from != null) {
            periods.add(new DriftPeriod(from, Optional.empty(), declared, enacted));
        }
        return periods;
    }
}
