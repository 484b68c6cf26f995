package dk.samskabelse.journal.query.typology;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.query.typology.model.TypologyModel;
import dk.samskabelse.journal.query.typology.model.TypologyModelLoader;

final class TypologyAssertions {

    /** The default model (projections/typology-model.yaml), loaded once. */
    static final TypologyModel DEFAULT_MODEL = new TypologyModelLoader().loadDefault();

    /**
     * The first default model (projections/typology-model-v1.yaml, "standard-v1"): every actor counts for itself
     * and there is no task origin. The engine's mechanics (window, minimum weight, several roles, drift) are
     * pinned under it with the values computed by hand from its table; the default model's own cases are in
     * DefaultModelTest, UnitOfRegistrationTest and the validation set.
     */
    static final TypologyModel V1_MODEL =
            new TypologyModelLoader().load(java.nio.file.Path.of("projections", "typology-model-v1.yaml"));

    private TypologyAssertions() {}

    static void assertPoint(
            EnactedPoint enacted, double openness, double centrality, Quadrant quadrant, boolean borderline) {
        assertThat(enacted.point()).as("point at %s", enacted.date()).isPresent();
        TypologyPoint point = enacted.point().get();
        assertThat(point.openness()).as("openness at %s", enacted.date()).isEqualTo(openness);
        assertThat(point.centrality()).as("centrality at %s", enacted.date()).isEqualTo(centrality);
        assertThat(point.quadrant()).as("quadrant at %s", enacted.date()).isEqualTo(quadrant);
        assertThat(point.borderline()).as("på grænsen at %s", enacted.date()).isEqualTo(borderline);
    }

    static void assertSums(AxisEvidence axis, String totalWeight, String weightedSum) {
        assertThat(axis.totalWeight()).as("total weight").isEqualByComparingTo(totalWeight);
        assertThat(axis.weightedSum()).as("weighted sum").isEqualByComparingTo(weightedSum);
    }
}
