package dk.samskabelse.journal.query.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.query.typology.AxisEvidence;
import dk.samskabelse.journal.query.typology.DeclaredPlacement;
import dk.samskabelse.journal.query.typology.Drift;
import dk.samskabelse.journal.query.typology.DriftPeriod;
import dk.samskabelse.journal.query.typology.EnactedPoint;
import dk.samskabelse.journal.query.typology.Quadrant;
import dk.samskabelse.journal.query.typology.TypologyPoint;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 5: the portfolio's drift over the whole history, from a hand-built history. Declared
 * Ligeværdig (0.5; -0.3) from 1 January 2020; the enacted placement, hand-placed:
 * <pre>
 *   2020-01-01  ( 0.5; -0.3) Ligeværdig     same quadrant
 *   2020-02-01  ( 0.5;  0.4) Faciliterende  apart
 *   2020-03-15  ( 0.5; -0.2) Ligeværdig     together again: 1 Feb – 15 Mar = 29 + 14 = 43 days apart
 *   2020-06-01  (-0.5; -0.5) Styret         apart
 *   2020-07-01  ( 0.4;  0.3) Faciliterende  still apart (another quadrant: a new DriftPeriod, the same stretch)
 * </pre>
 * Seen on 31 August 2020 the second stretch is open: 1 June – 31 August inclusive = 30 + 31 + 31 = 92 days.
 */
class DriftHistoryTest {

    private static final LocalDate TODAY = LocalDate.of(2020, 8, 31);

    @Test
    void twoSeparateStretchesTheSecondStillOpen() {
        List<DriftPeriod> periods = drift().periods();
        assertThat(periods)
                .extracting(DriftPeriod::from, DriftPeriod::enacted)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(day("2020-02-01"), Quadrant.FACILITERENDE),
                        org.assertj.core.groups.Tuple.tuple(day("2020-06-01"), Quadrant.STYRET),
                        org.assertj.core.groups.Tuple.tuple(day("2020-07-01"), Quadrant.FACILITERENDE));

        DriftHistory history = DriftHistory.of(periods, TODAY);

        assertThat(history.daysApart()).isEqualTo(43 + 92);
        assertThat(history.longest()).isEqualTo(new DriftHistory.Stretch(day("2020-06-01"), null, 92));
        assertThat(history.longest().open()).isTrue();
        assertThat(history.apartNow()).isTrue();
    }

    @Test
    void aClosedProjectIsCountedUpToItsClosingDate() {
        DriftHistory history = DriftHistory.of(drift().periods(), day("2020-06-30"));

        // 1 June – 30 June inclusive: 30 days, shorter than the first stretch of 43.
        assertThat(history.daysApart()).isEqualTo(43 + 30);
        assertThat(history.longest()).isEqualTo(new DriftHistory.Stretch(day("2020-02-01"), day("2020-03-15"), 43));
        assertThat(history.apartNow()).isTrue();
    }

    @Test
    void beforeTheSecondStretchTheyAgreeAndOnlyTheFirstCounts() {
        DriftHistory history = DriftHistory.of(drift().periods(), day("2020-05-31"));

        assertThat(history.daysApart()).isEqualTo(43);
        assertThat(history.longest()).isEqualTo(new DriftHistory.Stretch(day("2020-02-01"), day("2020-03-15"), 43));
        assertThat(history.apartNow()).isFalse();
    }

    @Test
    void withoutADeclarationNothingDrifts() {
        Drift drift = Drift.between(List.of(), List.of(enacted("2020-02-01", 0.5, 0.4)));

        assertThat(DriftHistory.of(drift.periods(), TODAY)).isEqualTo(new DriftHistory(0, null, false));
    }

    private static Drift drift() {
        List<DeclaredPlacement> declared =
                List.of(new DeclaredPlacement("d1", day("2020-01-01"), new TypologyPoint(0.5, -0.3), "Ligeværdig"));
        List<EnactedPoint> trajectory = List.of(
                enacted("2020-01-01", 0.5, -0.3),
                enacted("2020-02-01", 0.5, 0.4),
                enacted("2020-03-15", 0.5, -0.2),
                enacted("2020-06-01", -0.5, -0.5),
                enacted("2020-07-01", 0.4, 0.3));
        return Drift.between(declared, trajectory);
    }

    private static EnactedPoint enacted(String date, double openness, double centrality) {
        return new EnactedPoint(
                day(date),
                Optional.of(new TypologyPoint(openness, centrality)),
                AxisEvidence.NONE,
                AxisEvidence.NONE,
                List.of());
    }

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }
}
