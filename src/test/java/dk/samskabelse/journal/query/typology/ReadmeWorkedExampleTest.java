package dk.samskabelse.journal.query.typology;

import static dk.samskabelse.journal.query.typology.Journal.as;
import static dk.samskabelse.journal.query.typology.TypologyAssertions.DEFAULT_MODEL;
import static dk.samskabelse.journal.query.typology.TypologyAssertions.V1_MODEL;
import static dk.samskabelse.journal.query.typology.TypologyAssertions.assertPoint;
import static dk.samskabelse.journal.query.typology.TypologyAssertions.assertSums;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The worked example of projections/README.md, number by number. Change the README, this test and
 * query/TypologyWorkedExampleIT (the same example through the API) together.
 */
class ReadmeWorkedExampleTest {

    /**
     * The example under the first default model (projections/typology-model-v1.yaml), as README.md computed it
     * before issue 13 ("The same example under the first model"): every actor for itself, no origin.
     */
    @Test
    void theSportsHallOnThirtiethJuneUnderTheFirstModel() {
        ProjectHistory history = sportsHall();

        EnactedPoint point = new EnactedPlacement(V1_MODEL).at(history, LocalDate.parse("2024-06-30"));

        // The README's signal table, rows 1-12 in the same order (actors by id, then engagements by date).
        assertThat(point.signals())
                .extracting(
                        SignalContribution::kind,
                        SignalContribution::key,
                        SignalContribution::actorId,
                        SignalContribution::engagementId,
                        signal -> signal.weight().stripTrailingZeros(),
                        SignalContribution::openness,
                        SignalContribution::centrality)
                .containsExactly(
                        row(SignalKind.ROLE, "MEDDESIGNER", "arbejdsgruppe", null, "2", "0.6", "0.0"),
                        row(SignalKind.ROLE, "MEDINITIATIVTAGER", "idraetsforening", null, "3", "0.8", "0.8"),
                        row(SignalKind.ROLE, "BESLUTTENDE", "politiker", null, "1", "-0.8", "-0.8"),
                        row(SignalKind.ROLE, "FACILITATOR", "projektleder", null, "4", "0.8", "0.8"),
                        row(SignalKind.INITIATIVE, "NON_PUBLIC", "idraetsforening", "e2", "1", "0.8", "0.8"),
                        row(
                                SignalKind.PARTICIPANT_INFLUENCE,
                                "NON_PUBLIC MEDBESTEMMENDE",
                                "idraetsforening",
                                "e2",
                                "1",
                                null,
                                "0.4"),
                        row(
                                SignalKind.PARTICIPANT_INFLUENCE,
                                "NON_PUBLIC MEDBESTEMMENDE",
                                "arbejdsgruppe",
                                "e2",
                                "1",
                                null,
                                "0.4"),
                        row(SignalKind.INITIATIVE, "NON_PUBLIC", "arbejdsgruppe", "e3", "1", "0.8", "0.8"),
                        row(
                                SignalKind.PARTICIPANT_INFLUENCE,
                                "NON_PUBLIC MEDBESTEMMENDE",
                                "idraetsforening",
                                "e3",
                                "1",
                                null,
                                "0.4"),
                        row(
                                SignalKind.PARTICIPANT_INFLUENCE,
                                "NON_PUBLIC MEDBESTEMMENDE",
                                "arbejdsgruppe",
                                "e3",
                                "1",
                                null,
                                "0.4"),
                        row(SignalKind.ENGAGEMENT_KIND, "HOERING", null, "e4", "1", "-0.8", "-0.6"),
                        row(
                                SignalKind.PARTICIPANT_INFLUENCE,
                                "PUBLIC BESTEMMENDE",
                                "politiker",
                                "e5",
                                "1",
                                null,
                                "-0.6"));
        // openness:   Σ weight 13, Σ weight × value 6.8, 6.8 / 13 = 0.523077 -> 0.5231
        // centrality: Σ weight 18, Σ weight × value 6.8, 6.8 / 18 = 0.377778 -> 0.3778
        assertSums(point.openness(), "13", "6.8");
        assertSums(point.centrality(), "18", "6.8");
        assertPoint(point, 0.5231, 0.3778, Quadrant.FACILITERENDE, false);
    }

