package org.mathlens.explorables.ml;

import org.mathlens.explorables.ml.PolynomialFit.Penalty;
import org.mathlens.explorables.ml.RegularizationModel.Problem;

/**
 * The regularization pane's sweeps: training and validation error against the degree (at the
 * chosen penalty and λ), and against λ on a log grid (at the chosen degree) with every weight's
 * path. Pure and deterministic; {@code check} is called between fits so a caller can cancel.
 */
public final class RegularizationSweeps {
    /** λ from 10⁻⁶ to 10, eight steps a decade. */
    public static final double[] LAMBDAS = logGrid(-6, 1, 8);

    /** Errors indexed by degree 0…15. */
    public record ByDegree(double[] train, double[] validation) {
        /** The degree with the lowest validation error (ties: the lower degree); −1 without validation points. */
        public int bestDegree() {
            int best = -1;
            for (int d = 0; d < validation.length; d++) {
                if (Double.isFinite(validation[d]) && (best < 0 || validation[d] < validation[best])) best = d;
            }
            return best;
        }
    }

    /**
     * Errors and weights at each λ of {@link #LAMBDAS} (paths[i] = w₀…w_d at λᵢ), and for L1 the
     * smallest λ at which a weight w₁…w_d is exactly zero (NaN for L2 or when none is within the grid).
     */
    public record ByLambda(double[] lambdas, double[] train, double[] validation, double[][] paths, double firstZero) {
    }

    private RegularizationSweeps() {}

    public static ByDegree byDegree(Problem p, Runnable check) {
        int n = RegularizationModel.MAX_DEGREE + 1;
        double[] train = new double[n];
        double[] validation = new double[n];
        double[] xs = p.xs(), ys = p.ys(), vx = p.validationXs(), vy = p.validationYs();
        // L2 and plain least squares: every degree from one QR; L1: one active-set solve each
        double[][] l2 = p.penalty() == Penalty.L1 && p.effectiveLambda() > 0 ? null
                : NestedRidge.fits(xs, ys, n - 1, p.effectiveLambda());
        for (int d = 0; d < n; d++) {
            check.run();
            double[] w = l2 != null ? l2[d] : PolynomialFit.fit(xs, ys, d, p.penalty(), p.effectiveLambda());
            train[d] = PolynomialFit.meanSquaredError(w, xs, ys);
            validation[d] = PolynomialFit.meanSquaredError(w, vx, vy);
        }
        return new ByDegree(train, validation);
    }

    /** Null for no penalty: λ then changes nothing. */
    public static ByLambda byLambda(Problem p, Runnable check) {
        if (p.penalty() == Penalty.NONE) return null;
        double[] xs = p.xs(), ys = p.ys(), vx = p.validationXs(), vy = p.validationYs();
        int m = LAMBDAS.length;
        double[][] paths = new double[m][];
        if (p.penalty() == Penalty.L2) {
            RidgePath path = new RidgePath(xs, ys, p.degree());
            for (int i = 0; i < m; i++) paths[i] = path.at(LAMBDAS[i]);
        } else {
            // from the largest λ down, each fit starting from the last: a few sweeps each
            double[] start = new double[p.degree() + 1];
            for (int i = m - 1; i >= 0; i--) {
                check.run();
                paths[i] = PolynomialFit.lasso(xs, ys, p.degree(), LAMBDAS[i], start);
                start = paths[i];
            }
        }
        double[] train = new double[m];
        double[] validation = new double[m];
        for (int i = 0; i < m; i++) {
            train[i] = PolynomialFit.meanSquaredError(paths[i], xs, ys);
            validation[i] = PolynomialFit.meanSquaredError(paths[i], vx, vy);
        }
        double firstZero = p.penalty() == Penalty.L1 ? firstZero(xs, ys, p.degree(), paths, check) : Double.NaN;
        return new ByLambda(LAMBDAS.clone(), train, validation, paths, firstZero);
    }

    /**
     * The first grid λ with an exact zero, then bisection between it and the grid λ below it
     * (which has none) to a relative width of 10⁻⁴: the λ at which the first weight snaps to 0.
     */
    static double firstZero(double[] xs, double[] ys, int degree, double[][] paths, Runnable check) {
        int first = -1;
        for (int i = 0; i < paths.length && first < 0; i++) {
            if (hasZero(paths[i])) first = i;
        }
        if (first <= 0) return first == 0 ? LAMBDAS[0] : Double.NaN;
        double lo = LAMBDAS[first - 1], hi = LAMBDAS[first];
        double[] start = paths[first];
        while (hi / lo > 1 + 1e-4) {
            check.run();
            double mid = Math.sqrt(lo * hi);
            double[] w = PolynomialFit.lasso(xs, ys, degree, mid, start);
            if (hasZero(w)) {
                hi = mid;
                start = w;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private static boolean hasZero(double[] w) {
        for (int j = 1; j < w.length; j++) {
            if (w[j] == 0) return true;
        }
        return false;
    }

    private static double[] logGrid(int fromExp, int toExp, int perDecade) {
        int n = (toExp - fromExp) * perDecade + 1;
        double[] g = new double[n];
        for (int i = 0; i < n; i++) g[i] = Math.pow(10, fromExp + (double) i / perDecade);
        return g;
    }
}
