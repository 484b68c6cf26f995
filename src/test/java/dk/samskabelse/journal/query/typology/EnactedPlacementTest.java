package dk.samskabelse.journal.query.typology;

import static dk.samskabelse.journal.query.typology.Journal.as;
import static dk.samskabelse.journal.query.typology.TypologyAssertions.V1_MODEL;
import static dk.samskabelse.journal.query.typology.TypologyAssertions.assertPoint;
import static dk.samskabelse.journal.query.typology.TypologyAssertions.assertSums;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.query.typology.model.EngagementKindSignal;
import dk.samskabelse.journal.query.typology.model.Signal;
import dk.samskabelse.journal.query.typology.model.TypologyModel;
import dk.samskabelse.journal.query.typology.model.TypologyModelLoader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The four types of seed 001 as the default model places them, each computed by hand (window 90, minimum 1). */
// Issue 13: the expected values below were computed by hand from the first default model's table; that model is
// kept as projections/typology-model-v1.yaml and still computes them (the engine is unchanged for a model
// without unitOfRegistration and taskOrigins), so the tests run under it. The new default: DefaultModelTest.
class EnactedPlacementTest {

    private final EnactedPlacement enacted = new EnactedPlacement(V1_MODEL);

    @Test
    void onlyPublicActorsDecidingIsStyret() {
        // Seed 001, Styret: "det er kommunen der definerer, afgrænser og bestemmer".
        ProjectHistory history = Journal.startedOn("2024-01-01")
                .register("chef", ActorKind.CHEF, Role.BESLUTTENDE, "2024-01-01")
                .register("medarbejder", ActorKind.MEDARBEJDER, Role.BESLUTTENDE, "2024-01-01")
                .register("borger-1", ActorKind.BORGER, Role.MODTAGER, "2024-01-01")
                .register("borger-2", ActorKind.BORGER, Role.MEDIMPLEMENTERENDE, "2024-01-01")
                .engage(
                        "e1",
                        "2024-03-01",
                        EngagementKind.BESLUTNINGSMOEDE,
                        "chef",
                        as("chef", Influence.BESTEMMENDE),
                        as("medarbejder", Influence.BESTEMMENDE))
                .engage(
                        "e2",
                        "2024-03-15",
                        EngagementKind.HOERING,
                        "medarbejder",
                        as("medarbejder", Influence.INDDRAGET),
                        as("borger-1", Influence.HOERT),
                        as("borger-2", Influence.HOERT))
                .history();

        EnactedPoint point = enacted.at(history, LocalDate.parse("2024-03-31"));

        // Window (2024-01-01, 2024-03-31] holds e1 and e2.
        // Actor weights: chef 1 (e1), medarbejder 2 (e1, e2), borger-1 1 (e2), borger-2 1 (e2).
        // Signals (weight: openness, centrality):
        //   chef BESLUTTENDE 1: -0.8, -0.8        medarbejder BESLUTTENDE 2: -0.8, -0.8
        //   borger-1 MODTAGER 1: -0.8, -0.8       borger-2 MEDIMPLEMENTERENDE 1: -0.7, -0.2
        //   e1 chef PUBLIC BESTEMMENDE 1: —, -0.6  e1 medarbejder PUBLIC BESTEMMENDE 1: —, -0.6
        //   e2 HOERING 1: -0.8, -0.6   (public initiators and BESLUTNINGSMOEDE give no signal)
        // openness   = (-0.8 - 1.6 - 0.8 - 0.7 - 0.8) / 6 = -4.7 / 6 = -0.78333 -> -0.7833
        // centrality = (-0.8 - 1.6 - 0.8 - 0.2 - 0.6 - 0.6 - 0.6) / 8 = -5.2 / 8 = -0.65
        assertSums(point.openness(), "6", "-4.7");
        assertSums(point.centrality(), "8", "-5.2");
        assertPoint(point, -0.7833, -0.65, Quadrant.STYRET, false);
    }

