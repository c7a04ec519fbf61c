package org.mathlens.explorables.ml;

import org.ejml.simple.SimpleMatrix;

/**
 * The L1 fit solved exactly by an active set (Lee, Battle, Raina &amp; Ng's feature-sign search):
 * guess which weights are non-zero and their signs, solve that smaller problem in closed form,
 * walk back to where a sign would flip, and repeat until the optimality conditions hold. On raw
 * powers to x¹⁵ coordinate descent crawls along nearly collinear columns; this takes a handful
 * of small linear solves. The intercept is not penalised, so the data are centred first and
 * w₀ = ȳ − Σ x̄ⱼ wⱼ. Returns null when an active problem is singular (fewer points than active
 * weights): the caller then uses coordinate descent.
 */
final class LassoActiveSet {
    private static final int MAX_STEPS = 2_000;

    private final int d;
    private final double lambda;
    private final double[][] g;
    private final double[] c;
    private final double[] means;
    private final double yMean;
    private final double scale;

    private LassoActiveSet(double[] xs, double[] ys, int degree, double lambda) {
        int n = xs.length;
        d = degree;
        this.lambda = lambda;
        means = new double[d + 1];
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = PolynomialFit.powers(xs[i], degree);
            for (int j = 1; j <= d; j++) means[j] += rows[i][j] / n;
        }
        double ym = 0;
        for (double y : ys) ym += y / n;
        yMean = ym;
        // the smooth part's gradient is G w − c with G = (2/n) XcᵀXc and c = (2/n) Xcᵀyc
        g = new double[d][d];
        c = new double[d];
        double biggest = 0;
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < d; a++) {
                double xa = rows[i][a + 1] - means[a + 1];
                c[a] += 2.0 / n * xa * (ys[i] - yMean);
                for (int b = 0; b < d; b++) g[a][b] += 2.0 / n * xa * (rows[i][b + 1] - means[b + 1]);
            }
        }
        for (int a = 0; a < d; a++) biggest = Math.max(biggest, Math.max(Math.abs(c[a]), g[a][a]));
        scale = Math.max(biggest, lambda);
    }

    /** The weights w₀…w_d, starting from {@code start}'s non-zero pattern; null when singular. */
    static double[] solve(double[] xs, double[] ys, int degree, double lambda, double[] start) {
        if (degree == 0) return new double[] {mean(ys)};
        LassoActiveSet s = new LassoActiveSet(xs, ys, degree, lambda);
        double[] w = new double[degree];
        for (int j = 0; j < degree; j++) w[j] = start[j + 1];
        double[] solved = s.run(w);
        if (solved == null) return null;
        double[] out = new double[degree + 1];
        double w0 = s.yMean;
        for (int j = 1; j <= degree; j++) {
            out[j] = solved[j - 1] + 0.0;
            w0 -= s.means[j] * solved[j - 1];
        }
        out[0] = w0;
        return out;
    }

    private double[] run(double[] w) {
        double[] theta = new double[d];
        for (int j = 0; j < d; j++) theta[j] = Math.signum(w[j]);
        double slack = 1e-13 * scale;
        for (int step = 0; step < MAX_STEPS; step++) {
            double[] grad = gradient(w);
            boolean signsHold = true;
            for (int j = 0; j < d; j++) {
                if (w[j] != 0 && Math.abs(grad[j] + lambda * theta[j]) > 1e-10 * scale) signsHold = false;
            }
            if (signsHold) {
                int worst = -1;
                for (int j = 0; j < d; j++) {
                    if (w[j] == 0 && Math.abs(grad[j]) > lambda + slack && (worst < 0 || Math.abs(grad[j]) > Math.abs(grad[worst]))) {
                        worst = j;
                    }
                }
                if (worst < 0) return w;
                theta[worst] = -Math.signum(grad[worst]);
            }
            if (!featureSignStep(w, theta)) return null;
        }
        return null;
    }

    /** Solves the active problem and moves towards its answer, stopping where a sign would change. */
    private boolean featureSignStep(double[] w, double[] theta) {
        int[] active = new int[d];
        int m = 0;
        for (int j = 0; j < d; j++) {
            if (theta[j] != 0) active[m++] = j;
        }
        SimpleMatrix a = new SimpleMatrix(m, m);
        SimpleMatrix b = new SimpleMatrix(m, 1);
        for (int p = 0; p < m; p++) {
            for (int q = 0; q < m; q++) a.set(p, q, g[active[p]][active[q]]);
            b.set(p, 0, c[active[p]] - lambda * theta[active[p]]);
        }
        SimpleMatrix sol;
        try {
            sol = a.solve(b);
        } catch (RuntimeException singular) {
            return false;
        }
        double[] target = new double[d];
        for (int p = 0; p < m; p++) {
            target[active[p]] = sol.get(p, 0);
            if (!Double.isFinite(target[active[p]])) return false;
        }
        // candidates: the full step, and each point where a non-zero weight reaches zero on the way
        double[] best = target;
        double bestValue = objective(target);
        int zeroed = -1;
        for (int p = 0; p < m; p++) {
            int j = active[p];
            if (w[j] != 0 && Math.signum(target[j]) != Math.signum(w[j])) {
                double t = w[j] / (w[j] - target[j]);
                double[] q = new double[d];
                for (int k = 0; k < d; k++) q[k] = w[k] + t * (target[k] - w[k]);
                q[j] = 0;
                double v = objective(q);
                if (v < bestValue) {
                    best = q;
                    bestValue = v;
                    zeroed = j;
                }
            }
        }
        System.arraycopy(best, 0, w, 0, d);
        for (int j = 0; j < d; j++) {
            if (theta[j] == 0) w[j] = 0;
            theta[j] = Math.signum(w[j]);
        }
        if (zeroed >= 0) theta[zeroed] = 0;
        return true;
    }

    private double[] gradient(double[] w) {
        double[] out = new double[d];
        for (int a = 0; a < d; a++) {
            double s = -c[a];
            for (int b = 0; b < d; b++) s += g[a][b] * w[b];
            out[a] = s;
        }
        return out;
    }

    /** F(w) − F(0) = ½wᵀGw − cᵀw + λ‖w‖₁ (the constant ‖yc‖²/n dropped). */
    private double objective(double[] w) {
        double v = 0;
        for (int a = 0; a < d; a++) {
            double gw = 0;
            for (int b = 0; b < d; b++) gw += g[a][b] * w[b];
            v += 0.5 * w[a] * gw - c[a] * w[a] + lambda * Math.abs(w[a]);
        }
        return v;
    }

    private static double mean(double[] ys) {
        double s = 0;
        for (double y : ys) s += y;
        return s / ys.length;
    }
}
