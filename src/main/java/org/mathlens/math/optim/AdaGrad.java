package org.mathlens.math.optim;

/**
 * AdaGrad: each coordinate's step is divided by the root of the sum of all its squared
 * gradients so far, G ← G + g², x ← x − η·g/(√G + ε); steps shrink as evidence accumulates.
 */
public final class AdaGrad implements Optimizer {
    private final double lr;
    private double[] sum;

    public AdaGrad(double lr) {
        this.lr = lr;
    }

    @Override
    public String name() {
        return "adagrad";
    }

    @Override
    public double[] step(double[] x, double[] grad) {
        if (sum == null || sum.length != x.length) {
            sum = new double[x.length];
        }
        double[] next = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            sum[i] += grad[i] * grad[i];
            next[i] = x[i] - lr * grad[i] / (Math.sqrt(sum[i]) + EPSILON);
        }
        return next;
    }

    @Override
    public void reset() {
        sum = null;
    }

    @Override
    public String rule() {
        return "G ← G + g²;  x ← x − η·g/(√G + ε),  ε = 1e-8";
    }
}
