package dk.samskabelse.journal.query.typology;

import static dk.samskabelse.journal.api.TypologyPerspective.CHEF;
import static dk.samskabelse.journal.api.TypologyPerspective.FORSKER;
import static dk.samskabelse.journal.api.TypologyPerspective.PARTNER;
import static dk.samskabelse.journal.api.TypologyPerspective.PROJEKTLEDER;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.api.TypologyPerspective;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: which placements are in force per perspective, how far apart they are, and that drift still measures
 * only the project's own declaration (chef, project leader, or not recorded).
 */
class PerspectivesTest {

    @Test
    void eachPerspectiveLatestPlacementIsInForceOnePerPartnerActor() {
        List<DeclaredPlacement> declarations = List.of(
                declared("chef-1", "2024-01-10", 0.5, -0.5, CHEF, null),
                declared("chef-2", "2024-03-01", 0.6, -0.4, CHEF, null),
                declared("leader", "2024-02-01", -0.5, -0.5, PROJEKTLEDER, null),
                declared("club", "2024-02-15", 0.5, 0.6, PARTNER, "club"),
                declared("region", "2024-02-20", 0.4, -0.2, PARTNER, "region"),
                declared("researcher-later", "2024-06-01", -0.2, 0.3, FORSKER, null));

        Perspectives onMay = Perspectives.on(declarations, date("2024-05-01"));

        // The chef's re-declaration replaced the first; the researcher's lies after the date.
        assertThat(onMay.placements())
                .extracting(DeclaredPlacement::entryId)
                .containsExactly("chef-2", "leader", "club", "region");
        // Farthest apart: the project leader (-0.5, -0.5) and the association (0.5, 0.6): sqrt(1 + 1.21) = 1.4866.
        assertThat(onMay.largest()).hasValueSatisfying(pair -> {
            assertThat(List.of(pair.first().entryId(), pair.second().entryId())).containsExactly("leader", "club");
            assertThat(pair.distance()).isEqualTo(1.4866);
        });
        assertThat(onMay.quadrants())
                .containsExactlyInAnyOrder(Quadrant.LIGEVAERDIG, Quadrant.STYRET, Quadrant.FACILITERENDE);
        assertThat(onMay.disagreeOnQuadrant()).isTrue();
    }

    @Test
    void aDeclarationWithoutPerspectiveIsReplacedByTheProjectsNextOwnButNotByAPartners() {
        List<DeclaredPlacement> declarations = List.of(
                declared("old", "2023-01-01", 0.5, -0.5, null, null),
                declared("club", "2023-06-01", 0.3, -0.3, PARTNER, "club"));
        assertThat(Perspectives.on(declarations, date("2023-07-01")).placements())
                .extracting(DeclaredPlacement::entryId)
                .containsExactly("old", "club");
        assertThat(Perspectives.on(declarations, date("2023-07-01")).disagreeOnQuadrant())
                .isFalse();

        List<DeclaredPlacement> withLeader = List.of(
                declarations.get(0),
                declarations.get(1),
                declared("leader", "2024-01-01", -0.5, -0.5, PROJEKTLEDER, null));
        assertThat(Perspectives.on(withLeader, date("2024-02-01")).placements())
                .extracting(DeclaredPlacement::entryId)
                .containsExactly("leader", "club");
    }

    @Test
    void oneOrNoPlacementHasNoDistance() {
        assertThat(Perspectives.on(List.of(), date("2024-01-01")).largest()).isEmpty();
        Perspectives one =
                Perspectives.on(List.of(declared("chef", "2024-01-01", 0.5, 0.5, CHEF, null)), date("2024-01-01"));
        assertThat(one.placements()).hasSize(1);
        assertThat(one.largest()).isEmpty();
        assertThat(one.disagreeOnQuadrant()).isFalse();
    }

    @Test
    void driftComparesTheEnactedPlacementOnlyWithTheProjectsOwnDeclaration() {
        List<DeclaredPlacement> declarations = List.of(
                declared("leader", "2024-01-01", 0.5, -0.5, PROJEKTLEDER, null),
                declared("club", "2024-02-01", 0.5, 0.5, PARTNER, "club"),
                declared("researcher", "2024-03-01", -0.5, 0.5, FORSKER, null));
        List<EnactedPoint> enacted = List.of(new EnactedPoint(
                date("2024-01-01"),
                Optional.of(new TypologyPoint(0.4, -0.4)),
                AxisEvidence.NONE,
                AxisEvidence.NONE,
                List.of()));

        Drift drift = Drift.between(declarations, enacted);

        // Only the project leader's date is sampled, and it stays the declared point throughout.
        assertThat(drift.samples()).extracting(DriftSample::date).containsExactly(date("2024-01-01"));
        assertThat(drift.samples().get(0).declared()).contains(new TypologyPoint(0.5, -0.5));
        assertThat(drift.periods()).isEmpty();
        ProjectHistory history = new ProjectHistory(List.of(), List.of(), declarations);
        assertThat(history.declaredOn(date("2024-04-01")).orElseThrow().entryId())
                .isEqualTo("leader");
        assertThat(history.ownDeclarations())
                .extracting(DeclaredPlacement::entryId)
                .containsExactly("leader");
    }

    private static DeclaredPlacement declared(
            String id,
            String date,
            double openness,
            double centrality,
            TypologyPerspective perspective,
            String actorId) {
        return new DeclaredPlacement(
                id, date(date), new TypologyPoint(openness, centrality), "Begrundelse", perspective, actorId);
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
