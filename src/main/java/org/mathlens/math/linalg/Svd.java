package org.mathlens.math.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.mathlens.math.MathError;

/**
 * The thin singular value decomposition A = U Σ Vᵀ of an m×n matrix, r = min(m, n): U is m×r,
 * V is n×r (columns orthonormal), σ largest first. Signs are fixed so that a picture drawn from
 * it does not flip between two nearly equal matrices: each pair (uᵢ, vᵢ) is turned so that the
 * largest entry of vᵢ is positive, and, for square A, the last pair so that det V = +1 — then
 * Vᵀ is always a rotation and any reflection in A lives in U.
 *
 * @param u the left singular vectors as columns, m×r
 * @param sigma the singular values, largest first
 * @param v the right singular vectors as columns, n×r
 */
public record Svd(double[][] u, double[] sigma, double[][] v) {

    public static Svd of(double[][] a) {
        int m = a.length;
        int n = a[0].length;
        for (double[] row : a) {
            for (double x : row) {
                if (!Double.isFinite(x)) {
                    throw new MathError("svd needs finite numbers, and this matrix holds " + x);
                }
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> d = DecompositionFactory_DDRM.svd(m, n, true, true, true);
        if (!d.decompose(Linalg.matrix(a))) {
            throw new MathError("the singular value decomposition did not converge for this matrix");
        }
        DMatrixRMaj uu = d.getU(null, false);
        DMatrixRMaj vv = d.getV(null, false);
        double[] w = d.getSingularValues();
        int r = Math.min(m, n);
        Integer[] order = new Integer[r];
        for (int i = 0; i < r; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (p, q) -> Double.compare(w[q], w[p]));
        double[][] u = new double[m][r];
        double[][] v = new double[n][r];
        double[] s = new double[r];
        for (int k = 0; k < r; k++) {
            int j = order[k];
            s[k] = w[j];
            for (int i = 0; i < m; i++) {
                u[i][k] = uu.get(i, j);
            }
            for (int i = 0; i < n; i++) {
                v[i][k] = vv.get(i, j);
            }
        }
        for (int k = 0; k < r; k++) {
            int big = 0;
            for (int i = 1; i < n; i++) {
                if (Math.abs(v[i][k]) > Math.abs(v[big][k]) + 1e-12) {
                    big = i;
                }
            }
            if (v[big][k] < 0) {
                flip(u, v, k);
            }
        }
        if (m == n && Linalg.det(v) < 0) {
            flip(u, v, r - 1);
        }
        return new Svd(u, s, v);
    }

    private static void flip(double[][] u, double[][] v, int k) {
        for (double[] row : u) {
            row[k] = -row[k];
        }
        for (double[] row : v) {
            row[k] = -row[k];
        }
    }

    /** The number of σ above max(m, n)·σ₁·ε, the tolerance numpy's matrix_rank uses. */
    public int rank() {
        if (sigma.length == 0 || sigma[0] == 0) {
            return 0;
        }
        double tolerance = Math.max(u.length, v.length) * sigma[0] * Math.ulp(1.0);
        int r = 0;
        for (double x : sigma) {
            if (x > tolerance) {
                r++;
            }
        }
        return r;
    }

    /** σ₁ / σₙ, or +∞ when A has lost a dimension (rank below min(m, n)). */
    public double condition() {
        return rank() < sigma.length ? Double.POSITIVE_INFINITY : sigma[0] / sigma[sigma.length - 1];
    }
}
