package org.mathlens.math.optim;

/**
 * Adam: momentum on the gradient (m) and RMSProp's scale (v), both bias-corrected so the
 * first steps are not too small: m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², x ← x − η·m̂/(√v̂ + ε)
 * with m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ). Its first step is η·sign(g) in every coordinate.
 */
public final class Adam implements Optimizer {
    private final double lr;
    private final double beta1;
    private final double beta2;
    private double[] m;
    private double[] v;
    private int t;

    public Adam(double lr, double beta1, double beta2) {
        this.lr = lr;
        this.beta1 = beta1;
        this.beta2 = beta2;
    }

    @Override
    public String name() {
        return "adam";
    }

    @Override
    public double[] step(double[] x, double[] grad) {
        if (m == null || m.length != x.length) {
            m = new double[x.length];
            v = new double[x.length];
            t = 0;
        }
        t++;
        double c1 = 1 - Math.pow(beta1, t);
        double c2 = 1 - Math.pow(beta2, t);
        double[] next = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            m[i] = beta1 * m[i] + (1 - beta1) * grad[i];
            v[i] = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i];
            double mHat = c1 == 0 ? m[i] : m[i] / c1;
            double vHat = c2 == 0 ? v[i] : v[i] / c2;
            next[i] = x[i] - lr * mHat / (Math.sqrt(vHat) + EPSILON);
        }
        return next;
    }

    @Override
    public void reset() {
        m = null;
        v = null;
        t = 0;
    }

    @Override
    public String rule() {
        return "m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  x ← x − η·m̂/(√v̂ + ε),  ε = 1e-8";
    }
}
