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

    /**
     * The least-squares line {m, b} (which maximises the regression likelihood for any σ), or
     * null when every x is the same and no slope is determined.
     */
    public static double[] lineFit(double[] xs, double[] ys) {
        double mx = muHat(xs), my = muHat(ys), sxx = 0, sxy = 0;
        for (int i = 0; i < xs.length; i++) {
            sxx += (xs[i] - mx) * (xs[i] - mx);
            sxy += (xs[i] - mx) * (ys[i] - my);
        }
        if (!(sxx > 1e-12 * Math.max(1, mx * mx) * xs.length)) return null;
        double m = sxy / sxx;
        return new double[] {m, my - m * mx};
    }

    /**
     * The (w, b) that maximise the Bernoulli log-likelihood, by Newton's method from (0, 0); null
     * when no finite maximum exists: one label only, labels separable by a threshold on x (the
     * likelihood keeps rising as w grows), or every x the same (w undetermined).
     */
    public static double[] logisticFit(double[] xs, int[] labels) {
        double w = 0, b = 0;
        for (int iter = 0; iter < 100; iter++) {
            double gw = 0, gb = 0, hww = 0, hwb = 0, hbb = 0;
            for (int i = 0; i < xs.length; i++) {
                double p = logistic(w * xs[i] + b), r = labels[i] - p, s = p * (1 - p);
                gw += r * xs[i];
                gb += r;
                hww += s * xs[i] * xs[i];
                hwb += s * xs[i];
                hbb += s;
            }
            double det = hww * hbb - hwb * hwb;
            if (!(det > 1e-14 * Math.max(1, hww * hbb))) return null;
            double dw = (hbb * gw - hwb * gb) / det, db = (hww * gb - hwb * gw) / det;
            w += dw;
            b += db;
            if (!(Math.abs(w) < 1e4 && Math.abs(b) < 1e4)) return null;
            if (Math.abs(dw) + Math.abs(db) < 1e-12 * (1 + Math.abs(w) + Math.abs(b))) return new double[] {w, b};
        }
        return null;
    }
}
