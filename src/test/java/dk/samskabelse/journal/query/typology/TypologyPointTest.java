package dk.samskabelse.journal.query.typology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypologyPointTest {

    @Test
    void quadrantsFollowDomainTableWithZeroOnTheOpenAndNonPublicSide() {
        assertThat(Quadrant.of(0.5, -0.5)).isEqualTo(Quadrant.LIGEVAERDIG);
        assertThat(Quadrant.of(0.5, 0.5)).isEqualTo(Quadrant.FACILITERENDE);
        assertThat(Quadrant.of(-0.5, -0.5)).isEqualTo(Quadrant.STYRET);
        assertThat(Quadrant.of(-0.5, 0.5)).isEqualTo(Quadrant.ANSVARLIGGOERENDE);
        assertThat(Quadrant.of(0.0, 0.0)).isEqualTo(Quadrant.FACILITERENDE);
        assertThat(Quadrant.of(0.0, -0.0001)).isEqualTo(Quadrant.LIGEVAERDIG);
        assertThat(Quadrant.of(-0.0001, 0.0)).isEqualTo(Quadrant.ANSVARLIGGOERENDE);
        assertThat(Quadrant.LIGEVAERDIG.label()).isEqualTo("Ligeværdig samskabelse");
    }

    @Test
    void valuesAreRoundedToFourDecimalsHalfAwayFromZero() {
        TypologyPoint point = new TypologyPoint(-0.12345, 0.12345);

        assertThat(point.openness()).isEqualTo(-0.1235);
        assertThat(point.centrality()).isEqualTo(0.1235);
        // A value that rounds to zero is zero, not "-0": it belongs to the ≥ 0 side.
        assertThat(new TypologyPoint(-0.00004, 0.3).quadrant()).isEqualTo(Quadrant.FACILITERENDE);
    }

    @Test
    void aPointWithinOneTenthOfAnAxisIsBorderline() {
        assertThat(new TypologyPoint(0.1, 0.5).borderline()).isTrue();
        assertThat(new TypologyPoint(0.5, -0.1).borderline()).isTrue();
        assertThat(new TypologyPoint(0.1001, -0.1001).borderline()).isFalse();
        assertThat(new TypologyPoint(-0.09995, 0.5).borderline()).isTrue();
    }

    @Test
    void distanceIsEuclideanToFourDecimals() {
        // sqrt(0.3² + 0.4²) = 0.5; sqrt(1² + 1²) = 1.41421 -> 1.4142
        assertThat(new TypologyPoint(0.1, 0.1).distanceTo(new TypologyPoint(0.4, 0.5)))
                .isEqualTo(0.5);
        assertThat(new TypologyPoint(0, 0).distanceTo(new TypologyPoint(1, -1))).isEqualTo(1.4142);
        assertThat(new TypologyPoint(0.2, 0.2).distanceTo(new TypologyPoint(0.2, 0.2)))
                .isEqualTo(0.0);
    }
}