    @Test
    void volunteersCarryingDefinedTasksIsAnsvarliggoerende() {
        // Seed 001, the volunteer track: "Kommunen sætter rammer og mål, og borgerne, her de frivillige, løser
        // den opgave, som kommunen definerer".
        ProjectHistory history = Journal.startedOn("2024-04-01")
                .register("medarbejder", ActorKind.MEDARBEJDER, Role.MAALSAETTENDE, "2024-04-01")
                .register("frivillig-1", ActorKind.BORGER, Role.FRIVILLIG, "2024-04-01")
                .register("frivillig-2", ActorKind.BORGER, Role.FRIVILLIG, "2024-04-01")
                .register("forening", ActorKind.FORENING, Role.RESSOURCEPERSON, "2024-04-01")
                .engage(
                        "e1",
                        "2024-05-02",
                        EngagementKind.AKTIVITET,
                        "medarbejder",
                        as("medarbejder", Influence.INDDRAGET),
                        as("frivillig-1", Influence.INDDRAGET),
                        as("frivillig-2", Influence.INDDRAGET))
                .engage(
                        "e2",
                        "2024-05-16",
                        EngagementKind.AKTIVITET,
                        "medarbejder",
                        as("frivillig-1", Influence.INDDRAGET),
                        as("frivillig-2", Influence.INDDRAGET),
                        as("forening", Influence.INDDRAGET))
                .history();

        EnactedPoint point = enacted.at(history, LocalDate.parse("2024-05-31"));

        // Window (2024-03-02, 2024-05-31] holds e1 and e2; neither gives an engagement signal (public initiator,
        // AKTIVITET, INDDRAGET). Actor weights: medarbejder 1, frivillig-1 2, frivillig-2 2, forening 1.
        //   medarbejder MAALSAETTENDE 1: -0.6, 0.6   frivillig-1 FRIVILLIG 2: -0.5, 0.6
        //   frivillig-2 FRIVILLIG 2: -0.5, 0.6       forening RESSOURCEPERSON 1: -0.5, 0.6
        // openness   = (-0.6 - 1.0 - 1.0 - 0.5) / 6 = -3.1 / 6 = -0.51667 -> -0.5167
        // centrality = (0.6 + 1.2 + 1.2 + 0.6) / 6 = 3.6 / 6 = 0.6
        assertSums(point.openness(), "6", "-3.1");
        assertSums(point.centrality(), "6", "3.6");
        assertPoint(point, -0.5167, 0.6, Quadrant.ANSVARLIGGOERENDE, false);
    }

