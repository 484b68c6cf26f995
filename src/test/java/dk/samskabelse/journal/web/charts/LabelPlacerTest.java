package dk.samskabelse.journal.web.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 18 item 7: placed labels never overlap each other, a mark to avoid, or leave the plane. */
class LabelPlacerTest {

    private static final LabelPlacer.Box PLANE = new LabelPlacer.Box(96, 24, 556, 484);

    @Test
    void labelsOfADenseClusterDoNotOverlapAndThoseWithoutRoomAreLeftOut() {
        LabelPlacer placer = new LabelPlacer(PLANE);
        // Forty points within 30 pixels of each other, as Lejre's trajectory: every one asks for a label.
        int asked = 40;
        for (int i = 0; i < asked; i++) {
            placer.place(
                    new LabelPlacer.Request(300 + (i % 8) * 4, 200 + (i / 8) * 6, "1.3.2017, fase 2A", "point-label"));
        }
        List<LabelPlacer.Placed> placed = placer.placed();
        assertThat(placed).isNotEmpty().hasSizeLessThan(asked);
        for (int i = 0; i < placed.size(); i++) {
            assertThat(placed.get(i).box().inside(PLANE)).isTrue();
            for (int j = i + 1; j < placed.size(); j++) {
                assertThat(placed.get(i).box().overlaps(placed.get(j).box()))
                        .as("%s and %s", placed.get(i), placed.get(j))
                        .isFalse();
            }
        }
    }

    @Test
    void aLabelMovesAwayFromAMarkAndFromTheEdge() {
        LabelPlacer.Box mark = LabelPlacer.Box.around(550, 100, 6);
        LabelPlacer placer = new LabelPlacer(PLANE).avoid(mark);
        // Near the right edge: the first offset (to the right) would leave the plane, so the label goes left.
        assertThat(placer.place(new LabelPlacer.Request(540, 100, "start 13.8.2018", "point-label")))
                .isTrue();
        LabelPlacer.Placed label = placer.placed().get(0);
        assertThat(label.anchor()).isEqualTo("end");
        assertThat(label.box().overlaps(mark)).isFalse();
    }

    @Test
    void aLabelWithNoFreeOffsetIsSkipped() {
        LabelPlacer placer = new LabelPlacer(PLANE).avoid(PLANE);
        assertThat(placer.place(new LabelPlacer.Request(300, 300, "1.7.2019", "point-label")))
                .isFalse();
        assertThat(placer.placed()).isEmpty();
    }
}
