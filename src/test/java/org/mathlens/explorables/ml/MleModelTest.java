package org.mathlens.explorables.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class MleModelTest {
    private static MleModel gaussian(double[][] rows, double mu, double sigma) {
        MleModel m = new MleModel();
        m.set(MleModel.Kind.GAUSSIAN, rows, mu, sigma, 0, 0, 0);
        return m;
    }

    @Test
    void twoPointsAtOneAndThree() {
        MleModel m = gaussian(new double[][] {{1}, {3}}, 2, 1);
        // each point is one σ from μ: log p = −½ log 2π − ½, twice
        assertThat(m.logLikelihood()).isCloseTo(-Math.log(2 * Math.PI) - 1, within(1e-14));
        assertThat(m.likelihood()).isCloseTo(Math.exp(-1) / (2 * Math.PI), within(1e-15));
        assertThat(m.best()).containsExactly(2.0, 1.0);
        assertThat(m.probability(0) * m.probability(1)).isCloseTo(m.likelihood(), within(1e-16));
    }

    @Test
    void theGaussianMaximumIsTheSampleMoments() {
        double[][] rows = MleSamples.gaussian(3);
        MleModel m = gaussian(rows, 0, 1);
        double mean = 0;
        for (double[] r : rows) mean += r[0] / rows.length;
        double var = 0;
        for (double[] r : rows) var += (r[0] - mean) * (r[0] - mean) / rows.length;
        assertThat(m.best()[0]).isCloseTo(mean, within(1e-12));
        assertThat(m.best()[1]).isCloseTo(Math.sqrt(var), within(1e-12));
    }

    @Test
    void regressionLogLikelihoodIsTheMseIdentityAndPeaksAtTheNormalEquations() {
        double[][] rows = {{0, 1}, {1, 3}, {2, 2}, {3, 5}};
        MleModel m = new MleModel();
        m.set(MleModel.Kind.REGRESSION, rows, 0, 0.7, 0.5, 1.5, 0);
        assertThat(m.logLikelihood()).isCloseTo(m.identity(), within(1e-12));
        // normal equations [[n, Σx], [Σx, Σx²]] (b, m) = (Σy, Σxy): [[4, 6], [6, 14]] (b, m) = (11, 22)
        double det = 4 * 14 - 6 * 6;
        double b = (11 * 14 - 6 * 22) / det, slope = (4 * 22 - 6 * 11) / det;
        assertThat(m.best()[0]).isCloseTo(slope, within(1e-12));
        assertThat(m.best()[1]).isCloseTo(b, within(1e-12));
        assertThat(m.mse()).isCloseTo((0.25 + 1 + 0.25 + 4) / 4, within(1e-12));
    }

    @RepeatedTest(10)
    void noOtherLineIsLikelier() {
        long seed = System.nanoTime();
        Random r = new Random(seed);
        MleModel m = new MleModel();
        m.set(MleModel.Kind.REGRESSION, MleSamples.regression(1 + r.nextInt(99)), 0, 0.2 + r.nextDouble(), 0, 0, 0);
        double[] best = m.best();
        double top = m.logLikelihoodAt(best[0], best[1]);
        for (int k = 0; k < 50; k++) {
            assertThat(m.logLikelihoodAt(best[0] + r.nextGaussian(), best[1] + r.nextGaussian())).as("seed %d", seed).isLessThan(top);
        }
    }

    @RepeatedTest(10)
    void theLogisticFitMeetsItsOptimalityConditions() {
        long seed = 1 + new Random().nextInt(99);
        double[][] rows = MleSamples.bernoulli(seed);
        double[] xs = new double[rows.length];
        int[] labels = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            xs[i] = rows[i][0];
            labels[i] = (int) rows[i][1];
        }
        double[] best = Likelihood.logisticFit(xs, labels);
        if (best == null) {
            // no finite maximum only when a threshold separates the labels
            assertThat(separable(xs, labels)).as("seed %d", seed).isTrue();
            return;
        }
        double gw = 0, gb = 0;
        for (int i = 0; i < xs.length; i++) {
            double p = Likelihood.logistic(best[0] * xs[i] + best[1]);
            gw += (labels[i] - p) * xs[i];
            gb += labels[i] - p;
        }
        assertThat(gw).as("seed %d", seed).isCloseTo(0, within(1e-9));
        assertThat(gb).as("seed %d", seed).isCloseTo(0, within(1e-9));
    }

    private static boolean separable(double[] xs, int[] labels) {
        double max0 = Double.NEGATIVE_INFINITY, min0 = Double.POSITIVE_INFINITY, max1 = max0, min1 = min0;
        for (int i = 0; i < xs.length; i++) {
            if (labels[i] == 0) {
                max0 = Math.max(max0, xs[i]);
                min0 = Math.min(min0, xs[i]);
            } else {
                max1 = Math.max(max1, xs[i]);
                min1 = Math.min(min1, xs[i]);
            }
        }
        return max0 < min1 || max1 < min0;
    }

    @Test
    void separableLabelsHaveNoFiniteMaximum() {
        MleModel m = new MleModel();
        m.set(MleModel.Kind.BERNOULLI, new double[][] {{-2, 0}, {-1, 0}, {1, 1}, {2, 1}}, 0, 1, 0, 0, 1);
        assertThat(m.solved()).isTrue();
        assertThat(m.best()).isNull();
    }

    @Test
    void crossEntropyByHand() {
        MleModel m = new MleModel();
        // w = 0, b = 0: every p is ½, so each point's own probability is ½ and the cross-entropy log 2
        m.set(MleModel.Kind.BERNOULLI, new double[][] {{-1, 0}, {0, 1}, {3, 1}}, 0, 1, 0, 0, 0);
        assertThat(m.crossEntropy()).isCloseTo(Math.log(2), within(1e-15));
        assertThat(m.logLikelihood()).isCloseTo(-3 * Math.log(2), within(1e-14));
        // w = 1, b = 0: p(−1) = σ(−1), so the label 0 has 1 − σ(−1) = σ(1)
        m.set(MleModel.Kind.BERNOULLI, new double[][] {{-1, 0}, {0, 1}, {3, 1}}, 0, 1, 0, 0, 1);
        double expected = -(Math.log(1 / (1 + Math.exp(-1))) + Math.log(0.5) + Math.log(1 / (1 + Math.exp(-3)))) / 3;
        assertThat(m.crossEntropy()).isCloseTo(expected, within(1e-14));
        assertThat(m.probability(0)).isCloseTo(1 / (1 + Math.exp(-1)), within(1e-15));
        // x = 0 sits on p = ½, which counts as 1: all three right
        assertThat(m.accuracy()).isEqualTo(1.0);
    }

    @Test
    void dataThatDoNotSuitTheModelSaySo() {
        MleModel m = new MleModel();
        m.set(MleModel.Kind.REGRESSION, new double[][] {{1}, {2}}, 0, 1, 0, 0, 0);
        assertThat(m.solved()).isFalse();
        assertThat(m.problem()).startsWith("regression needs points (x, y)");
        m.set(MleModel.Kind.BERNOULLI, new double[][] {{1, 0}, {2, 0.5}}, 0, 1, 0, 0, 0);
        assertThat(m.problem()).isEqualTo("bernoulli needs each label to be 0 or 1; row 2 has 0.5");
        m.set(MleModel.Kind.GAUSSIAN, new double[][] {{1, 0}, {2, 0.5}}, 0, 1, 0, 0, 0);
        assertThat(m.solved()).isTrue();
        assertThat(m.muHat()).isEqualTo(1.5);
    }

    @Test
    void samplesAreSeeded() {
        assertThat(MleSamples.gaussian(4)).isDeepEqualTo(MleSamples.gaussian(4));
        assertThat(java.util.Arrays.deepEquals(MleSamples.gaussian(4), MleSamples.gaussian(5))).isFalse();
        assertThat(MleSamples.regression(4)).isDeepEqualTo(MleSamples.regression(4));
        for (double[] row : MleSamples.bernoulli(7)) {
            assertThat(row[1]).isIn(0.0, 1.0);
        }
    }
}
