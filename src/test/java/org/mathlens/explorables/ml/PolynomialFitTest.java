package org.mathlens.explorables.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.mathlens.explorables.ml.PolynomialFit.Penalty;

class PolynomialFitTest {

    @Test
    void aLineThroughThreeCollinearPointsIsExact() {
        double[] w = PolynomialFit.fit(new double[] {-1, 0, 1}, new double[] {-1, 1, 3}, 1, Penalty.NONE, 0);
        assertThat(w[0]).isCloseTo(1, within(1e-12));
        assertThat(w[1]).isCloseTo(2, within(1e-12));
    }

    @Test
    void degreeZeroWithL2IsTheMeanBecauseTheInterceptIsNotPenalised() {
        double[] w = PolynomialFit.fit(new double[] {0, 1, 2}, new double[] {1, 2, 6}, 0, Penalty.L2, 100);
        assertThat(w).containsExactly(new double[] {3.0}, within(1e-12));
    }

    @Test
    void hugeL1PenaltyLeavesOnlyTheIntercept() {
        double[] w = PolynomialFit.fit(new double[] {-1, 0, 1, 2}, new double[] {0, 1, 1, 4}, 3, Penalty.L1, 1e6);
        assertThat(w[0]).isCloseTo(1.5, within(1e-12));
        for (int j = 1; j < w.length; j++) assertThat(w[j]).isEqualTo(0.0);
    }

    @RepeatedTest(20)
    void ridgeAgreesWithTheNormalEquationsAtLowDegree() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        double[][] data = sample(random, 10 + random.nextInt(20));
        int degree = 1 + random.nextInt(3);
        double lambda = Math.pow(10, -4 + 4 * random.nextDouble());
        double[] w = PolynomialFit.ridge(data[0], data[1], degree, lambda);

        int n = data[0].length, k = degree + 1;
        SimpleMatrix x = new SimpleMatrix(n, k);
        SimpleMatrix y = new SimpleMatrix(n, 1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) x.set(i, j, Math.pow(data[0][i], j));
            y.set(i, 0, data[1][i]);
        }
        SimpleMatrix penalty = SimpleMatrix.identity(k).scale(n * lambda);
        penalty.set(0, 0, 0);
        SimpleMatrix expected = x.transpose().mult(x).plus(penalty).solve(x.transpose().mult(y));
        for (int j = 0; j < k; j++) {
            assertThat(w[j]).as("seed %d, w%d", seed, j).isCloseTo(expected.get(j, 0), within(1e-9));
        }
    }

    @RepeatedTest(20)
    void ridgeAtDegreeFifteenHasZeroGradient() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        double[][] data = sample(random, 20 + random.nextInt(20));
        double lambda = Math.pow(10, -6 + 5 * random.nextDouble());
        double[] w = PolynomialFit.ridge(data[0], data[1], 15, lambda);
        double[] gradient = gradientOfMse(w, data[0], data[1]);
        for (int j = 1; j < w.length; j++) gradient[j] += 2 * lambda * w[j];
        for (int j = 0; j < w.length; j++) {
            assertThat(gradient[j]).as("seed %d, ∂/∂w%d", seed, j).isCloseTo(0, within(1e-8));
        }
        // and no other weights do better: a nudge in any coordinate raises the objective
        double best = PolynomialFit.objective(w, data[0], data[1], Penalty.L2, lambda);
        for (int j = 0; j < w.length; j++) {
            double[] nudged = w.clone();
            nudged[j] += 1e-4;
            assertThat(PolynomialFit.objective(nudged, data[0], data[1], Penalty.L2, lambda))
                    .as("seed %d", seed).isGreaterThan(best);
        }
    }

    @RepeatedTest(20)
    void lassoSatisfiesItsOptimalityConditions() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        double[][] data = sample(random, 15 + random.nextInt(20));
        int degree = 1 + random.nextInt(5);
        double lambda = Math.pow(10, -3 + 3 * random.nextDouble());
        double[] w = PolynomialFit.fit(data[0], data[1], degree, Penalty.L1, lambda);
        double[] g = gradientOfMse(w, data[0], data[1]);
        assertThat(g[0]).as("seed %d: intercept", seed).isCloseTo(0, within(1e-7));
        for (int j = 1; j < w.length; j++) {
            if (w[j] == 0) {
                assertThat(Math.abs(g[j])).as("seed %d: zero w%d", seed, j).isLessThanOrEqualTo(lambda + 1e-7);
            } else {
                assertThat(g[j] + lambda * Math.signum(w[j])).as("seed %d: w%d", seed, j).isCloseTo(0, within(1e-7));
            }
        }
    }

    /** Raw powers to x¹⁵ are nearly collinear: coordinate descent alone stalled far from the optimum here. */
    @RepeatedTest(10)
    void lassoAtDegreeFifteenAndTinyLambdaSatisfiesItsOptimalityConditions() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        double[][] data = sample(random, 20 + random.nextInt(20));
        double lambda = Math.pow(10, -6 + 3 * random.nextDouble());
        double[] w = PolynomialFit.fit(data[0], data[1], 15, Penalty.L1, lambda);
        double[] g = gradientOfMse(w, data[0], data[1]);
        assertThat(g[0]).as("seed %d: intercept", seed).isCloseTo(0, within(1e-7));
        for (int j = 1; j < w.length; j++) {
            if (w[j] == 0) {
                assertThat(Math.abs(g[j])).as("seed %d: zero w%d", seed, j).isLessThanOrEqualTo(lambda + 1e-7);
            } else {
                assertThat(g[j] + lambda * Math.signum(w[j])).as("seed %d: w%d", seed, j).isCloseTo(0, within(1e-7));
            }
        }
    }

    @Test
    void meanSquaredErrorWithoutPointsIsUndefined() {
        assertThat(PolynomialFit.meanSquaredError(new double[] {1}, new double[0], new double[0])).isNaN();
    }

    @Test
    void badInputIsRefusedInOneSentence() {
        assertThatThrownBy(() -> PolynomialFit.fit(new double[] {1}, new double[] {1}, 1, Penalty.L2, -1))
                .hasMessage("λ must be a finite number ≥ 0");
        assertThatThrownBy(() -> PolynomialFit.fit(new double[0], new double[0], 1, Penalty.L2, 1))
                .hasMessage("there are no points to fit");
    }

    private static double[] gradientOfMse(double[] w, double[] xs, double[] ys) {
        double[] g = new double[w.length];
        for (int i = 0; i < xs.length; i++) {
            double r = ys[i] - PolynomialFit.predict(w, xs[i]);
            for (int j = 0; j < w.length; j++) g[j] -= 2.0 / xs.length * r * Math.pow(xs[i], j);
        }
        return g;
    }

    private static double[][] sample(Random random, int n) {
        double[] xs = new double[n], ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = -1 + 2 * random.nextDouble();
            ys[i] = Math.sin(3 * xs[i]) + 0.2 * random.nextGaussian();
        }
        return new double[][] {xs, ys};
    }
}