    /**
     * The README's worked example under the default model: each sector one party (unitOfRegistration SECTOR),
     * so role weights are shares of the sector's weight and one engagement's influence signals are shared within
     * each sector. Every weight below is the README's fraction, computed by hand from its tables.
     */
    @Test
    void theSportsHallOnThirtiethJune() {
        EnactedPoint point = new EnactedPlacement(DEFAULT_MODEL).at(sportsHall(), LocalDate.parse("2024-06-30"));

        assertThat(point.signals())
                .extracting(
                        SignalContribution::kind,
                        SignalContribution::key,
                        SignalContribution::actorId,
                        SignalContribution::engagementId,
                        SignalContribution::openness,
                        SignalContribution::centrality)
                .containsExactly(
                        row(SignalKind.ROLE, "MEDDESIGNER", "arbejdsgruppe", null, "0.6", "-0.3"),
                        row(SignalKind.ROLE, "MEDINITIATIVTAGER", "idraetsforening", null, "0.8", "0.8"),
                        row(SignalKind.ROLE, "BESLUTTENDE", "politiker", null, "-0.8", "-0.8"),
                        row(SignalKind.ROLE, "FACILITATOR", "projektleder", null, "0.8", "0.8"),
                        row(SignalKind.INITIATIVE, "NON_PUBLIC", "idraetsforening", "e2", "0.6", "0.6"),
                        row(
                                SignalKind.PARTICIPANT_INFLUENCE,
                                "NON_PUBLIC MEDBESTEMMENDE",
                                "idraetsforening",
                                "e2",
                                "0.4",
                                null),
                        row(
                                SignalKind.PARTICIPANT_INFLUENCE,
                                "NON_PUBLIC MEDBESTEMMENDE",
                                "arbejdsgruppe",
                                "e2",
                                "0.4",
                                null),
                        row(SignalKind.INITIATIVE, "NON_PUBLIC", "arbejdsgruppe", "e3", "0.6", "0.6"),
                        row(
                                SignalKind.PARTICIPANT_INFLUENCE,
                                "NON_PUBLIC MEDBESTEMMENDE",
                                "idraetsforening",
                                "e3",
                                "0.4",
                                null),
                        row(
                                SignalKind.PARTICIPANT_INFLUENCE,
                                "NON_PUBLIC MEDBESTEMMENDE",
                                "arbejdsgruppe",
                                "e3",
                                "0.4",
                                null),
                        row(SignalKind.ENGAGEMENT_KIND, "HOERING", null, "e4", "-0.8", "-0.6"),
                        row(SignalKind.PARTICIPANT_INFLUENCE, "PUBLIC BESTEMMENDE", "politiker", "e5", "-0.6", "-0.6"));
        // README "Weights": non-public sector 3 (e2, e3, e4) shared 3 : 2 : 2 (idraetsforening, arbejdsgruppe,
        // nabo); public sector 4 (e2-e5) shared 4 : 1 (projektleder, politiker). Influence: e2 two non-public
        // participants (1/2 each), e3 three (1/3 each), e5 two public (1/2).
        assertWeights(point, 6.0 / 7, 9.0 / 7, 4.0 / 5, 16.0 / 5, 1, 1.0 / 2, 1.0 / 2, 1, 1.0 / 3, 1.0 / 3, 1, 1.0 / 2);
        // openness:   Σ weight 475/42, Σ weight × value 4441/1050, quotient 0.373979 -> 0.3740
        // centrality: Σ weight 135/14, Σ weight × value 1047/350, quotient 0.310222 -> 0.3102
        assertThat(point.openness().totalWeight().doubleValue()).isCloseTo(475.0 / 42, within(1e-12));
        assertThat(point.openness().weightedSum().doubleValue()).isCloseTo(4441.0 / 1050, within(1e-12));
        assertThat(point.centrality().totalWeight().doubleValue()).isCloseTo(135.0 / 14, within(1e-12));
        assertThat(point.centrality().weightedSum().doubleValue()).isCloseTo(1047.0 / 350, within(1e-12));
        assertPoint(point, 0.374, 0.3102, Quadrant.FACILITERENDE, false);
    }

