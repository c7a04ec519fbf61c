package org.mathlens.explorables.ml;

/**
 * The three likelihoods of the mle pane (issue 17), as pure functions of a sample and the
 * parameters: a Gaussian sample, regression with Gaussian noise, and Bernoulli labels under a
 * logistic curve. Natural logarithms throughout.
 */
public final class Likelihood {

    private static final double LOG_TWO_PI = Math.log(2 * Math.PI);

    private Likelihood() {}

    /** log N(x; μ, σ²). */
    public static double logNormal(double x, double mu, double sigma) {
        double z = (x - mu) / sigma;
        return -0.5 * LOG_TWO_PI - Math.log(sigma) - 0.5 * z * z;
    }

    /** Σ log N(xᵢ; μ, σ²). */
    public static double gaussianLogLikelihood(double[] xs, double mu, double sigma) {
        double sum = 0;
        for (double x : xs) sum += logNormal(x, mu, sigma);
        return sum;
    }

    /** The maximum-likelihood μ: the sample mean. */
    public static double muHat(double[] xs) {
        double sum = 0;
        for (double x : xs) sum += x;
        return sum / xs.length;
    }

    /** The maximum-likelihood σ: √(Σ (xᵢ − x̄)² / n), dividing by n, not n − 1. */
    public static double sigmaHat(double[] xs) {
        double mean = muHat(xs), sum = 0;
        for (double x : xs) sum += (x - mean) * (x - mean);
        return Math.sqrt(sum / xs.length);
    }

    /** Mean squared error of the line y = m·x + b. */
    public static double lineMse(double[] xs, double[] ys, double m, double b) {
        double sum = 0;
        for (int i = 0; i < xs.length; i++) {
            double r = ys[i] - (m * xs[i] + b);
            sum += r * r;
        }
        return sum / xs.length;
    }

    /** Σ log N(yᵢ; m·xᵢ + b, σ²), summed point by point (the identity is a test, not the definition). */
    public static double regressionLogLikelihood(double[] xs, double[] ys, double m, double b, double sigma) {
        double sum = 0;
        for (int i = 0; i < xs.length; i++) sum += logNormal(ys[i], m * xs[i] + b, sigma);
        return sum;
    }

    /** σ(z) = 1 / (1 + e^(−z)), without overflow for large |z|. */
    public static double logistic(double z) {
        if (z >= 0) return 1 / (1 + Math.exp(-z));
        double e = Math.exp(z);
        return e / (1 + e);
    }

    /** log σ(z), stable for large |z|: −log(1 + e^(−z)). */
    static double logLogistic(double z) {
        return z >= 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z));
    }

    /** Σ log P(labelᵢ | xᵢ) with P(1 | x) = σ(w·x + b); labels are 0 or 1. */
    public static double bernoulliLogLikelihood(double[] xs, int[] labels, double w, double b) {
        double sum = 0;
        for (int i = 0; i < xs.length; i++) {
            double z = w * xs[i] + b;
            sum += labels[i] == 1 ? logLogistic(z) : logLogistic(-z); // 1 − σ(z) = σ(−z)
        }
        return sum;
    }

    /** The mean negative log-likelihood of the labels: the binary cross-entropy. */
    public static double crossEntropy(double[] xs, int[] labels, double w, double b) {
        return -bernoulliLogLikelihood(xs, labels, w, b) / xs.length;
    }

    /** The share of points whose label is the likelier one (p ≥ ½ predicts 1). */
    public static double accuracy(double[] xs, int[] labels, double w, double b) {
        int right = 0;
        for (int i = 0; i < xs.length; i++) {
            int predicted = w * xs[i] + b >= 0 ? 1 : 0;
            if (predicted == labels[i]) right++;
        }
        return (double) right / xs.length;
    }
}
