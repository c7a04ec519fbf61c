package org.mathlens.explorables.ml;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

/**
 * The L2 fits of every degree 0…D at one λ from one QR. Degree d uses the first d + 1 columns
 * of the augmented system [X; √(nλ)·E] w ≈ [y; 0] that {@link PolynomialFit#ridge} solves at
 * degree D: the penalty rows of higher powers are zero in those columns, and zero rows change
 * no least-squares answer. A QR of the leading columns is the leading block of the whole QR,
 * so w_d = R_d⁻¹ (Qᵀb)_d. A degree whose block is singular (fewer points than weights without a
 * penalty, repeated x) is left to {@link PolynomialFit#ridge} and its minimum-norm answer.
 */
final class NestedRidge {
    private NestedRidge() {}

    /** weights[d] = the L2 fit at degree d, for d = 0…maxDegree. */
    static double[][] fits(double[] xs, double[] ys, int maxDegree, double lambda) {
        int n = xs.length, k = maxDegree + 1;
        int extra = lambda > 0 ? maxDegree : 0;
        int rows = n + extra;
        double[][] out = new double[k][];
        if (rows < k) {
            for (int d = 0; d < k; d++) out[d] = PolynomialFit.ridge(xs, ys, d, lambda);
            return out;
        }
        DMatrixRMaj a = new DMatrixRMaj(rows, k);
        double[] b = new double[rows];
        for (int i = 0; i < n; i++) {
            double[] row = PolynomialFit.powers(xs[i], maxDegree);
            for (int j = 0; j < k; j++) a.set(i, j, row[j]);
            b[i] = ys[i];
        }
        double root = Math.sqrt(n * lambda);
        for (int j = 1; j <= extra; j++) a.set(n + j - 1, j, root);
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(rows, k);
        if (!qr.decompose(a)) {
            for (int d = 0; d < k; d++) out[d] = PolynomialFit.ridge(xs, ys, d, lambda);
            return out;
        }
        DMatrixRMaj q = qr.getQ(null, true);
        DMatrixRMaj r = qr.getR(null, true);
        double[] qtb = new double[k];
        for (int j = 0; j < k; j++) {
            double s = 0;
            for (int i = 0; i < rows; i++) s += q.get(i, j) * b[i];
            qtb[j] = s;
        }
        double biggest = 0;
        for (int j = 0; j < k; j++) biggest = Math.max(biggest, Math.abs(r.get(j, j)));
        boolean singular = false;
        for (int d = 0; d < k; d++) {
            singular |= !(Math.abs(r.get(d, d)) > 1e-12 * biggest);
            out[d] = singular ? PolynomialFit.ridge(xs, ys, d, lambda) : backSubstitute(r, qtb, d + 1);
        }
        return out;
    }

    private static double[] backSubstitute(DMatrixRMaj r, double[] qtb, int m) {
        double[] w = new double[m];
        for (int i = m - 1; i >= 0; i--) {
            double s = qtb[i];
            for (int j = i + 1; j < m; j++) s -= r.get(i, j) * w[j];
            w[i] = s / r.get(i, i);
        }
        return w;
    }
}
