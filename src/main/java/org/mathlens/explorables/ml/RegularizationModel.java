package org.mathlens.explorables.ml;

import org.mathlens.explorables.ml.PolynomialFit.Penalty;
import org.mathlens.explorables.ml.RegularizationData.Curve;

/**
 * The regularization pane's mathematics: one penalised polynomial fit of the training points
 * (issue 17's objective, by {@link PolynomialFit}), its mean squared errors on the training and
 * validation points, and the two-weight slice of its loss that shows why L1 gives exact zeros.
 * The sweeps over degree and λ are {@link RegularizationSweeps}. Pure: no JavaFX.
 */
public final class RegularizationModel {
    public static final int MAX_DEGREE = 15;

    /** What is fitted: training and validation points (x, y), the true curve when known (else null), and the fit's settings. */
    public record Problem(double[][] train, double[][] validation, Curve curve, int degree, Penalty penalty, double lambda) {
        double[] xs() {
            return column(train, 0);
        }

        double[] ys() {
            return column(train, 1);
        }

        double[] validationXs() {
            return column(validation, 0);
        }

        double[] validationYs() {
            return column(validation, 1);
        }

        /** λ as the fit sees it: no penalty is λ = 0. */
        double effectiveLambda() {
            return penalty == Penalty.NONE ? 0 : lambda;
        }
    }

    private Problem problem;
    private double[] weights = {0};
    private double trainError = Double.NaN;
    private double validationError = Double.NaN;
    private Slice slice;
    private RegularizationSweeps.ByDegree byDegree;
    private RegularizationSweeps.ByLambda byLambda;
    private Problem degreeSweptFor;
    private Problem lambdaSweptFor;

    /**
     * Fits, and sweeps again only what the change touched: the error against degree depends on
     * (data, penalty, λ), the error and paths against λ on (data, degree, penalty). Each sweep
     * takes about a millisecond at degree 15 (L2 from one SVD, L1 by warm-started active sets),
     * so both run here, inside the frame, and the charts always match the fit.
     */
    public void set(Problem p) {
        problem = p;
        if (!sameData(degreeSweptFor, p) || p.penalty() != degreeSweptFor.penalty()
                || p.effectiveLambda() != degreeSweptFor.effectiveLambda()) {
            byDegree = RegularizationSweeps.byDegree(p, () -> { });
            degreeSweptFor = p;
        }
        if (!sameData(lambdaSweptFor, p) || p.penalty() != lambdaSweptFor.penalty()
                || p.degree() != lambdaSweptFor.degree()) {
            byLambda = RegularizationSweeps.byLambda(p, () -> { });
            lambdaSweptFor = p;
        }
        weights = PolynomialFit.fit(p.xs(), p.ys(), p.degree(), p.penalty(), p.effectiveLambda());
        trainError = PolynomialFit.meanSquaredError(weights, p.xs(), p.ys());
        validationError = PolynomialFit.meanSquaredError(weights, p.validationXs(), p.validationYs());
        slice = p.degree() >= 2 ? Slice.of(p.xs(), p.ys(), weights, 1, 2) : null;
    }

    private static boolean sameData(Problem a, Problem b) {
        return a != null && java.util.Arrays.deepEquals(a.train(), b.train()) && java.util.Arrays.deepEquals(a.validation(), b.validation());
    }

    /** Training and validation error at each degree 0…15, with this penalty and λ. */
    public RegularizationSweeps.ByDegree byDegree() {
        return byDegree;
    }

    /** Errors and weights along the λ grid at this degree; null without a penalty. */
    public RegularizationSweeps.ByLambda byLambda() {
        return byLambda;
    }

    public Problem problem() {
        return problem;
    }

    /** w₀…w_d. */
    public double[] weights() {
        return weights.clone();
    }

    public double weight(int j) {
        return weights[j];
    }

    public int degree() {
        return weights.length - 1;
    }

    public double predict(double x) {
        return PolynomialFit.predict(weights, x);
    }

    public double trainError() {
        return trainError;
    }

    /** NaN without validation points. */
    public double validationError() {
        return validationError;
    }

    public boolean hasValidation() {
        return problem != null && problem.validation().length > 0;
    }

    /** How many of w₁…w_d are exactly zero. */
    public int zeroWeights() {
        int zeros = 0;
        for (int j = 1; j < weights.length; j++) {
            if (weights[j] == 0) zeros++;
        }
        return zeros;
    }

    /** The loss over (w₁, w₂) with the other weights held at the fit's; null below degree 2. */
    public Slice slice() {
        return slice;
    }

    /** The objective the fit minimised, at its minimum. */
    public double objective() {
        return PolynomialFit.objective(weights, problem.xs(), problem.ys(), problem.penalty(), problem.effectiveLambda());
    }

    static double[] column(double[][] rows, int c) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) out[i] = rows[i][c];
        return out;
    }

    /**
     * The mean squared error as a function of two weights wⱼ, w_k, the rest fixed at the fit:
     * MSE(a, b) = (rr − 2a·pj − 2b·pk + a²·jj + 2ab·jk + b²·kk) / n, an elliptic bowl. The
     * penalised fit is the constrained one, so its (wⱼ, w_k) is where the bowl's lowest contour
     * touches |a| + |b| ≤ |wⱼ| + |w_k| (L1) or a² + b² ≤ wⱼ² + w_k² (L2).
     */
    public record Slice(int j, int k, double jj, double jk, double kk, double pj, double pk, double rr, int n, double wj, double wk) {
        static Slice of(double[] xs, double[] ys, double[] w, int j, int k) {
            double[] rest = w.clone();
            rest[j] = 0;
            rest[k] = 0;
            double jj = 0, jk = 0, kk = 0, pj = 0, pk = 0, rr = 0;
            for (int i = 0; i < xs.length; i++) {
                double xj = Math.pow(xs[i], j);
                double xk = Math.pow(xs[i], k);
                double r = ys[i] - PolynomialFit.predict(rest, xs[i]);
                jj += xj * xj;
                jk += xj * xk;
                kk += xk * xk;
                pj += r * xj;
                pk += r * xk;
                rr += r * r;
            }
            return new Slice(j, k, jj, jk, kk, pj, pk, rr, xs.length, w[j], w[k]);
        }

        public double mse(double a, double b) {
            return (rr - 2 * a * pj - 2 * b * pk + a * a * jj + 2 * a * b * jk + b * b * kk) / n;
        }

        /** The bowl's bottom, the unpenalised best (a, b); null when the bowl is flat in some direction. */
        public double[] centre() {
            double det = jj * kk - jk * jk;
            if (!(Math.abs(det) > 1e-12 * Math.max(1, jj * kk))) return null;
            return new double[] {(kk * pj - jk * pk) / det, (jj * pk - jk * pj) / det};
        }

        /** The L1 budget |wⱼ| + |w_k| of the fit. */
        public double l1Budget() {
            return Math.abs(wj) + Math.abs(wk);
        }

        /** The L2 radius √(wⱼ² + w_k²) of the fit. */
        public double l2Radius() {
            return Math.hypot(wj, wk);
        }

        /** The contour level through the fit's point: the lowest the bowl gets inside the region. */
        public double level() {
            return mse(wj, wk);
        }
    }
}
