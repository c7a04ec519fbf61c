package org.mathlens.explorables.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mathlens.math.linalg.Vec2;

class NormsModelTest {
    @Test
    void measuresThreeFourInEveryNorm() {
        NormsModel m = new NormsModel(new Vec2(3, 4), 3, false);
        assertThat(m.l1()).isEqualTo(7.0);
        assertThat(m.l2()).isEqualTo(5.0);
        assertThat(m.l2sq()).isEqualTo(25.0);
        assertThat(m.linf()).isEqualTo(4.0);
        assertThat(m.lp()).isCloseTo(Math.cbrt(91), within(1e-12));   // (27 + 64)^(1/3)
        assertThat(m.unit()).contains(new Vec2(0.6, 0.8));
    }

    @Test
    void theMaxNormTakesTheLargestAbsoluteComponent() {
        NormsModel m = new NormsModel(new Vec2(3, -4), 1, false);
        assertThat(m.linf()).isEqualTo(4.0);
        assertThat(m.l1()).isEqualTo(7.0);
        assertThat(m.lp()).as("p = 1 is the L1 norm").isEqualTo(7.0);
    }

    @Test
    void theFlagMakesLpTheMaxNorm() {
        NormsModel m = new NormsModel(new Vec2(-2, 1), 4, true);
        assertThat(m.effectiveP()).isInfinite();
        assertThat(m.lp()).isEqualTo(2.0);
        assertThat(m.lpBallPoints()).as("the L∞ ball is a square: 4 corners").isEqualTo(4);
    }

    @Test
    void theZeroVectorHasLengthZeroAndNoDirection() {
        NormsModel m = new NormsModel(Vec2.ZERO, 2.5, false);
        assertThat(m.l1()).isZero();
        assertThat(m.l2()).isZero();
        assertThat(m.linf()).isZero();
        assertThat(m.lp()).isZero();
        assertThat(m.unit()).isEmpty();
        assertThat(m.onBall(1)).isEmpty();
    }

    @Test
    void sampledLpBallsLieOnTheirUnitSphere() {
        for (double p : new double[] {1, 1.3, 2, 3, 7.5, 10}) {
            double[] xs = new double[NormsModel.BALL_POINTS];
            double[] ys = new double[NormsModel.BALL_POINTS];
            int n = NormsModel.sampleBall(p, xs, ys);
            for (int i = 0; i < n; i++) {
                assertThat(Math.pow(Math.abs(xs[i]), p) + Math.pow(Math.abs(ys[i]), p))
                        .as("point %d of the L%s ball", i, p).isCloseTo(1.0, within(1e-12));
            }
        }
    }

    @Test
    void normsAreOrderedAndTheRayPointsLieOnTheirBalls() {
        long seed = 20240611L;
        Random r = new Random(seed);
        for (int i = 0; i < 200; i++) {
            Vec2 v = new Vec2(r.nextInt(41) - 20 + r.nextDouble(), r.nextInt(41) - 20);
            double p = 1 + 9 * r.nextDouble();
            NormsModel m = new NormsModel(v, p, false);
            // ‖v‖∞ ≤ ‖v‖ₚ ≤ ‖v‖₂ ≤ ‖v‖₁ for p ≥ 2, and ‖v‖₂ ≤ ‖v‖ₚ ≤ ‖v‖₁ for p ≤ 2
            assertThat(m.linf()).as("seed %d, v = %s", seed, v).isLessThanOrEqualTo(m.lp() + 1e-12);
            assertThat(m.lp()).as("seed %d, v = %s", seed, v).isLessThanOrEqualTo(m.l1() + 1e-12);
            assertThat(m.l2()).as("seed %d, v = %s", seed, v).isLessThanOrEqualTo(m.l1() + 1e-12);
            assertThat(m.l1()).as("seed %d: ‖v‖₁ ≤ √2 ‖v‖₂", seed).isLessThanOrEqualTo(Math.sqrt(2) * m.l2() + 1e-12);
            assertThat(m.l2sq()).as("seed %d", seed).isCloseTo(m.l2() * m.l2(), within(1e-9 * (1 + m.l2sq())));
            for (double q : new double[] {1, 2, p, Double.POSITIVE_INFINITY}) {
                Vec2 w = m.onBall(q).orElseThrow();
                assertThat(org.mathlens.math.linalg.Linalg.norm(w.toArray(), q)).as("seed %d, q = %s", seed, q)
                        .isCloseTo(1.0, within(1e-12));
                assertThat(w.cross(v)).as("seed %d: on v's line", seed).isCloseTo(0.0, within(1e-9 * v.norm()));
                assertThat(w.dot(v)).as("seed %d: on v's side", seed).isPositive();
            }
        }
    }

    @Test
    void theExplorableReadsOutWhatTheModelComputes() {
        NormsExplorable pane = new NormsExplorable();
        pane.parameters().set("v", "[3, -4]");
        assertThat(pane.readouts().read("l1").text()).isEqualTo("7.0");
        assertThat(pane.readouts().read("l2").text()).isEqualTo("5.0");
        assertThat(pane.readouts().read("l2sq").text()).isEqualTo("25.0");
        assertThat(pane.readouts().read("linf").text()).isEqualTo("4.0");
        assertThat(pane.readouts().read("unit").text()).isEqualTo("[0.6, -0.8]");
        pane.parameters().set("p", "1");
        assertThat(pane.readouts().read("lp").text()).isEqualTo("7.0");
        pane.parameters().set("pinf", "true");
        assertThat(pane.readouts().read("lp").text()).isEqualTo("4.0");
        pane.parameters().set("v", "[0, 0]");
        assertThat(pane.readouts().read("unit").text()).isEqualTo("undefined");
        assertThat(pane.readouts().read("l2").text()).isEqualTo("0.0");
        pane.reset();
        assertThat(pane.readouts().read("l1").text()).isEqualTo("3.0");
    }
}