    @Test
    void citizensAsCoDesignersWithTheMunicipalityKeepingTheProcessIsLigevaerdig() {
        // Seed 001, Familie med Hjerte: the municipality frames the problem and convenes; citizens and
        // associations develop the solution as co-designers.
        ProjectHistory history = Journal.startedOn("2024-09-01")
                .register("projektleder", ActorKind.PROJEKTLEDER, Role.LIGEVAERDIG_DELTAGER, "2024-09-01")
                .register("medarbejder", ActorKind.MEDARBEJDER, Role.KONVENER, "2024-09-01")
                .register("borger-1", ActorKind.BORGER, Role.MEDDESIGNER, "2024-09-01")
                .register("borger-2", ActorKind.BORGER, Role.MEDDESIGNER, "2024-09-01")
                .register("forening", ActorKind.FORENING, Role.MEDDESIGNER, "2024-09-01")
                .engage(
                        "e1",
                        "2024-09-10",
                        EngagementKind.WORKSHOP,
                        "projektleder",
                        as("projektleder", Influence.INDDRAGET),
                        as("medarbejder", Influence.INDDRAGET),
                        as("borger-1", Influence.INDDRAGET),
                        as("borger-2", Influence.INDDRAGET),
                        as("forening", Influence.INDDRAGET))
                .engage(
                        "e2",
                        "2024-10-01",
                        EngagementKind.WORKSHOP,
                        "medarbejder",
                        as("projektleder", Influence.INDDRAGET),
                        as("borger-1", Influence.INDDRAGET),
                        as("borger-2", Influence.INDDRAGET))
                .history();

        EnactedPoint point = enacted.at(history, LocalDate.parse("2024-10-15"));

        // Window holds e1 and e2, no engagement signals. Weights: projektleder 2, medarbejder 1, borger-1 2,
        // borger-2 2, forening 1.
        //   projektleder LIGEVAERDIG_DELTAGER 2: 0.6, -0.4   medarbejder KONVENER 1: 0.3, -0.3
        //   borger-1, borger-2 MEDDESIGNER 2 each: 0.6, 0.0  forening MEDDESIGNER 1: 0.6, 0.0
        // openness   = (1.2 + 0.3 + 1.2 + 1.2 + 0.6) / 8 = 4.5 / 8 = 0.5625
        // centrality = (-0.8 - 0.3 + 0 + 0 + 0) / 8 = -1.1 / 8 = -0.1375
        assertSums(point.openness(), "8", "4.5");
        assertSums(point.centrality(), "8", "-1.1");
        assertPoint(point, 0.5625, -0.1375, Quadrant.LIGEVAERDIG, false);
    }

    @Test
    void anInitiativeFromCitizensWithTheMunicipalityAsFacilitatorIsFaciliterende() {
        // Seed 001, Vores Rum: homeless citizens take the initiative, a social enterprise supports the network,
        // the municipality only provides the frame.
        ProjectHistory history = Journal.startedOn("2024-04-01")
                .register("borgergruppe", ActorKind.BORGERGRUPPE, Role.MEDINITIATIVTAGER, "2024-04-01")
                .register("borger", ActorKind.BORGER, Role.MEDPRODUCENT, "2024-04-01")
                .register("virksomhed", ActorKind.VIRKSOMHED, Role.INNOVATOR, "2024-04-01")
                .register("medarbejder", ActorKind.MEDARBEJDER, Role.FACILITATOR, "2024-04-01")
                .engage(
                        "e1",
                        "2024-04-03",
                        EngagementKind.MOEDE,
                        "borgergruppe",
                        as("borgergruppe", Influence.BESTEMMENDE),
                        as("medarbejder", Influence.HOERT))
                .engage(
                        "e2",
                        "2024-04-20",
                        EngagementKind.AKTIVITET,
                        "virksomhed",
                        as("borgergruppe", Influence.MEDBESTEMMENDE),
                        as("borger", Influence.INDDRAGET),
                        as("virksomhed", Influence.MEDBESTEMMENDE))
                .history();

        EnactedPoint point = enacted.at(history, LocalDate.parse("2024-04-30"));

        // Weights: borgergruppe 2 (e1, e2), borger 1, virksomhed 1, medarbejder 1.
        //   borgergruppe MEDINITIATIVTAGER 2: 0.8, 0.8   borger MEDPRODUCENT 1: 0.3, 0.3
        //   virksomhed INNOVATOR 1: 0.6, 0.4             medarbejder FACILITATOR 1: 0.8, 0.8
        //   e1 initiated by NON_PUBLIC 1: 0.8, 0.8       e2 initiated by NON_PUBLIC 1: 0.8, 0.8
        //   e1 borgergruppe NON_PUBLIC BESTEMMENDE 1: —, 0.8
        //   e2 borgergruppe, virksomhed NON_PUBLIC MEDBESTEMMENDE 1 each: —, 0.4
        // openness   = (1.6 + 0.3 + 0.6 + 0.8 + 0.8 + 0.8) / 7 = 4.9 / 7 = 0.7
        // centrality = (1.6 + 0.3 + 0.4 + 0.8 + 0.8 + 0.8 + 0.8 + 0.4 + 0.4) / 10 = 6.3 / 10 = 0.63
        assertSums(point.openness(), "7", "4.9");
        assertSums(point.centrality(), "10", "6.3");
        assertPoint(point, 0.7, 0.63, Quadrant.FACILITERENDE, false);
        assertThat(point.signals())
                .extracting(SignalContribution::kind)
                .containsExactly(
                        SignalKind.ROLE,
                        SignalKind.ROLE,
                        SignalKind.ROLE,
                        SignalKind.ROLE,
                        SignalKind.INITIATIVE,
                        SignalKind.PARTICIPANT_INFLUENCE,
                        SignalKind.INITIATIVE,
                        SignalKind.PARTICIPANT_INFLUENCE,
                        SignalKind.PARTICIPANT_INFLUENCE);
        // Actors in id order, then the engagements in date order.
        assertThat(point.signals().subList(0, 4))
                .extracting(signal -> signal.actorId().orElseThrow())
                .containsExactly("borger", "borgergruppe", "medarbejder", "virksomhed");
    }

