package org.mathlens.explorables.ml;

import java.util.Random;

/**
 * The mle pane's seeded samples, one per model: the same seed always gives the same points,
 * rounded to two decimals so a learner can type them back. Each is drawn from a known truth
 * (written here) so a lesson can compare the estimate with it.
 */
public final class MleSamples {
    /** The Gaussian sample's truth: 12 draws of N(4, 1.5²). */
    public static final double TRUE_MU = 4;
    public static final double TRUE_SIGMA = 1.5;
    /** The regression sample's truth: y = 0.6·x + 1 + N(0, 0.8²) at 12 x's in [0, 8]. */
    public static final double TRUE_M = 0.6;
    public static final double TRUE_B = 1;
    public static final double TRUE_NOISE = 0.8;
    /** The Bernoulli sample's truth: P(1 | x) = σ(x − 0.5) at 24 x's in [−4, 4]. */
    public static final double TRUE_W = 1;
    public static final double TRUE_LOGIT_B = -0.5;

    private MleSamples() {
    }

    /** Rows {x}. */
    public static double[][] gaussian(long seed) {
        Random r = new Random(seed * 7919 + 1);
        double[][] rows = new double[12][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {round(TRUE_MU + TRUE_SIGMA * r.nextGaussian())};
        }
        return rows;
    }

    /** Rows {x, y}. */
    public static double[][] regression(long seed) {
        Random r = new Random(seed * 7919 + 2);
        double[][] rows = new double[12][];
        for (int i = 0; i < rows.length; i++) {
            double x = round(8 * r.nextDouble());
            rows[i] = new double[] {x, round(TRUE_M * x + TRUE_B + TRUE_NOISE * r.nextGaussian())};
        }
        return rows;
    }

    /** Rows {x, label} with label 0 or 1. */
    public static double[][] bernoulli(long seed) {
        Random r = new Random(seed * 7919 + 3);
        double[][] rows = new double[24][];
        for (int i = 0; i < rows.length; i++) {
            double x = round(-4 + 8 * r.nextDouble());
            rows[i] = new double[] {x, r.nextDouble() < Likelihood.logistic(TRUE_W * x + TRUE_LOGIT_B) ? 1 : 0};
        }
        return rows;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
