package org.mathlens.math.optim;

/** Plain gradient descent: x ← x − η·g. */
public final class Sgd implements Optimizer {
    private final double lr;

    public Sgd(double lr) {
        this.lr = lr;
    }

    @Override
    public String name() {
        return "sgd";
    }

    @Override
    public double[] step(double[] x, double[] grad) {
        double[] next = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            next[i] = x[i] - lr * grad[i];
        }
        return next;
    }

    @Override
    public void reset() {
    }

    @Override
    public String rule() {
        return "x ← x − η·g";
    }
}
