package dk.samskabelse.journal.query.typology;

import static dk.samskabelse.journal.query.typology.Journal.as;
import static dk.samskabelse.journal.query.typology.TypologyAssertions.V1_MODEL;
import static dk.samskabelse.journal.query.typology.TypologyAssertions.assertPoint;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A project declared Ligeværdig that drifts toward Styret when the public actors start deciding alone (the
 * course of seed 003: an open process that ends in "we must set a common direction"), and is re-declared Styret.
 */
// Issue 13: the expected values below were computed by hand from the first default model's table; that model is
// kept as projections/typology-model-v1.yaml and still computes them (the engine is unchanged for a model
// without unitOfRegistration and taskOrigins), so the tests run under it. The new default: DefaultModelTest.
class TrajectoryAndDriftTest {

    private final EnactedPlacement enacted = new EnactedPlacement(V1_MODEL);

    private final ProjectHistory history = Journal.startedOn("2024-01-10")
            .register("projektleder", ActorKind.PROJEKTLEDER, Role.LIGEVAERDIG_DELTAGER, "2024-01-10")
            .register("medarbejder", ActorKind.MEDARBEJDER, Role.KONVENER, "2024-01-10")
            .register("borger-1", ActorKind.BORGER, Role.MEDDESIGNER, "2024-01-10")
            .register("borger-2", ActorKind.BORGER, Role.MEDDESIGNER, "2024-01-10")
            .declare("d1", "2024-01-10", 0.5, -0.5)
            .engage(
                    "e1",
                    "2024-02-01",
                    EngagementKind.WORKSHOP,
                    "projektleder",
                    as("projektleder", Influence.INDDRAGET),
                    as("medarbejder", Influence.INDDRAGET),
                    as("borger-1", Influence.MEDBESTEMMENDE),
                    as("borger-2", Influence.INDDRAGET))
            .shift("s1", "projektleder", Role.BESLUTTENDE, "2024-04-01")
            .shift("s2", "medarbejder", Role.BESLUTTENDE, "2024-04-01")
            .engage(
                    "e2",
                    "2024-04-15",
                    EngagementKind.BESLUTNINGSMOEDE,
                    "projektleder",
                    as("projektleder", Influence.BESTEMMENDE),
                    as("medarbejder", Influence.BESTEMMENDE))
            .engage(
                    "e3",
                    "2024-05-20",
                    EngagementKind.HOERING,
                    "medarbejder",
                    as("medarbejder", Influence.INDDRAGET),
                    as("borger-1", Influence.HOERT),
                    as("borger-2", Influence.HOERT))
            .declare("d2", "2024-06-01", -0.4, -0.5)
            .history();

    @Test
    void theTrajectoryUntilADateHasTheSamePointsAndSumsWithoutTheSignals() {
        List<EnactedPoint> full = enacted.trajectory(history);
        List<EnactedPoint> until = enacted.trajectoryUntil(history, date("2024-05-20"));

        assertThat(until)
                .extracting(EnactedPoint::date)
                .containsExactlyElementsOf(full.stream()
                        .map(EnactedPoint::date)
                        .filter(d -> !d.isAfter(date("2024-05-20")))
                        .toList());
        for (int i = 0; i < until.size(); i++) {
            assertThat(until.get(i).point()).isEqualTo(full.get(i).point());
            assertThat(until.get(i).openness()).isEqualTo(full.get(i).openness());
            assertThat(until.get(i).centrality()).isEqualTo(full.get(i).centrality());
            assertThat(full.get(i).signals()).isNotEmpty();
            assertThat(until.get(i).signals()).isEmpty();
        }
    }

