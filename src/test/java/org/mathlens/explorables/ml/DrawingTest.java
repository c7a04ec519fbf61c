package org.mathlens.explorables.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DrawingTest {
    @Test
    void theTextReadsBackAndNoneIsTheEmptyPad() {
        Drawing d = Drawing.parse(" 9,6  23,6 23.5,9;14,28 ");
        assertThat(d.text()).isEqualTo("9,6 23,6 23.5,9; 14,28");
        assertThat(Drawing.parse(d.text())).isEqualTo(d);
        assertThat(d.points()).isEqualTo(4);
        assertThat(Drawing.parse("none")).isEqualTo(Drawing.NONE);
        assertThat(Drawing.NONE.text()).isEqualTo("none");
        assertThat(Drawing.NONE.levels()).containsOnly(0.0);
    }

    @Test
    void aVerticalStrokeInksOneColumnOfBlocksFull() {
        // the pen of radius 1.6 about x = 14 inks the pixel columns whose centres lie in [12.4, 15.6]:
        // 12, 13, 14 and 15, exactly the fourth column of 4×4 blocks, every row of it
        double[] levels = Drawing.parse("14,0 14,32").levels();
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                assertThat(levels[8 * r + c]).as("cell (%d, %d)", r, c).isEqualTo(c == 3 ? 16.0 : 0.0);
            }
        }
    }

    @Test
    void aLonePointIsADot() {
        // centre (2, 2): pixels (r, c) with centres within 1.6 — the 4×4 square of pixels 0 … 3 minus its corners
        double[] levels = Drawing.parse("2,2").levels();
        assertThat(levels[0]).isEqualTo(12.0);
        assertThat(levels[1]).isEqualTo(0.0);
    }

    @Test
    void growingAStrokeKeepsTheEarlierOnes() {
        Drawing d = Drawing.NONE.startStroke(1, 1).extend(5, 5).startStroke(30, 30).extend(31.234, 40);
        assertThat(d.text()).isEqualTo("1,1 5,5; 30,30 31.23,32");
        assertThat(Drawing.NONE.extend(3, 4).text()).isEqualTo("3,4");
    }

    @Test
    void seededDrawingsRoundTripWithTheSameInk() {
        Random r = new Random(18);
        for (int trial = 0; trial < 40; trial++) {
            Drawing d = Drawing.NONE;
            for (int k = 0; k < 1 + r.nextInt(12); k++) {
                double x = r.nextDouble() * 32;
                double y = r.nextDouble() * 32;
                d = r.nextInt(3) == 0 ? d.startStroke(x, y) : d.extend(x, y);
            }
            Drawing back = Drawing.parse(d.text());
            assertThat(back).isEqualTo(d);
            assertThat(back.levels()).containsExactly(d.levels());
            double ink = 0;
            for (double v : d.levels()) {
                assertThat(v).isBetween(0.0, 16.0);
                ink += v;
            }
            assertThat(ink).as("every stroke inks at least the pixel under its start").isPositive();
        }
    }

    @Test
    void badTextIsOneSentence() {
        for (String bad : new String[] {"12", "40,3", "a,b", "1,2,3", "3,-1", "1,1;;2,2", "NaN,1"}) {
            assertThatThrownBy(() -> Drawing.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception"));
        }
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= Drawing.MAX_POINTS; i++) {
            many.append("1,1 ");
        }
        assertThatThrownBy(() -> Drawing.parse(many.toString())).hasMessageContaining("at most");
    }
}
