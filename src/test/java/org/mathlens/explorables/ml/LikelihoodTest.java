package org.mathlens.explorables.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class LikelihoodTest {

    @Test
    void theStandardNormalDensityAtZero() {
        assertThat(Math.exp(Likelihood.logNormal(0, 0, 1))).isCloseTo(1 / Math.sqrt(2 * Math.PI), within(1e-15));
    }

    @Test
    void theMaximumLikelihoodEstimatesAreTheSampleMoments() {
        double[] xs = {1, 2, 3, 6};
        assertThat(Likelihood.muHat(xs)).isEqualTo(3.0);
        assertThat(Likelihood.sigmaHat(xs)).isCloseTo(Math.sqrt((4 + 1 + 0 + 9) / 4.0), within(1e-15));
    }

    @RepeatedTest(20)
    void noOtherMuOrSigmaHasAHigherLikelihood() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        double[] xs = new double[5 + random.nextInt(30)];
        for (int i = 0; i < xs.length; i++) xs[i] = 3 + 2 * random.nextGaussian();
        double mu = Likelihood.muHat(xs), sigma = Likelihood.sigmaHat(xs);
        double best = Likelihood.gaussianLogLikelihood(xs, mu, sigma);
        for (int k = 0; k < 50; k++) {
            double otherMu = mu + random.nextGaussian(), otherSigma = sigma * Math.exp(0.5 * random.nextGaussian());
            assertThat(Likelihood.gaussianLogLikelihood(xs, otherMu, otherSigma)).as("seed %d", seed)
                    .isLessThanOrEqualTo(best);
        }
    }

    @RepeatedTest(20)
    void theRegressionLogLikelihoodIsAFunctionOfTheMse() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int n = 3 + random.nextInt(30);
        double[] xs = new double[n], ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = random.nextGaussian();
            ys[i] = 2 * xs[i] - 1 + random.nextGaussian();
        }
        double m = random.nextGaussian(), b = random.nextGaussian(), sigma = 0.1 + 3 * random.nextDouble();
        double mse = Likelihood.lineMse(xs, ys, m, b);
        double identity = -n / 2.0 * Math.log(2 * Math.PI * sigma * sigma) - n * mse / (2 * sigma * sigma);
        assertThat(Likelihood.regressionLogLikelihood(xs, ys, m, b, sigma)).as("seed %d", seed)
                .isCloseTo(identity, within(1e-9 * Math.max(1, Math.abs(identity))));
    }

    @RepeatedTest(20)
    void crossEntropyIsItsDefinition() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int n = 1 + random.nextInt(30);
        double[] xs = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            xs[i] = random.nextGaussian();
            labels[i] = random.nextBoolean() ? 1 : 0;
        }
        double w = random.nextGaussian(), b = random.nextGaussian();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double p = 1 / (1 + Math.exp(-(w * xs[i] + b)));
            sum += labels[i] * Math.log(p) + (1 - labels[i]) * Math.log(1 - p);
        }
        assertThat(Likelihood.crossEntropy(xs, labels, w, b)).as("seed %d", seed).isCloseTo(-sum / n, within(1e-12));
    }

    @Test
    void aConfidentRightAnswerCostsAlmostNothingAndStaysFinite() {
        assertThat(Likelihood.crossEntropy(new double[] {1}, new int[] {1}, 800, 0)).isCloseTo(0, within(1e-300));
        assertThat(Likelihood.crossEntropy(new double[] {1}, new int[] {0}, 800, 0)).isCloseTo(800, within(1e-9));
        assertThat(Likelihood.accuracy(new double[] {-1, 1, 2}, new int[] {0, 1, 0}, 1, 0)).isCloseTo(2 / 3.0, within(1e-15));
    }
}