    @Test
    void theTrajectoryHasAPointAtEveryDateTheEvidenceChanges() {
        List<EnactedPoint> trajectory = enacted.trajectory(history);

        // Dates: joins 01-10, e1 02-01, shifts 04-01, e2 04-15, e1 leaves 05-01 (02-01 + 90), e3 05-20,
        // e2 leaves 07-14 (04-15 + 90), e3 leaves 08-18 (05-20 + 90).
        assertThat(trajectory)
                .extracting(EnactedPoint::date)
                .containsExactly(
                        date("2024-01-10"),
                        date("2024-02-01"),
                        date("2024-04-01"),
                        date("2024-04-15"),
                        date("2024-05-01"),
                        date("2024-05-20"),
                        date("2024-07-14"),
                        date("2024-08-18"));

        // 01-10: no engagements, every weight is the minimum 1.
        //   projektleder LIGEVAERDIG_DELTAGER (0.6, -0.4), medarbejder KONVENER (0.3, -0.3),
        //   borger-1 and borger-2 MEDDESIGNER (0.6, 0.0)
        //   openness (0.6 + 0.3 + 0.6 + 0.6) / 4 = 2.1 / 4 = 0.525; centrality (-0.4 - 0.3) / 4 = -0.175
        assertPoint(trajectory.get(0), 0.525, -0.175, Quadrant.LIGEVAERDIG, false);
        // 02-01: e1, each actor's weight 1 (one engagement); borger-1 NON_PUBLIC MEDBESTEMMENDE (—, 0.4).
        //   openness 2.1 / 4 = 0.525; centrality (-0.7 + 0.4) / 5 = -0.06 (på grænsen)
        assertPoint(trajectory.get(1), 0.525, -0.06, Quadrant.LIGEVAERDIG, true);
        // 04-01: projektleder and medarbejder now BESLUTTENDE (-0.8, -0.8); e1 still in the window.
        //   openness (-0.8 - 0.8 + 0.6 + 0.6) / 4 = -0.1; centrality (-0.8 - 0.8 + 0 + 0 + 0.4) / 5 = -0.24
        //   |openness| = 0.1 is within 0.1 of the axis: på grænsen
        assertPoint(trajectory.get(2), -0.1, -0.24, Quadrant.STYRET, true);
        // 04-15: e1 and e2; weights projektleder 2, medarbejder 2, borger-1 1, borger-2 1;
        //   e2: projektleder and medarbejder PUBLIC BESTEMMENDE (—, -0.6) each.
        //   openness (-1.6 - 1.6 + 0.6 + 0.6) / 6 = -2 / 6 = -0.3333
        //   centrality (-1.6 - 1.6 + 0 + 0 + 0.4 - 0.6 - 0.6) / 9 = -4 / 9 = -0.4444
        assertPoint(trajectory.get(3), -0.3333, -0.4444, Quadrant.STYRET, false);
        // 05-01: e1 has left; e2 only; weights projektleder 1, medarbejder 1, borgere the minimum 1.
        //   openness (-0.8 - 0.8 + 0.6 + 0.6) / 4 = -0.1; centrality (-0.8 - 0.8 - 0.6 - 0.6) / 6 = -2.8 / 6 = -0.4667
        assertPoint(trajectory.get(4), -0.1, -0.4667, Quadrant.STYRET, true);
        // 05-20: e2 and e3; weights projektleder 1, medarbejder 2, borger-1 1, borger-2 1; e3 HOERING (-0.8, -0.6).
        //   openness (-0.8 - 1.6 + 0.6 + 0.6 - 0.8) / 6 = -2 / 6 = -0.3333
        //   centrality (-0.8 - 1.6 + 0 + 0 - 0.6 - 0.6 - 0.6) / 8 = -4.2 / 8 = -0.525
        assertPoint(trajectory.get(5), -0.3333, -0.525, Quadrant.STYRET, false);
        // 07-14: e2 has left; e3 only; every weight 1.
        //   openness (-0.8 - 0.8 + 0.6 + 0.6 - 0.8) / 5 = -1.2 / 5 = -0.24; centrality (-1.6 - 0.6) / 5 = -0.44
        assertPoint(trajectory.get(6), -0.24, -0.44, Quadrant.STYRET, false);
        // 08-18: no engagements left. openness -0.4 / 4 = -0.1; centrality -1.6 / 4 = -0.4
        assertPoint(trajectory.get(7), -0.1, -0.4, Quadrant.STYRET, true);
    }

