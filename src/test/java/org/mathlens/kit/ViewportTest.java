package org.mathlens.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class ViewportTest {
    @Test
    void fitShowsTheWholeBoxCentred() {
        Viewport v = new Viewport();
        v.setSize(800, 400);
        v.fit(-5, 5, -5, 5);
        assertThat(v.scale()).isEqualTo(40);
        assertThat(v.sx(0)).isEqualTo(400);
        assertThat(v.sy(0)).isEqualTo(200);
        assertThat(v.sy(5)).isEqualTo(0);      // y grows upwards
        assertThat(v.minY()).isEqualTo(-5);
        assertThat(v.maxX()).isEqualTo(10);
    }

    @RepeatedTest(20)
    void zoomKeepsThePointUnderTheCursor() {
        long seed = System.nanoTime();
        Random r = new Random(seed);
        Viewport v = new Viewport();
        v.setSize(300 + r.nextInt(900), 300 + r.nextInt(600));
        v.fit(-r.nextDouble() * 10 - 1, r.nextDouble() * 10 + 1, -3, 3);
        double sx = r.nextDouble() * v.width();
        double sy = r.nextDouble() * v.height();
        double x = v.wx(sx);
        double y = v.wy(sy);
        v.zoomAt(0.2 + r.nextDouble() * 4, sx, sy);
        assertThat(v.wx(sx)).as("seed %d", seed).isCloseTo(x, within(1e-9 * (1 + Math.abs(x))));
        assertThat(v.wy(sy)).as("seed %d", seed).isCloseTo(y, within(1e-9 * (1 + Math.abs(y))));
    }

    @Test
    void gridStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        Viewport v = new Viewport();
        v.setSize(1000, 1000);
        v.fit(-5, 5, -5, 5);                   // 100 px per unit
        assertThat(v.gridStep(70)).isEqualTo(1);
        assertThat(v.gridStep(150)).isEqualTo(2);
        assertThat(v.gridStep(300)).isEqualTo(5);
        assertThat(v.gridStep(7)).isCloseTo(0.1, within(1e-12));
    }
}
