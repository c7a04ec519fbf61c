package org.mathlens.explorables.ml;

import org.ejml.simple.SimpleMatrix;

/**
 * Penalised polynomial least squares on raw powers 1, x, …, x^d, exactly as issue 17 defines it:
 * minimise (1/n) Σ (yᵢ − ŷᵢ)² + λ Σ_{j≥1} wⱼ² (L2) or + λ Σ_{j≥1} |wⱼ| (L1); w₀ is never penalised.
 * Pure: no JavaFX, immutable inputs, new arrays out.
 */
public final class PolynomialFit {

    /** Which penalty is added to the mean squared error. */
    public enum Penalty { NONE, L1, L2 }

    /** Coordinate descent stops when no weight moves more than this in one sweep. */
    static final double L1_TOLERANCE = 1e-12;
    static final int L1_MAX_SWEEPS = 200_000;

    private PolynomialFit() {}

    /** The design matrix row for x: 1, x, x², …, x^degree. */
    public static double[] powers(double x, int degree) {
        double[] row = new double[degree + 1];
        double p = 1;
        for (int j = 0; j <= degree; j++) {
            row[j] = p;
            p *= x;
        }
        return row;
    }

    /** ŷ = Σ wⱼ xʲ, by Horner's rule. */
    public static double predict(double[] w, double x) {
        double y = 0;
        for (int j = w.length - 1; j >= 0; j--) y = y * x + w[j];
        return y;
    }

    /** Mean squared error of w on the points; NaN when there are none (the caller says "undefined"). */
    public static double meanSquaredError(double[] w, double[] xs, double[] ys) {
        if (xs.length == 0) return Double.NaN;
        double sum = 0;
        for (int i = 0; i < xs.length; i++) {
            double r = ys[i] - predict(w, xs[i]);
            sum += r * r;
        }
        return sum / xs.length;
    }

    /** The penalised objective the fit minimises. */
    public static double objective(double[] w, double[] xs, double[] ys, Penalty penalty, double lambda) {
        double value = meanSquaredError(w, xs, ys);
        for (int j = 1; j < w.length; j++) {
            if (penalty == Penalty.L2) value += lambda * w[j] * w[j];
            if (penalty == Penalty.L1) value += lambda * Math.abs(w[j]);
        }
        return value;
    }

    /** The minimiser for the given penalty (NONE and λ = 0 are plain least squares). */
    public static double[] fit(double[] xs, double[] ys, int degree, Penalty penalty, double lambda) {
        requireInputs(xs, ys, degree, lambda);
        if (penalty == Penalty.L1 && lambda > 0) return lasso(xs, ys, degree, lambda);
        return ridge(xs, ys, degree, penalty == Penalty.NONE ? 0 : lambda);
    }

    /**
     * L2 in closed form without forming XᵀX (whose condition number squares and is hopeless at
     * degree 15): least squares on the augmented system [X; √(nλ)·E] w ≈ [y; 0], where E picks
     * w₁…w_d, solved by EJML's QR. With λ = 0 and fewer points than weights it is the
     * minimum-norm solution (pseudo-inverse), so a degree-15 fit through 8 points is defined.
     */
    public static double[] ridge(double[] xs, double[] ys, int degree, double lambda) {
        requireInputs(xs, ys, degree, lambda);
        int n = xs.length, k = degree + 1;
        int extra = lambda > 0 ? degree : 0;
        SimpleMatrix a = new SimpleMatrix(n + extra, k);
        SimpleMatrix b = new SimpleMatrix(n + extra, 1);
        for (int i = 0; i < n; i++) {
            double[] row = powers(xs[i], degree);
            for (int j = 0; j < k; j++) a.set(i, j, row[j]);
            b.set(i, 0, ys[i]);
        }
        double root = Math.sqrt(n * lambda);
        for (int j = 1; j <= extra; j++) a.set(n + j - 1, j, root);
        // with λ > 0 the penalty rows and the column of ones give full column rank: no SVD to ask
        boolean full = a.numRows() >= k && (extra > 0 || fullColumnRank(a));
        SimpleMatrix w = full ? a.solve(b) : a.pseudoInverse().mult(b);
        double[] out = new double[k];
        for (int j = 0; j < k; j++) out[j] = w.get(j, 0);
        return out;
    }

    private static boolean fullColumnRank(SimpleMatrix a) {
        return a.svd(true).rank() == a.numCols();
    }

    /** L1 from all-zero weights: see {@link #lasso(double[], double[], int, double, double[])}. */
    static double[] lasso(double[] xs, double[] ys, int degree, double lambda) {
        return lasso(xs, ys, degree, lambda, new double[degree + 1]);
    }

    /**
     * L1 exactly by {@link LassoActiveSet}, whose first guess of the non-zero weights is
     * {@code start}'s (a neighbouring λ's answer makes it a step or two). Raw powers to x¹⁵ are
     * so collinear that coordinate descent alone stalled short of the optimum; it remains for
     * the singular case (fewer points than active weights).
     */
    static double[] lasso(double[] xs, double[] ys, int degree, double lambda, double[] start) {
        double[] exact = LassoActiveSet.solve(xs, ys, degree, lambda, start);
        return exact != null ? exact : coordinateDescent(xs, ys, degree, lambda, start);
    }

    /**
     * L1 by cyclic coordinate descent: each wⱼ (j ≥ 1) becomes soft-threshold(cⱼ, λ)/aⱼ with
     * aⱼ = (2/n) Σ xᵢⱼ² and cⱼ = (2/n) Σ xᵢⱼ (rᵢ + xᵢⱼ wⱼ); w₀ is the unpenalised mean of the
     * partial residuals. Sweeps continue until no weight moves more than {@link #L1_TOLERANCE}.
     */
    static double[] coordinateDescent(double[] xs, double[] ys, int degree, double lambda, double[] start) {
        int n = xs.length, k = degree + 1;
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) x[i] = powers(xs[i], degree);
        double[] a = new double[k];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < n; i++) a[j] += 2.0 / n * x[i][j] * x[i][j];
        }
        double[] w = start.clone();
        double[] r = ys.clone();
        for (int i = 0; i < n; i++) r[i] -= predict(w, xs[i]);
        for (int sweep = 0; sweep < L1_MAX_SWEEPS; sweep++) {
            double largestMove = 0;
            for (int j = 0; j < k; j++) {
                if (a[j] == 0) continue; // a column of zeros (all x = 0): its weight stays 0
                double c = 0;
                for (int i = 0; i < n; i++) c += 2.0 / n * x[i][j] * (r[i] + x[i][j] * w[j]);
                double next = j == 0 ? c / a[j] : softThreshold(c, lambda) / a[j];
                double move = next - w[j];
                if (move != 0) {
                    for (int i = 0; i < n; i++) r[i] -= x[i][j] * move;
                    w[j] = next;
                }
                largestMove = Math.max(largestMove, Math.abs(move));
            }
            if (largestMove < L1_TOLERANCE) break;
        }
        return w;
    }

    static double softThreshold(double c, double lambda) {
        if (c > lambda) return c - lambda;
        if (c < -lambda) return c + lambda;
        return 0;
    }

    private static void requireInputs(double[] xs, double[] ys, int degree, double lambda) {
        if (xs.length != ys.length) throw new IllegalArgumentException("x and y have different lengths");
        if (xs.length == 0) throw new IllegalArgumentException("there are no points to fit");
        if (degree < 0) throw new IllegalArgumentException("the degree must be 0 or more");
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("λ must be a finite number ≥ 0");
        }
    }
}
