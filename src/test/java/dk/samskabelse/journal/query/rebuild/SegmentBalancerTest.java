package dk.samskabelse.journal.query.rebuild;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentBalancerTest {

    @Test
    void aLoneInstanceKeepsEverySegment() {
        assertThat(SegmentBalancer.excess(2, 2, 1)).isZero();
        assertThat(SegmentBalancer.excess(2, 2, 0)).isZero();
    }

    @Test
    void twoInstancesShareTwoSegmentsOneEach() {
        assertThat(SegmentBalancer.excess(2, 2, 2)).isEqualTo(1);
        assertThat(SegmentBalancer.excess(1, 2, 2)).isZero();
        assertThat(SegmentBalancer.excess(0, 2, 2)).isZero();
    }

    @Test
    void theFairShareIsRoundedUp() {
        assertThat(SegmentBalancer.excess(2, 2, 3)).isEqualTo(1);
        assertThat(SegmentBalancer.excess(3, 4, 3)).isEqualTo(1);
        assertThat(SegmentBalancer.excess(2, 4, 3)).isZero();
    }

    @Test
    void beforeTheTokensExistNothingIsReleased() {
        assertThat(SegmentBalancer.excess(0, 0, 2)).isZero();
    }
}
