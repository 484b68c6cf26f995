package dk.samskabelse.journal.query.typology;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Role;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import static dk.samskabelse.journal.query.typology.Journal.as;
import static dk.samskabelse.journal.query.typology.TypologyAssertions.DEFAULT_MODEL;
import static dk.samskabelse.journal.query.typology.TypologyAssertions.assertPoint;
import static dk.samskabelse.journal.query.typology.TypologyAssertions.assertSums;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The worked example of projections/README.md, number by number. Change the README, this test and
 * query/TypologyWorkedExampleIT (the same example through the API) together.
 */
class ReadmeWorkedExampleTest {

    @Test
    void theSportsHallOnThirtiethJune() {
        ProjectHistory history = Journal.startedOn("2024-01-15")
                .register("idraetsforening", ActorKind.FORENING, Role.MEDINITIATIVTAGER, "2024-01-15")
                .register("arbejdsgruppe", ActorKind.BORGERGRUPPE, Role.MEDDESIGNER, "2024-01-15")
                .register("projektleder", ActorKind.PROJEKTLEDER, Role.FACILITATOR, "2024-01-15")
                .register("politiker", ActorKind.POLITIKER, Role.BESLUTTENDE, "2024-01-15")
                .register("nabo", ActorKind.BORGER, Role.BEBOER, "2024-01-15")
                .engage("e1", "2024-03-10", EngagementKind.DIALOGMOEDE, "idraetsforening",
                        as("idraetsforening", Influence.INDDRAGET), as("projektleder", Influence.INDDRAGET))
                .engage("e2", "2024-04-20", EngagementKind.WORKSHOP, "idraetsforening",
                        as("idraetsforening", Influence.MEDBESTEMMENDE), as("arbejdsgruppe", Influence.MEDBESTEMMENDE),
                        as("projektleder", Influence.INDDRAGET))
                .engage("e3", "2024-05-25", EngagementKind.WORKSHOP, "arbejdsgruppe",
                        as("idraetsforening", Influence.MEDBESTEMMENDE), as("arbejdsgruppe", Influence.MEDBESTEMMENDE),
                        as("projektleder", Influence.INDDRAGET), as("nabo", Influence.HOERT))
                .engage("e4", "2024-06-12", EngagementKind.HOERING, "projektleder",
                        as("projektleder", Influence.INDDRAGET), as("idraetsforening", Influence.HOERT),
                        as("nabo", Influence.HOERT))
                .engage("e5", "2024-06-20", EngagementKind.BESLUTNINGSMOEDE, "politiker",
                        as("politiker", Influence.BESTEMMENDE), as("projektleder", Influence.INFORMERET))
                .history();

        EnactedPoint point = new EnactedPlacement(DEFAULT_MODEL).at(history, LocalDate.parse("2024-06-30"));

        // The README's signal table, rows 1-12 in the same order (actors by id, then engagements by date).
        assertThat(point.signals())
                .extracting(SignalContribution::kind, SignalContribution::key, SignalContribution::actorId,
                        SignalContribution::engagementId, signal -> signal.weight().stripTrailingZeros(),
                        SignalContribution::openness, SignalContribution::centrality)
                .containsExactly(
                        row(SignalKind.ROLE, "MEDDESIGNER", "arbejdsgruppe", null, "2", "0.6", "0.0"),
                        row(SignalKind.ROLE, "MEDINITIATIVTAGER", "idraetsforening", null, "3", "0.8", "0.8"),
                        row(SignalKind.ROLE, "BESLUTTENDE", "politiker", null, "1", "-0.8", "-0.8"),
                        row(SignalKind.ROLE, "FACILITATOR", "projektleder", null, "4", "0.8", "0.8"),
                        row(SignalKind.INITIATIVE, "NON_PUBLIC", "idraetsforening", "e2", "1", "0.8", "0.8"),
                        row(SignalKind.PARTICIPANT_INFLUENCE, "NON_PUBLIC MEDBESTEMMENDE", "idraetsforening", "e2",
                                "1", null, "0.4"),
                        row(SignalKind.PARTICIPANT_INFLUENCE, "NON_PUBLIC MEDBESTEMMENDE", "arbejdsgruppe", "e2",
                                "1", null, "0.4"),
                        row(SignalKind.INITIATIVE, "NON_PUBLIC", "arbejdsgruppe", "e3", "1", "0.8", "0.8"),
                        row(SignalKind.PARTICIPANT_INFLUENCE, "NON_PUBLIC MEDBESTEMMENDE", "idraetsforening", "e3",
                                "1", null, "0.4"),
                        row(SignalKind.PARTICIPANT_INFLUENCE, "NON_PUBLIC MEDBESTEMMENDE", "arbejdsgruppe", "e3",
                                "1", null, "0.4"),
                        row(SignalKind.ENGAGEMENT_KIND, "HOERING", null, "e4", "1", "-0.8", "-0.6"),
                        row(SignalKind.PARTICIPANT_INFLUENCE, "PUBLIC BESTEMMENDE", "politiker", "e5", "1", null,
                                "-0.6"));
        // openness:   Σ weight 13, Σ weight × value 6.8, 6.8 / 13 = 0.523077 -> 0.5231
        // centrality: Σ weight 18, Σ weight × value 6.8, 6.8 / 18 = 0.377778 -> 0.3778
        assertSums(point.openness(), "13", "6.8");
        assertSums(point.centrality(), "18", "6.8");
        assertPoint(point, 0.5231, 0.3778, Quadrant.FACILITERENDE, false);
    }

    private static Tuple row(SignalKind kind, String key, String actorId, String engagementId, String weight,
                             String openness, String centrality) {
        return tuple(kind, key, Optional.ofNullable(actorId), Optional.ofNullable(engagementId),
                new BigDecimal(weight).stripTrailingZeros(), Optional.ofNullable(openness).map(BigDecimal::new),
                Optional.ofNullable(centrality).map(BigDecimal::new));
    }
}
