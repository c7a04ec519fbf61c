package org.mathlens.explorables.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mathlens.math.autodiff.Graph;

class OptimizersModelTest {
    private static final OptimizersModel.Hyper SAME = new OptimizersModel.Hyper(0.05, 0.05, 0, 0.05, 0, 0.5, 0.01, 0.9, 0.1, 0.9, 0.999);

    @Test
    void oneSgdStepOnTheQuadraticFromOneOne() {
        OptimizersModel m = new OptimizersModel();
        m.set(OptimizersModel.Surface.ILL_CONDITIONED, 1, 1, SAME);
        // (1, 1) − 0.05·(2, 20) = (0.9, 0)
        assertThat(m.x(0, 1)).isCloseTo(0.9, within(1e-15));
        assertThat(m.y(0, 1)).isCloseTo(0.0, within(1e-15));
        // momentum and Nesterov with β = 0 are SGD, step for step
        for (int k = 0; k <= 50; k++) {
            assertThat(m.x(1, k)).isEqualTo(m.x(0, k));
            assertThat(m.x(2, k)).isEqualTo(m.x(0, k));
        }
        // Adam's first step: lr in each coordinate
        assertThat(1 - m.x(5, 1)).isCloseTo(0.1, within(1e-8));
        assertThat(1 - m.y(5, 1)).isCloseTo(0.1, within(1e-8));
    }

    @Test
    void surfaceGradientsAgreeWithTheAutodiffEngine() {
        String[] formulas = {"x^2 + 10*y^2", "(1 - x)^2 + 100*(y - x^2)^2", "x^2/2 + y^4/4 - y^2/2",
            "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2"};
        OptimizersModel.Surface[] surfaces = OptimizersModel.Surface.values();
        java.util.Random r = new java.util.Random(11);
        for (int s = 0; s < 4; s++) {
            Graph g = Graph.of(org.mathlens.math.expr.MathLanguage.parse(formulas[s]), List.of("x", "y"));
            for (int t = 0; t < 20; t++) {
                double x = r.nextDouble() * 4 - 2;
                double y = r.nextDouble() * 4 - 2;
                double f = g.forward(x, y);
                double[] grad = g.backward();
                double[] mine = surfaces[s].gradient(x, y);
                assertThat(surfaces[s].f(x, y)).as("%s f at (%f, %f), seed 11", surfaces[s], x, y).isCloseTo(f, within(1e-9 * (1 + Math.abs(f))));
                for (int k = 0; k < 2; k++) {
                    assertThat(mine[k]).as("%s ∂f at (%f, %f), seed 11", surfaces[s], x, y).isCloseTo(grad[k], within(1e-9 * (1 + Math.abs(grad[k]))));
                }
            }
        }
    }

    @Test
    void aDivergingOptimizerStopsFiniteAndSaysSo() {
        OptimizersModel m = new OptimizersModel();
        // lr_sgd = 0.2 on x² + 10y²: the y factor is 1 − 0.2·20 = −3, so |y| triples each step
        m.set(OptimizersModel.Surface.ILL_CONDITIONED, 1, 1, new OptimizersModel.Hyper(0.2, 0.01, 0.9, 0.01, 0.9, 0.5, 0.01, 0.9, 0.1, 0.9, 0.999));
        m.show(OptimizersModel.MAX_STEPS);
        assertThat(m.diverges(0)).isTrue();
        assertThat(m.divergedNow(0)).isTrue();
        assertThat(m.loss(0)).isFinite();
        assertThat(Math.abs(m.y(0, m.stepOf(0)))).isLessThanOrEqualTo(OptimizersModel.LIMIT);
        // |y_k| = 3^k: the last kept step has 3^k ≤ 1000, i.e. k = 6
        assertThat(m.stepOf(0)).isEqualTo(6);
        assertThat(m.diverges(5)).isFalse();
    }

    @Test
    void everyRecommendedRaceStaysFinite() {
        for (OptimizersModel.Surface s : OptimizersModel.Surface.values()) {
            OptimizersModel m = new OptimizersModel();
            m.set(s, s.startX, s.startY, s.recommended());
            m.show(OptimizersModel.MAX_STEPS);
            for (int o = 0; o < 6; o++) {
                assertThat(m.diverges(o)).as("%s %s", s, OptimizersModel.NAMES.get(o)).isFalse();
                assertThat(m.loss(o)).as("%s %s ends below its start", s, OptimizersModel.NAMES.get(o)).isLessThan(m.loss(o, 0));
            }
        }
    }
}
