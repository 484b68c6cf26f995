package dk.samskabelse.journal.query.typology;

import static dk.samskabelse.journal.query.typology.Journal.as;
import static dk.samskabelse.journal.query.typology.TypologyAssertions.DEFAULT_MODEL;
import static dk.samskabelse.journal.query.typology.TypologyAssertions.V1_MODEL;
import static dk.samskabelse.journal.query.typology.TypologyAssertions.assertPoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 2: the same process registered as one group actor (an association standing for its members)
 * or as its members one by one lands in the same quadrant under the default model (unitOfRegistration SECTOR),
 * and on the same point. projections/README.md, "The unit of registration", computes this example by hand.
 */
class UnitOfRegistrationTest {

    private static final LocalDate D = LocalDate.parse("2024-03-31");

    /**
     * The README's example: a project leader (LIGEVAERDIG_DELTAGER) and the association for the walks
     * (MEDDESIGNER); two workshops the project leader calls, where the association co-decides; a third the
     * association calls and decides alone.
     */
    private static ProjectHistory asOneAssociation() {
        return Journal.startedOn("2024-01-08")
                .register("projektleder", ActorKind.PROJEKTLEDER, Role.LIGEVAERDIG_DELTAGER, "2024-01-08")
                .register("forening", ActorKind.FORENING, Role.MEDDESIGNER, "2024-01-08")
                .engage(
                        "e1",
                        "2024-01-15",
                        EngagementKind.WORKSHOP,
                        "projektleder",
                        as("projektleder", Influence.INDDRAGET),
                        as("forening", Influence.MEDBESTEMMENDE))
                .engage(
                        "e2",
                        "2024-02-12",
                        EngagementKind.WORKSHOP,
                        "projektleder",
                        as("projektleder", Influence.INDDRAGET),
                        as("forening", Influence.MEDBESTEMMENDE))
                .engage(
                        "e3",
                        "2024-03-11",
                        EngagementKind.AKTIVITET,
                        "forening",
                        as("projektleder", Influence.INFORMERET),
                        as("forening", Influence.BESTEMMENDE))
                .history();
    }

    /** The same process with the association's ten members registered one by one. */
    private static ProjectHistory asTenCitizens() {
        Journal journal = Journal.startedOn("2024-01-08")
                .register("projektleder", ActorKind.PROJEKTLEDER, Role.LIGEVAERDIG_DELTAGER, "2024-01-08");
        for (int i = 1; i <= 10; i++) {
            journal.register("borger" + i, ActorKind.BORGER, Role.MEDDESIGNER, "2024-01-08");
        }
        return journal.engage(
                        "e1",
                        "2024-01-15",
                        EngagementKind.WORKSHOP,
                        "projektleder",
                        with(as("projektleder", Influence.INDDRAGET), Influence.MEDBESTEMMENDE))
                .engage(
                        "e2",
                        "2024-02-12",
                        EngagementKind.WORKSHOP,
                        "projektleder",
                        with(as("projektleder", Influence.INDDRAGET), Influence.MEDBESTEMMENDE))
                .engage(
                        "e3",
                        "2024-03-11",
                        EngagementKind.AKTIVITET,
                        "borger1",
                        with(as("projektleder", Influence.INFORMERET), Influence.BESTEMMENDE))
                .history();
    }

    private static Participation[] with(Participation leader, Influence citizens) {
        List<Participation> all = new ArrayList<>(List.of(leader));
        for (int i = 1; i <= 10; i++) {
            all.add(as("borger" + i, citizens));
        }
        return all.toArray(Participation[]::new);
    }

    @Test
    void oneAssociationAndTenCitizensGiveTheReadmesPoint() {
        EnactedPlacement enacted = new EnactedPlacement(DEFAULT_MODEL);

        EnactedPoint association = enacted.at(asOneAssociation(), D);
        EnactedPoint citizens = enacted.at(asTenCitizens(), D);

        // README, by hand. Public party: the project leader, sector weight 3 (e1-e3), LIGEVAERDIG_DELTAGER
        // 3 × (0.6, -0.4). Non-public party: sector weight 3, MEDDESIGNER 3 × (0.6, -0.3) (the association
        // alone, or ten members with 0.3 each). e3's non-public initiative 1 × (0.6, 0.6). Influence: e1 and e2
        // MEDBESTEMMENDE 1 × (0.4, —), e3 BESTEMMENDE 1 × (0.6, 0.6), shared among however many members.
        // openness (1.8 + 1.8 + 0.4 + 0.4 + 0.6 + 0.6) / 10 = 0.56; centrality (-1.2 - 0.9 + 0.6 + 0.6) / 8 = -0.1125
        assertPoint(association, 0.56, -0.1125, Quadrant.LIGEVAERDIG, false);
        assertPoint(citizens, 0.56, -0.1125, Quadrant.LIGEVAERDIG, false);
        assertThat(citizens.openness().totalWeight().doubleValue())
                .isCloseTo(association.openness().totalWeight().doubleValue(), within(1e-12));
        assertThat(citizens.centrality().weightedSum().doubleValue())
                .isCloseTo(association.centrality().weightedSum().doubleValue(), within(1e-12));
        // The trajectory agrees at every date, not only at D.
        assertThat(enacted.trajectory(asTenCitizens()))
                .extracting(EnactedPoint::date, EnactedPoint::point)
                .isEqualTo(enacted.trajectory(asOneAssociation()).stream()
                        .map(p -> org.assertj.core.groups.Tuple.tuple(p.date(), p.point()))
                        .toList());
    }

    @Test
    void underTheFirstModelEveryActorCountsForItselfAndTheTwoRegistrationsPartCompany() {
        EnactedPlacement enacted = new EnactedPlacement(V1_MODEL);

        // v1 (every actor for itself), by hand. One association: LIGEVAERDIG_DELTAGER 3 × (0.6, -0.4), MEDDESIGNER
        // 3 × (0.6, 0.0), e3 initiative 1 × (0.8, 0.8), MEDBESTEMMENDE e1, e2 1 × (—, 0.4), BESTEMMENDE e3 1 × (—,
        // 0.8):
        // openness (1.8 + 1.8 + 0.8) / 7 = 0.628571 -> 0.6286; centrality (-1.2 + 0 + 0.8 + 0.4 + 0.4 + 0.8) / 10 =
        // 0.12
        assertPoint(enacted.at(asOneAssociation(), D), 0.6286, 0.12, Quadrant.FACILITERENDE, false);
        // Ten citizens: MEDDESIGNER 10 × 3 × (0.6, 0.0), MEDBESTEMMENDE 20 × (—, 0.4), BESTEMMENDE 10 × (—, 0.8):
        // openness (1.8 + 18 + 0.8) / 34 = 0.605882 -> 0.6059;
        // centrality (-1.2 + 0 + 0.8 + 8 + 8) / 64 = 0.24375 -> 0.2438: the citizens weigh twice as much.
        assertPoint(enacted.at(asTenCitizens(), D), 0.6059, 0.2438, Quadrant.FACILITERENDE, false);
    }
}