    @Test
    void driftIsTheDistanceAtEveryDateAndThePeriodsInDifferentQuadrants() {
        Drift drift = enacted.drift(history);

        // Samples at the trajectory dates plus the declaration dates (06-01 is the re-declaration).
        // Declared (0.5, -0.5) Ligeværdig until 06-01, then (-0.4, -0.5) Styret. Distances:
        //   01-10 sqrt(0.025² + 0.325²)     = sqrt(0.10625)    = 0.32596 -> 0.3260
        //   02-01 sqrt(0.025² + 0.44²)      = sqrt(0.194225)   = 0.44071 -> 0.4407
        //   04-01 sqrt(0.6² + 0.26²)        = sqrt(0.4276)     = 0.65391 -> 0.6539
        //   04-15 sqrt(0.8333² + 0.0556²)   = sqrt(0.69748025) = 0.83515 -> 0.8352
        //   05-01 sqrt(0.6² + 0.0333²)      = sqrt(0.36110889) = 0.60092 -> 0.6009
        //   05-20 sqrt(0.8333² + 0.025²)    = sqrt(0.69501389) = 0.83367 -> 0.8337
        //   06-01 sqrt(0.0667² + 0.025²)    = sqrt(0.00507389) = 0.07123 -> 0.0712  (enacted still the 05-20 point)
        //   07-14 sqrt(0.16² + 0.06²)       = sqrt(0.0292)     = 0.17088 -> 0.1709
        //   08-18 sqrt(0.3² + 0.1²)         = sqrt(0.1)        = 0.31623 -> 0.3162
        assertThat(drift.samples())
                .extracting(DriftSample::date)
                .containsExactly(
                        date("2024-01-10"),
                        date("2024-02-01"),
                        date("2024-04-01"),
                        date("2024-04-15"),
                        date("2024-05-01"),
                        date("2024-05-20"),
                        date("2024-06-01"),
                        date("2024-07-14"),
                        date("2024-08-18"));
        assertThat(drift.samples())
                .extracting(sample -> sample.distance().getAsDouble())
                .containsExactly(0.3260, 0.4407, 0.6539, 0.8352, 0.6009, 0.8337, 0.0712, 0.1709, 0.3162);
        assertThat(drift.samples())
                .extracting(DriftSample::differentQuadrants)
                .containsExactly(false, false, true, true, true, true, false, false, false);
        assertThat(drift.samples().get(6).enacted()).contains(new TypologyPoint(-0.3333, -0.525));
        assertThat(drift.samples().get(6).declared()).contains(new TypologyPoint(-0.4, -0.5));

        // Declared Ligeværdig, enacted Styret from the shifts on 04-01 until the re-declaration on 06-01.
        assertThat(drift.periods())
                .containsExactly(new DriftPeriod(
                        date("2024-04-01"), Optional.of(date("2024-06-01")), Quadrant.LIGEVAERDIG, Quadrant.STYRET));
    }

    @Test
    void aPeriodStaysOpenWhileTheQuadrantsStillDifferAndSplitsWhenOneChanges() {
        List<DeclaredPlacement> declared =
                List.of(new DeclaredPlacement("d1", date("2024-01-01"), new TypologyPoint(0.5, 0.5), "faciliterende"));
        List<EnactedPoint> trajectory =
                List.of(point("2024-01-01", 0.4, 0.4), point("2024-02-01", -0.2, 0.3), point("2024-03-01", -0.3, -0.3));

        Drift drift = Drift.between(declared, trajectory);

        assertThat(drift.periods())
                .containsExactly(
                        new DriftPeriod(
                                date("2024-02-01"),
                                Optional.of(date("2024-03-01")),
                                Quadrant.FACILITERENDE,
                                Quadrant.ANSVARLIGGOERENDE),
                        new DriftPeriod(date("2024-03-01"), Optional.empty(), Quadrant.FACILITERENDE, Quadrant.STYRET));
    }

    @Test
    void withoutADeclarationThereIsNoDistance() {
        List<EnactedPoint> trajectory = List.of(point("2024-01-01", 0.4, 0.4));

        Drift drift = Drift.between(List.of(), trajectory);

        assertThat(drift.samples()).singleElement().satisfies(sample -> {
            assertThat(sample.declared()).isEmpty();
            assertThat(sample.distance()).isEmpty();
            assertThat(sample.differentQuadrants()).isFalse();
        });
        assertThat(drift.periods()).isEmpty();
    }

    private static EnactedPoint point(String date, double openness, double centrality) {
        return new EnactedPoint(
                date(date),
                Optional.of(new TypologyPoint(openness, centrality)),
                AxisEvidence.NONE,
                AxisEvidence.NONE,
                List.of());
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
