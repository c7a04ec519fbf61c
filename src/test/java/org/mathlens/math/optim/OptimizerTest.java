package org.mathlens.math.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OptimizerTest {
    /** f = x² + 10y², ∇f = (2x, 20y). */
    private static double[] grad(double[] p) {
        return new double[] {2 * p[0], 20 * p[1]};
    }

    @Test
    void oneSgdStepOnTheQuadratic() {
        double[] next = new Sgd(0.05).step(new double[] {1, 1}, grad(new double[] {1, 1}));
        // (1 − 0.05·2, 1 − 0.05·20) = (0.9, 0)
        assertThat(next[0]).isCloseTo(0.9, within(1e-15));
        assertThat(next[1]).isCloseTo(0.0, within(1e-15));
    }

    @Test
    void adamsFirstStepHasSizeLrInEachCoordinate() {
        double[] x = {1, 1};
        double[] next = new Adam(0.1, 0.9, 0.999).step(x, grad(x));
        assertThat(x[0] - next[0]).isCloseTo(0.1, within(1e-8));
        assertThat(x[1] - next[1]).isCloseTo(0.1, within(1e-8));
        double[] y = {-3, 0.5};
        double[] n2 = new Adam(0.01, 0.8, 0.99).step(y, grad(y));
        assertThat(n2[0] - y[0]).as("against the gradient, size lr").isCloseTo(0.01, within(1e-8));
        assertThat(y[1] - n2[1]).isCloseTo(0.01, within(1e-8));
    }

    @Test
    void momentumWithBetaZeroIsSgd() {
        Random r = new Random(7);
        Momentum m = new Momentum(0.03, 0);
        Sgd s = new Sgd(0.03);
        double[] a = {r.nextGaussian(), r.nextGaussian()};
        double[] b = a.clone();
        for (int i = 0; i < 20; i++) {
            a = m.step(a, grad(a));
            b = s.step(b, grad(b));
            assertThat(a).as("step %d (seed 7)", i).containsExactly(b);
        }
    }

    @Test
    void momentumSecondStepCarriesTheFirstVelocity() {
        Momentum m = new Momentum(0.01, 0.9);
        double[] x = {1, 1};
        double[] x1 = m.step(x, grad(x)); // v = (2, 20); x1 = (0.98, 0.8)
        assertThat(x1[0]).isCloseTo(0.98, within(1e-15));
        assertThat(x1[1]).isCloseTo(0.8, within(1e-15));
        double[] x2 = m.step(x1, grad(x1)); // v = 0.9·(2, 20) + (1.96, 16) = (3.76, 34); x2 = x1 − 0.01·v
        assertThat(x2[0]).isCloseTo(0.98 - 0.0376, within(1e-15));
        assertThat(x2[1]).isCloseTo(0.8 - 0.34, within(1e-14));
    }

    @Test
    void nesterovLooksAhead() {
        Momentum n = Momentum.nesterov(0.01, 0.9);
        double[] x = {1, 1};
        double[] x1 = n.step(x, grad(x)); // v = g = (2, 20); x − 0.01·(g + 0.9·v) = x − 0.019·g
        assertThat(x1[0]).isCloseTo(1 - 0.038, within(1e-15));
        assertThat(x1[1]).isCloseTo(1 - 0.38, within(1e-15));
    }

    @Test
    void adaGradAndRmsPropFirstSteps() {
        double[] x = {1, 1};
        double[] a = new AdaGrad(0.5).step(x, grad(x)); // g/√(g²) = 1: step 0.5 each
        assertThat(a[0]).isCloseTo(0.5, within(1e-8));
        assertThat(a[1]).isCloseTo(0.5, within(1e-8));
        double[] r = new RmsProp(0.01, 0.9).step(x, grad(x)); // g/√(0.1 g²) = √10
        assertThat(r[0]).isCloseTo(1 - 0.01 * Math.sqrt(10), within(1e-8));
        assertThat(r[1]).isCloseTo(1 - 0.01 * Math.sqrt(10), within(1e-8));
    }

    @Test
    void everyOptimizerDescendsTheQuadratic() {
        Optimizer[] all = {new Sgd(0.05), new Momentum(0.02, 0.9), Momentum.nesterov(0.02, 0.9), new AdaGrad(0.5),
                new RmsProp(0.05, 0.9), new Adam(0.1, 0.9, 0.999)};
        for (Optimizer o : all) {
            double[] x = {3, -2};
            for (int i = 0; i < 500; i++) {
                x = o.step(x, grad(x));
            }
            assertThat(x[0] * x[0] + 10 * x[1] * x[1]).as(o.name()).isLessThan(1e-2);
            o.reset();
        }
    }

    @org.junit.jupiter.api.Test
    void theRulesDrawnBesideTheRaceStateTheEpsilonAndRhoTheyUse() {
        org.assertj.core.api.Assertions.assertThat(Optimizer.EPSILON).isEqualTo(1e-8);
        org.assertj.core.api.Assertions.assertThat(new AdaGrad(0.1).rule()).endsWith("ε = 1e-8");
        org.assertj.core.api.Assertions.assertThat(new Adam(0.1, 0.9, 0.999).rule()).endsWith("ε = 1e-8");
        org.assertj.core.api.Assertions.assertThat(new RmsProp(0.1, 0.95).rule()).endsWith("ρ = 0.95, ε = 1e-8");
    }
}
