package org.mathlens.explorables.ml;

import org.ejml.simple.SimpleMatrix;
import org.ejml.simple.SimpleSVD;

/**
 * Every L2 fit of one data set and degree, one per λ, from one SVD. The intercept is not
 * penalised, so w₀ = ȳ − Σ x̄ⱼ wⱼ and w₁…w_d is ridge on the centred powers Xc = U S Vᵀ:
 * w = V diag(sᵢ / (sᵢ² + nλ)) Uᵀ yc. Each λ then costs d² instead of a QR, which lets the pane
 * redraw the whole error-against-λ curve while a point is dragged. λ = 0 is handed to
 * {@link PolynomialFit#ridge}, whose minimum-norm answer covers fewer points than weights.
 */
final class RidgePath {
    private final double[] xs;
    private final double[] ys;
    private final int degree;
    private final double[] means;
    private final double yMean;
    private final double[] s;
    private final double[] uty;
    private final double[][] v;

    RidgePath(double[] xs, double[] ys, int degree) {
        this.xs = xs.clone();
        this.ys = ys.clone();
        this.degree = degree;
        int n = xs.length;
        means = new double[degree + 1];
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = PolynomialFit.powers(xs[i], degree);
            for (int j = 1; j <= degree; j++) means[j] += rows[i][j] / n;
        }
        double ym = 0;
        for (double y : ys) ym += y / n;
        yMean = ym;
        if (degree == 0) {
            s = new double[0];
            uty = new double[0];
            v = new double[0][0];
            return;
        }
        SimpleMatrix xc = new SimpleMatrix(n, degree);
        for (int i = 0; i < n; i++) {
            for (int j = 1; j <= degree; j++) xc.set(i, j - 1, rows[i][j] - means[j]);
        }
        SimpleSVD<SimpleMatrix> svd = xc.svd(true);
        SimpleMatrix u = svd.getU();
        SimpleMatrix w = svd.getW();
        SimpleMatrix vv = svd.getV();
        int r = Math.min(w.numRows(), w.numCols());
        s = new double[r];
        uty = new double[r];
        v = new double[degree][r];
        for (int k = 0; k < r; k++) {
            s[k] = w.get(k, k);
            double dot = 0;
            for (int i = 0; i < n; i++) dot += u.get(i, k) * (ys[i] - yMean);
            uty[k] = dot;
            for (int j = 0; j < degree; j++) v[j][k] = vv.get(j, k);
        }
    }

    int degree() {
        return degree;
    }

    /** The weights w₀…w_d minimising (1/n) Σ (yᵢ − ŷᵢ)² + λ Σⱼ≥₁ wⱼ². */
    double[] at(double lambda) {
        if (!(lambda > 0)) return PolynomialFit.ridge(xs, ys, degree, 0);
        double[] w = new double[degree + 1];
        double nl = xs.length * lambda;
        double[] shrunk = new double[s.length];
        for (int k = 0; k < s.length; k++) shrunk[k] = s[k] / (s[k] * s[k] + nl) * uty[k];
        double w0 = yMean;
        for (int j = 1; j <= degree; j++) {
            double sum = 0;
            for (int k = 0; k < s.length; k++) sum += v[j - 1][k] * shrunk[k];
            w[j] = sum;
            w0 -= means[j] * sum;
        }
        w[0] = w0;
        return w;
    }
}