    @Test
    void anEngagementCountsForWindowDaysAndLeavesOnTheDayAfter() {
        ProjectHistory history = Journal.startedOn("2024-01-01")
                .register("borger", ActorKind.BORGER, Role.MEDDESIGNER, "2024-01-01")
                .register("medarbejder", ActorKind.MEDARBEJDER, Role.BESLUTTENDE, "2024-01-01")
                .engage("e1", "2024-01-10", EngagementKind.WORKSHOP, "borger", as("borger", Influence.INDDRAGET))
                .history();

        // 2024-01-10 + 89 days = 2024-04-08 is the last day of the window (D - 90 < 2024-01-10 <= D).
        // Weights: borger 1 engagement, medarbejder the minimum 1 (0 engagements); e1 initiative 1.
        // openness   = (0.6 - 0.8 + 0.8) / 3 = 0.6 / 3 = 0.2
        // centrality = (0.0 - 0.8 + 0.8) / 3 = 0
        assertPoint(enacted.at(history, LocalDate.parse("2024-04-08")), 0.2, 0.0, Quadrant.FACILITERENDE, true);
        // On 2024-04-09 (= 2024-01-10 + 90) e1 has left: openness (0.6 - 0.8) / 2 = -0.1, centrality -0.8 / 2 = -0.4
        assertPoint(enacted.at(history, LocalDate.parse("2024-04-09")), -0.1, -0.4, Quadrant.STYRET, true);
        assertThat(enacted.changeDates(history))
                .containsExactly(
                        LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-10"), LocalDate.parse("2024-04-09"));
    }

    @Test
    void actorsWithoutARoleSignalCountForNothingButTheirEngagementsDo() {
        ProjectHistory history = Journal.startedOn("2024-01-01")
                .register("beboer", ActorKind.BORGER, Role.BEBOER, "2024-01-01")
                .register("aktivist", ActorKind.BORGER, Role.POLITISK_AKTIV, "2024-01-01")
                .register("medarbejder", ActorKind.MEDARBEJDER, Role.TILBAGETRUKKET, "2024-01-01")
                .engage(
                        "e1",
                        "2024-02-01",
                        EngagementKind.MOEDE,
                        "medarbejder",
                        as("beboer", Influence.MEDBESTEMMENDE),
                        as("medarbejder", Influence.INDDRAGET))
                .history();

        // No role signal at all: before e1 neither axis is touched, so there is no point.
        EnactedPoint before = enacted.at(history, LocalDate.parse("2024-01-15"));
        assertThat(before.point()).isEmpty();
        assertThat(before.signals()).isEmpty();
        assertThat(before.openness().mean()).isEmpty();
        // With e1 only the influence signal (—, 0.4) is active: centrality 0.4, openness still untouched.
        EnactedPoint after = enacted.at(history, LocalDate.parse("2024-02-01"));
        assertThat(after.point()).isEmpty();
        assertThat(after.openness().mean()).isEmpty();
        assertThat(after.centrality().mean()).contains(new BigDecimal("0.4000"));
    }

    @Test
    void anActorCountsFromJoiningUntilTheDayBeforeWithdrawal() {
        ProjectHistory history = Journal.startedOn("2024-01-01")
                .register("medarbejder", ActorKind.MEDARBEJDER, Role.FACILITATOR, "2024-01-01")
                .register("borger", ActorKind.BORGER, Role.MODTAGER, "2024-02-01")
                .withdraw("w1", "borger", "2024-03-01")
                .history();

        assertPoint(enacted.at(history, LocalDate.parse("2024-01-31")), 0.8, 0.8, Quadrant.FACILITERENDE, false);
        // Both count: (0.8 - 0.8) / 2 = 0 on both axes.
        assertPoint(enacted.at(history, LocalDate.parse("2024-02-29")), 0.0, 0.0, Quadrant.FACILITERENDE, true);
        assertPoint(enacted.at(history, LocalDate.parse("2024-03-01")), 0.8, 0.8, Quadrant.FACILITERENDE, false);
    }

    @Test
    void aSignalWithWeightZeroIsSwitchedOff() {
        TypologyModel model = V1_MODEL;
        Signal hearing = model.engagementKindSignal(EngagementKind.HOERING).orElseThrow();
        TypologyModel hearingsOff = new TypologyModel(
                model.name(),
                "hearings-off",
                model.description(),
                model.windowDays(),
                model.minimumActorWeight(),
                model.roles(),
                model.rolesWithoutSignal(),
                model.initiatives(),
                List.of(new EngagementKindSignal(
                        EngagementKind.HOERING,
                        new Signal(hearing.openness(), hearing.centrality(), BigDecimal.ZERO, hearing.citations()))),
                model.participantInfluence());
        ProjectHistory history = Journal.startedOn("2024-01-01")
                .register("medarbejder", ActorKind.MEDARBEJDER, Role.FACILITATOR, "2024-01-01")
                .engage(
                        "e1",
                        "2024-01-05",
                        EngagementKind.HOERING,
                        "medarbejder",
                        as("medarbejder", Influence.INDDRAGET))
                .history();
        LocalDate date = LocalDate.parse("2024-01-05");

        // Default: FACILITATOR 1 (0.8, 0.8) and HOERING 1 (-0.8, -0.6): openness 0 / 2 = 0, centrality 0.2 / 2 = 0.1
        assertPoint(enacted.at(history, date), 0.0, 0.1, Quadrant.FACILITERENDE, true);
        // HOERING with weight 0: only the facilitator counts, 0.8 / 1 on both axes.
        EnactedPoint off = new EnactedPlacement(hearingsOff).at(history, date);
        assertPoint(off, 0.8, 0.8, Quadrant.FACILITERENDE, false);
        assertThat(off.signals()).extracting(SignalContribution::key).containsExactly("FACILITATOR");
    }

    @Test
    void theSameEventsAndModelGiveIdenticalResults() {
        Journal journal = Journal.startedOn("2024-01-01")
                .register("a", ActorKind.BORGER, Role.INNOVATOR, "2024-01-01")
                .register("b", ActorKind.CHEF, Role.KATALYSATOR, "2024-01-03")
                .engage(
                        "e1",
                        "2024-01-07",
                        EngagementKind.WORKSHOP,
                        "a",
                        as("a", Influence.MEDBESTEMMENDE),
                        as("b", Influence.INDDRAGET));

        EnactedPlacement again = new EnactedPlacement(
                new TypologyModelLoader().load(java.nio.file.Path.of("projections", "typology-model-v1.yaml")));

        assertThat(again.trajectory(ProjectHistory.of(journal.events())))
                .isEqualTo(enacted.trajectory(ProjectHistory.of(journal.events())));
    }
}