    private static void assertWeights(EnactedPoint point, double... weights) {
        assertThat(point.signals()).hasSize(weights.length);
        for (int i = 0; i < weights.length; i++) {
            assertThat(point.signals().get(i).weight().doubleValue())
                    .as("weight of signal %d", i + 1)
                    .isCloseTo(weights[i], within(1e-12));
        }
    }

    private static Tuple row(
            SignalKind kind, String key, String actorId, String engagementId, String openness, String centrality) {
        return tuple(
                kind,
                key,
                Optional.ofNullable(actorId),
                Optional.ofNullable(engagementId),
                Optional.ofNullable(openness).map(BigDecimal::new),
                Optional.ofNullable(centrality).map(BigDecimal::new));
    }

    /** The README's example: the actor table and the engagement table, e1-e5. */
    private static ProjectHistory sportsHall() {
        return Journal.startedOn("2024-01-15")
                .register("idraetsforening", ActorKind.FORENING, Role.MEDINITIATIVTAGER, "2024-01-15")
                .register("arbejdsgruppe", ActorKind.BORGERGRUPPE, Role.MEDDESIGNER, "2024-01-15")
                .register("projektleder", ActorKind.PROJEKTLEDER, Role.FACILITATOR, "2024-01-15")
                .register("politiker", ActorKind.POLITIKER, Role.BESLUTTENDE, "2024-01-15")
                .register("nabo", ActorKind.BORGER, Role.BEBOER, "2024-01-15")
                .engage(
                        "e1",
                        "2024-03-10",
                        EngagementKind.DIALOGMOEDE,
                        "idraetsforening",
                        as("idraetsforening", Influence.INDDRAGET),
                        as("projektleder", Influence.INDDRAGET))
                .engage(
                        "e2",
                        "2024-04-20",
                        EngagementKind.WORKSHOP,
                        "idraetsforening",
                        as("idraetsforening", Influence.MEDBESTEMMENDE),
                        as("arbejdsgruppe", Influence.MEDBESTEMMENDE),
                        as("projektleder", Influence.INDDRAGET))
                .engage(
                        "e3",
                        "2024-05-25",
                        EngagementKind.WORKSHOP,
                        "arbejdsgruppe",
                        as("idraetsforening", Influence.MEDBESTEMMENDE),
                        as("arbejdsgruppe", Influence.MEDBESTEMMENDE),
                        as("projektleder", Influence.INDDRAGET),
                        as("nabo", Influence.HOERT))
                .engage(
                        "e4",
                        "2024-06-12",
                        EngagementKind.HOERING,
                        "projektleder",
                        as("projektleder", Influence.INDDRAGET),
                        as("idraetsforening", Influence.HOERT),
                        as("nabo", Influence.HOERT))
                .engage(
                        "e5",
                        "2024-06-20",
                        EngagementKind.BESLUTNINGSMOEDE,
                        "politiker",
                        as("politiker", Influence.BESTEMMENDE),
                        as("projektleder", Influence.INFORMERET))
                .history();
    }

    private static Tuple row(
            SignalKind kind,
            String key,
            String actorId,
            String engagementId,
            String weight,
            String openness,
            String centrality) {
        return tuple(
                kind,
                key,
                Optional.ofNullable(actorId),
                Optional.ofNullable(engagementId),
                new BigDecimal(weight).stripTrailingZeros(),
                Optional.ofNullable(openness).map(BigDecimal::new),
                Optional.ofNullable(centrality).map(BigDecimal::new));
    }
}
