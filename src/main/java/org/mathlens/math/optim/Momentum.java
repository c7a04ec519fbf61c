package org.mathlens.math.optim;

/** Heavy-ball momentum: v ← β·v + g, x ← x − η·v. With β = 0 it is plain SGD. */
public final class Momentum implements Optimizer {
    private final double lr;
    private final double beta;
    private final boolean nesterov;
    private double[] v;

    public Momentum(double lr, double beta) {
        this(lr, beta, false);
    }

    /**
     * Nesterov's variant looks ahead along the velocity; in the form that needs only the
     * gradient at x (as PyTorch writes it): v ← β·v + g, x ← x − η·(g + β·v).
     */
    public static Momentum nesterov(double lr, double beta) {
        return new Momentum(lr, beta, true);
    }

    private Momentum(double lr, double beta, boolean nesterov) {
        this.lr = lr;
        this.beta = beta;
        this.nesterov = nesterov;
    }

    @Override
    public String name() {
        return nesterov ? "nesterov" : "momentum";
    }

    @Override
    public double[] step(double[] x, double[] grad) {
        if (v == null || v.length != x.length) {
            v = new double[x.length];
        }
        double[] next = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            v[i] = beta * v[i] + grad[i];
            next[i] = x[i] - lr * (nesterov ? grad[i] + beta * v[i] : v[i]);
        }
        return next;
    }

    /** The velocity after the last step (zero before the first). */
    public double[] velocity() {
        return v == null ? new double[0] : v.clone();
    }

    @Override
    public void reset() {
        v = null;
    }

    @Override
    public String rule() {
        return nesterov ? "v ← β·v + g;  x ← x − η·(g + β·v)" : "v ← β·v + g;  x ← x − η·v";
    }
}
