package org.mathlens.explorables.decompositions;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.mathlens.math.MathError;

/**
 * Principal component analysis of n examples with d features, as scikit-learn does it: the
 * data are centred (and, when asked, standardized: divided by each column's population standard
 * deviation, as StandardScaler does), the covariance C = ZᵀZ / (n − 1) is decomposed, and its
 * eigenvalues λ₁ ≥ … ≥ λ_d are the variances along the principal axes. Each axis is a unit row
 * whose largest-magnitude entry is positive, so the picture does not flip sign between two
 * nearly equal clouds. One fit is immutable: it is what a background job hands over.
 *
 * <p>"PCA units" are the units the decomposition saw: the data's own when not standardized,
 * standard deviations when standardized. The reconstruction error is the mean squared error over
 * all n·d entries in those units, and it equals (n − 1)/(n·d) · Σ_{j>k} λ_j.
 */
public final class PcaModel {
    private final int n;
    private final int d;
    private final double[] mean;
    private final double[] scale;
    private final double[][] covariance;
    private final double[] lambda;
    private final double[][] axes;
    private final double[][] scores;
    private final double[] errors;
    private final double total;

    private PcaModel(double[][] x, boolean standardize) {
        n = x.length;
        d = x[0].length;
        mean = new double[d];
        scale = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        double[][] z = new double[n][d];
        for (int j = 0; j < d; j++) {
            double ss = 0;
            for (int i = 0; i < n; i++) {
                double c = x[i][j] - mean[j];
                ss += c * c;
            }
            double sd = Math.sqrt(ss / n);
            // a constant column keeps scale 1, as StandardScaler does: there is nothing to divide
            scale[j] = standardize && sd > 1e-12 * (1 + Math.abs(mean[j])) ? sd : 1;
            for (int i = 0; i < n; i++) {
                z[i][j] = (x[i][j] - mean[j]) / scale[j];
            }
        }
        covariance = covarianceOf(z);
        double[][] eig = new double[d][];
        lambda = new double[d];
        eigen(covariance, lambda, eig);
        axes = eig;
        double t = 0;
        for (double l : lambda) {
            t += l;
        }
        total = t;
        scores = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                scores[i][j] = dot(z[i], axes[j]);
            }
        }
        errors = residualErrors(z);
    }

    /** The PCA of these rows (n ≥ 2 examples, d ≥ 1 features, all finite). */
    public static PcaModel of(double[][] x, boolean standardize) {
        if (x.length < 2) {
            throw new MathError("PCA needs at least two examples");
        }
        for (double[] row : x) {
            if (row.length != x[0].length || row.length == 0) {
                throw new MathError("PCA needs every example to have the same number of features");
            }
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    throw new MathError("PCA needs finite numbers, and this data holds " + v);
                }
            }
        }
        return new PcaModel(x, standardize);
    }

    private double[][] covarianceOf(double[][] z) {
        double[][] c = new double[d][d];
        for (double[] row : z) {
            for (int a = 0; a < d; a++) {
                double ra = row[a];
                if (ra == 0) {
                    continue;
                }
                double[] ca = c[a];
                for (int b = a; b < d; b++) {
                    ca[b] += ra * row[b];
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                c[a][b] /= n - 1;
                c[b][a] = c[a][b];
            }
        }
        return c;
    }

    /** EJML's symmetric eigen-decomposition, sorted largest first, with the sign convention applied. */
    private static void eigen(double[][] c, double[] values, double[][] vectors) {
        int d = c.length;
        EigenDecomposition_F64<DMatrixRMaj> e = DecompositionFactory_DDRM.eig(d, true, true);
        if (!e.decompose(new DMatrixRMaj(c))) {
            throw new MathError("the eigen-decomposition of the covariance did not converge");
        }
        Integer[] order = new Integer[d];
        double[] raw = new double[d];
        for (int i = 0; i < d; i++) {
            order[i] = i;
            raw[i] = e.getEigenvalue(i).getReal();
        }
        java.util.Arrays.sort(order, (p, q) -> Double.compare(raw[q], raw[p]));
        for (int k = 0; k < d; k++) {
            int j = order[k];
            // rounding can leave a zero variance at −1e−17: a variance is never negative
            values[k] = Math.max(0, raw[j]);
            DMatrixRMaj v = e.getEigenVector(j);
            double[] a = new double[d];
            double norm = 0;
            int big = 0;
            for (int i = 0; i < d; i++) {
                a[i] = v.get(i, 0);
                norm += a[i] * a[i];
                if (Math.abs(a[i]) > Math.abs(a[big]) + 1e-12) {
                    big = i;
                }
            }
            double f = (a[big] < 0 ? -1 : 1) / Math.sqrt(norm);
            for (int i = 0; i < d; i++) {
                a[i] = a[i] * f + 0.0;
            }
            vectors[k] = a;
        }
    }

    /** errors[k]: the mean squared residual after rebuilding every example from k axes, measured directly. */
    private double[] residualErrors(double[][] z) {
        double[] err = new double[d + 1];
        double[] r = new double[d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(z[i], 0, r, 0, d);
            for (int k = 0; k <= d; k++) {
                err[k] += dot(r, r);
                if (k < d) {
                    double s = scores[i][k];
                    double[] a = axes[k];
                    for (int j = 0; j < d; j++) {
                        r[j] -= s * a[j];
                    }
                }
            }
        }
        for (int k = 0; k <= d; k++) {
            err[k] /= (double) n * d;
        }
        return err;
    }

    private static double dot(double[] u, double[] v) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            s += u[i] * v[i];
        }
        return s;
    }

    public int size() {
        return n;
    }

    public int dimension() {
        return d;
    }

    /** k kept within 1 … d. */
    public int clamp(int k) {
        return Math.max(1, Math.min(d, k));
    }

    public double[] mean() {
        return mean.clone();
    }

    public double mean(int j) {
        return mean[j];
    }

    /** The divisor of each column: its standard deviation when standardized, else 1. */
    public double scale(int j) {
        return scale[j];
    }

    /** C = ZᵀZ / (n − 1) of the centred (or standardized) data Z. */
    public double[][] covariance() {
        return copy(covariance);
    }

    public double covariance(int a, int b) {
        return covariance[a][b];
    }

    /** λ, largest first: the variance along each principal axis. */
    public double[] variances() {
        return lambda.clone();
    }

    public double variance(int j) {
        return lambda[j];
    }

    /** True when there is spread to explain (not every example the same point). */
    public boolean hasSpread() {
        return total > 1e-300;
    }

    /** λⱼ / Σλ for every component, largest first; NaN when there is no spread. */
    public double[] explained() {
        double[] r = new double[d];
        for (int j = 0; j < d; j++) {
            r[j] = explained(j);
        }
        return r;
    }

    public double explained(int j) {
        return hasSpread() ? lambda[j] / total : Double.NaN;
    }

    /** The share of the variance the first k components explain together. */
    public double cumulative(int k) {
        double s = 0;
        for (int j = 0; j < clamp(k); j++) {
            s += lambda[j];
        }
        return hasSpread() ? s / total : Double.NaN;
    }

    /** The first k principal axes as unit rows (k×d). */
    public double[][] axes(int k) {
        double[][] a = new double[clamp(k)][];
        for (int j = 0; j < a.length; j++) {
            a[j] = axes[j].clone();
        }
        return a;
    }

    public double axis(int j, int i) {
        return axes[j][i];
    }

    /** Example i's coordinate along axis j (its projection, in PCA units). */
    public double score(int i, int j) {
        return scores[i][j];
    }

    /** Example i rebuilt from its first k components, in the data's own units. */
    public double[] rebuild(int i, int k) {
        double[] x = new double[d];
        int kk = Math.max(0, Math.min(d, k));
        for (int j = 0; j < d; j++) {
            double s = 0;
            for (int c = 0; c < kk; c++) {
                s += scores[i][c] * axes[c][j];
            }
            x[j] = mean[j] + scale[j] * s;
        }
        return x;
    }

    /** Component j (0-based) of example i's rebuild from k components, in the data's units. */
    public double rebuilt(int i, int k, int j) {
        double s = 0;
        for (int c = 0; c < Math.min(d, k); c++) {
            s += scores[i][c] * axes[c][j];
        }
        return mean[j] + scale[j] * s;
    }

    /** Mean squared error of the rebuild from k components over all n·d entries, in PCA units. */
    public double reconstructionError(int k) {
        return errors[Math.max(0, Math.min(d, k))];
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
