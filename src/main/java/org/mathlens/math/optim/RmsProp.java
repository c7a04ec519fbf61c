package org.mathlens.math.optim;

/** RMSProp: a running average of squared gradients, E ← ρ·E + (1−ρ)·g², x ← x − η·g/(√E + ε). */
public final class RmsProp implements Optimizer {
    private final double lr;
    private final double rho;
    private double[] avg;

    public RmsProp(double lr, double rho) {
        this.lr = lr;
        this.rho = rho;
    }

    @Override
    public String name() {
        return "rmsprop";
    }

    @Override
    public double[] step(double[] x, double[] grad) {
        if (avg == null || avg.length != x.length) {
            avg = new double[x.length];
        }
        double[] next = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            avg[i] = rho * avg[i] + (1 - rho) * grad[i] * grad[i];
            next[i] = x[i] - lr * grad[i] / (Math.sqrt(avg[i]) + EPSILON);
        }
        return next;
    }

    @Override
    public void reset() {
        avg = null;
    }

    @Override
    public String rule() {
        return "E ← ρ·E + (1−ρ)·g²;  x ← x − η·g/(√E + ε),  ρ = " + org.mathlens.math.Numbers.format(rho) + ", ε = 1e-8";
    }
}
