package org.mathlens.explorables.ml;

import org.mathlens.math.Numbers;

/**
 * The mle pane's state: which model, its data and its parameters, and everything drawn or read
 * from them. Each model has two free parameters (u, v) whose log-likelihood landscape the pane
 * maps: gaussian (μ, σ), regression (m, b) at the chosen σ, bernoulli (w, b). Data that do not
 * suit the model leave it unsolved with one sentence saying why.
 */
public final class MleModel {
    /** The three likelihoods. */
    public enum Kind {
        GAUSSIAN("μ", "σ"), REGRESSION("m", "b"), BERNOULLI("w", "b");

        private final String u;
        private final String v;

        Kind(String u, String v) {
            this.u = u;
            this.v = v;
        }

        /** The landscape's horizontal parameter's symbol. */
        public String u() {
            return u;
        }

        public String v() {
            return v;
        }
    }

    private Kind kind = Kind.GAUSSIAN;
    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private int[] labels = new int[0];
    private double mu;
    private double sigma = 1;
    private double m;
    private double b;
    private double w;
    private String problem = "no data yet";
    private double[] best;

    /**
     * Sets everything at once. Gaussian reads the first column; regression the points (x, y);
     * bernoulli the first column as x and the last as a label that must be 0 or 1.
     */
    public void set(Kind kind, double[][] rows, double mu, double sigma, double m, double b, double w) {
        this.kind = kind;
        this.mu = mu;
        this.sigma = sigma;
        this.m = m;
        this.b = b;
        this.w = w;
        problem = readData(rows);
        best = problem != null ? null : switch (kind) {
            case GAUSSIAN -> {
                double s = Likelihood.sigmaHat(xs);
                yield s > 0 ? new double[] {Likelihood.muHat(xs), s} : null;
            }
            case REGRESSION -> Likelihood.lineFit(xs, ys);
            case BERNOULLI -> Likelihood.logisticFit(xs, labels);
        };
    }

    private String readData(double[][] rows) {
        int n = rows.length;
        xs = new double[n];
        ys = new double[n];
        labels = new int[n];
        if (n < 2) {
            return "the data need at least 2 rows";
        }
        for (int i = 0; i < n; i++) {
            xs[i] = rows[i][0];
            ys[i] = rows[i][rows[i].length - 1];
        }
        if (kind == Kind.GAUSSIAN) {
            return null;
        }
        if (rows[0].length < 2) {
            return kind == Kind.REGRESSION
                    ? "regression needs points (x, y): choose the sample, clinical-trial or a two-column matrix"
                    : "bernoulli needs labelled points (x, label): choose the sample or a two-column matrix";
        }
        if (kind == Kind.BERNOULLI) {
            for (int i = 0; i < n; i++) {
                if (ys[i] != 0 && ys[i] != 1) {
                    return "bernoulli needs each label to be 0 or 1; row " + (i + 1) + " has " + Numbers.brief(ys[i], 4);
                }
                labels[i] = (int) ys[i];
            }
        }
        return null;
    }

    public Kind kind() {
        return kind;
    }

    /** Null when solved, else the sentence saying what is wrong with the data for this model. */
    public String problem() {
        return problem;
    }

    public boolean solved() {
        return problem == null;
    }

    /** The smallest and largest x of the sample: the data axis the pictures widen. */
    public double[] xExtent() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n(); i++) {
            lo = Math.min(lo, x(i));
            hi = Math.max(hi, x(i));
        }
        return new double[] {lo, hi};
    }

    public int n() {
        return xs.length;
    }

    public double x(int i) {
        return xs[i];
    }

    /** The second column (regression's y, bernoulli's label). */
    public double y(int i) {
        return ys[i];
    }

    public int label(int i) {
        return labels[i];
    }

    public double[] xs() {
        return xs.clone();
    }

    public double[] ys() {
        return ys.clone();
    }

    public double mu() {
        return mu;
    }

    public double sigma() {
        return sigma;
    }

    public double m() {
        return m;
    }

    public double b() {
        return b;
    }

    public double w() {
        return w;
    }

    /** Σ log P(data point i), under the current model and parameters. */
    public double logLikelihood() {
        return logLikelihoodAt(u(), v());
    }

    /** The log-likelihood with the landscape's two parameters moved to (u, v), the rest held. */
    public double logLikelihoodAt(double u, double v) {
        return switch (kind) {
            case GAUSSIAN -> v > 0 ? Likelihood.gaussianLogLikelihood(xs, u, v) : Double.NaN;
            case REGRESSION -> Likelihood.regressionLogLikelihood(xs, ys, u, v, sigma);
            case BERNOULLI -> Likelihood.bernoulliLogLikelihood(xs, labels, u, v);
        };
    }

    /** The current point on the landscape. */
    public double u() {
        return switch (kind) {
            case GAUSSIAN -> mu;
            case REGRESSION -> m;
            case BERNOULLI -> w;
        };
    }

    public double v() {
        return kind == Kind.GAUSSIAN ? sigma : b;
    }

    /** The maximum-likelihood (u, v), or null when there is no finite one. */
    public double[] best() {
        return best == null ? null : best.clone();
    }

    /** The likelihood itself, the product of the points' probabilities (underflows to 0 for big samples). */
    public double likelihood() {
        return Math.exp(logLikelihood());
    }

    /** Point i's own probability: its density (gaussian, regression) or the probability of its label. */
    public double probability(int i) {
        return Math.exp(logProbability(i));
    }

    public double logProbability(int i) {
        return switch (kind) {
            case GAUSSIAN -> Likelihood.logNormal(xs[i], mu, sigma);
            case REGRESSION -> Likelihood.logNormal(ys[i], m * xs[i] + b, sigma);
            case BERNOULLI -> Likelihood.bernoulliLogLikelihood(new double[] {xs[i]}, new int[] {labels[i]}, w, b);
        };
    }

    public double muHat() {
        return Likelihood.muHat(xs);
    }

    public double sigmaHat() {
        return Likelihood.sigmaHat(xs);
    }

    public double mse() {
        return Likelihood.lineMse(xs, ys, m, b);
    }

    /** −(n/2)·log(2πσ²) − n·MSE/(2σ²): the regression log-likelihood through the MSE. */
    public double identity() {
        int n = xs.length;
        return -n / 2.0 * Math.log(2 * Math.PI * sigma * sigma) - n * mse() / (2 * sigma * sigma);
    }

    /** P(1 | x) = σ(w·x + b). */
    public double p(double x) {
        return Likelihood.logistic(w * x + b);
    }

    public double crossEntropy() {
        return Likelihood.crossEntropy(xs, labels, w, b);
    }

    public double accuracy() {
        return Likelihood.accuracy(xs, labels, w, b);
    }
}
