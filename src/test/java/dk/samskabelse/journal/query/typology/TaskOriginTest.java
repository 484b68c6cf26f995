package dk.samskabelse.journal.query.typology;

import static dk.samskabelse.journal.query.typology.TypologyAssertions.DEFAULT_MODEL;
import static dk.samskabelse.journal.query.typology.TypologyAssertions.V1_MODEL;
import static dk.samskabelse.journal.query.typology.TypologyAssertions.assertPoint;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.TaskOrigin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The task's origin (Afklaring) as a signal of the default model, issue 13 point 1; README "The task's origin". */
class TaskOriginTest {

    private static Journal leaderOnly() {
        return Journal.startedOn("2024-01-01")
                .register("projektleder", ActorKind.PROJEKTLEDER, Role.LIGEVAERDIG_DELTAGER, "2024-01-01");
    }

    @Test
    void theLatestNonRetractedClarificationThatStatesAnOriginDecides() {
        Journal journal = leaderOnly()
                .clarify("c1", "2024-01-10", TaskOrigin.BORGERE)
                .clarify("c2", "2024-02-01", TaskOrigin.POLITIKERE)
                .clarify("c3", "2024-03-01", null);

        assertThat(ProjectHistory.of(journal.events()).taskOrigin()).contains(TaskOrigin.POLITIKERE);
        assertThat(ProjectHistory.of(journal.retract("c2", "2024-03-05").events())
                        .taskOrigin())
                .contains(TaskOrigin.BORGERE);
        assertThat(ProjectHistory.of(leaderOnly().events()).taskOrigin()).isEmpty();
    }

    @Test
    void theOriginCountsFromTheStartWithHalfTheRoleEvidence() {
        ProjectHistory history = ProjectHistory.of(
                leaderOnly().clarify("c1", "2024-02-01", TaskOrigin.POLITIKERE).events());
        EnactedPlacement enacted = new EnactedPlacement(DEFAULT_MODEL);

        // By hand: the leader's role, weight 1 (the minimum), (0.6, -0.4); the origin 0.5 × 1 on centrality only,
        // -0.6. openness 0.6 / 1; centrality (-0.4 - 0.3) / 1.5 = -0.466667 -> -0.4667. Before the clarification
        // was written too: it describes the project from its start.
        EnactedPoint early = enacted.at(history, LocalDate.parse("2024-01-05"));
        assertPoint(early, 0.6, -0.4667, Quadrant.LIGEVAERDIG, false);
        assertThat(early.signals())
                .filteredOn(signal -> signal.kind() == SignalKind.TASK_ORIGIN)
                .singleElement()
                .satisfies(signal -> {
                    assertThat(signal.key()).isEqualTo("POLITIKERE");
                    assertThat(signal.weight()).isEqualByComparingTo("0.5");
                    assertThat(signal.openness()).isEmpty();
                    assertThat(signal.centrality()).contains(new BigDecimal("-0.6"));
                    assertThat(signal.actorId()).isEqualTo(Optional.empty());
                });
        // The first model has no origin section: the same history gives the role alone.
        assertPoint(
                new EnactedPlacement(V1_MODEL).at(history, LocalDate.parse("2024-01-05")),
                0.6,
                -0.4,
                Quadrant.LIGEVAERDIG,
                false);
    }

    @Test
    void citizensKnockingOnTheDoorPullBothAxes() {
        ProjectHistory history = ProjectHistory.of(
                leaderOnly().clarify("c1", "2024-01-01", TaskOrigin.BORGERE).events());

        // By hand: (1 × 0.6 + 0.5 × 0.6) / 1.5 = 0.6; (1 × -0.4 + 0.5 × 0.8) / 1.5 = 0.0: on the border, Faciliterende.
        assertPoint(
                new EnactedPlacement(DEFAULT_MODEL).at(history, LocalDate.parse("2024-01-02")),
                0.6,
                0.0,
                Quadrant.FACILITERENDE,
                true);
    }

    @Test
    void anOriginWithoutSignalGivesNone() {
        ProjectHistory history = ProjectHistory.of(
                leaderOnly().clarify("c1", "2024-01-01", TaskOrigin.ANDET).events());

        EnactedPoint point = new EnactedPlacement(DEFAULT_MODEL).at(history, LocalDate.parse("2024-01-02"));
        assertPoint(point, 0.6, -0.4, Quadrant.LIGEVAERDIG, false);
        assertThat(point.signals()).extracting(SignalContribution::kind).containsExactly(SignalKind.ROLE);
    }
}
