package org.mathlens.explorables.optim;

import java.util.Random;

/**
 * Gradient descent fitting a line y = m·x + b to data by the mean squared error
 * L(m, b) = (1/n) Σ (yᵢ − (m xᵢ + b))². Each step estimates the gradient on one point
 * (single, cycling through the data), all of it (batch) or a seeded shuffle of pairs
 * (minibatch), and moves (m, b) against it. The whole run up to {@link #MAX_STEPS} is computed
 * once per change of data, start, learning rate or mode; choosing how many steps to show is
 * then free. A run whose loss or weights blow up stops there and is marked as diverged.
 */
public final class GradientDescentModel {
    public enum Mode { SINGLE, BATCH, MINIBATCH }

    public static final int MAX_STEPS = 1000;
    /** Beyond these the run is called diverging and stops (the picture stays drawable). */
    public static final double LOSS_LIMIT = 1e8;
    public static final double WEIGHT_LIMIT = 1e3;
    public static final long MINIBATCH_SEED = 42;
    public static final int MINIBATCH_SIZE = 2;

    private double[][] data = new double[0][];
    private double lr;
    private Mode mode = Mode.BATCH;
    private final double[] m = new double[MAX_STEPS + 1];
    private final double[] b = new double[MAX_STEPS + 1];
    private final double[] loss = new double[MAX_STEPS + 1];
    /** Gradient used by step k (k ≥ 1), stored at index k. */
    private final double[] gm = new double[MAX_STEPS + 1];
    private final double[] gb = new double[MAX_STEPS + 1];
    private final int[][] batchOf = new int[MAX_STEPS + 1][];
    private int length;
    private boolean diverged;
    private int shown;

    /** Sets everything and recomputes the run from (m0, b0). */
    public void set(double[][] data, double m0, double b0, double lr, Mode mode) {
        this.data = data;
        this.lr = lr;
        this.mode = mode;
        run(m0, b0);
    }

    /** How many steps to show; clamped to the steps taken before a divergence. */
    public void show(int steps) {
        shown = Math.max(0, Math.min(steps, length - 1));
    }

    public double[][] data() {
        return data;
    }

    public double lr() {
        return lr;
    }

    public Mode mode() {
        return mode;
    }

    /** The mean squared error over all the data. */
    public double loss(double mm, double bb) {
        double s = 0;
        for (double[] p : data) {
            double r = p[1] - (mm * p[0] + bb);
            s += r * r;
        }
        return s / data.length;
    }

    /** (∂L/∂m, ∂L/∂b) of the mean squared error over the points with these indices. */
    public double[] gradient(double mm, double bb, int[] indices) {
        double sm = 0;
        double sb = 0;
        for (int i : indices) {
            double r = data[i][1] - (mm * data[i][0] + bb);
            sm += data[i][0] * r;
            sb += r;
        }
        return new double[] {-2.0 / indices.length * sm, -2.0 / indices.length * sb};
    }

    private void run(double m0, double b0) {
        m[0] = m0;
        b[0] = b0;
        loss[0] = loss(m0, b0);
        length = 1;
        diverged = false;
        int n = data.length;
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        int[] order = all.clone();
        Random shuffle = new Random(MINIBATCH_SEED);
        int cursor = n;
        for (int k = 1; k <= MAX_STEPS; k++) {
            int[] used;
            switch (mode) {
                case SINGLE -> used = new int[] {(k - 1) % n};
                case MINIBATCH -> {
                    if (cursor + MINIBATCH_SIZE > n) {
                        shuffle(order, shuffle);
                        cursor = 0;
                    }
                    int size = Math.min(MINIBATCH_SIZE, n);
                    used = new int[size];
                    System.arraycopy(order, cursor, used, 0, size);
                    cursor += size;
                }
                default -> used = all;
            }
            double[] g = gradient(m[k - 1], b[k - 1], used);
            double mk = m[k - 1] - lr * g[0];
            double bk = b[k - 1] - lr * g[1];
            double lk = loss(mk, bk);
            if (!Double.isFinite(lk) || lk > LOSS_LIMIT || Math.abs(mk) > WEIGHT_LIMIT || Math.abs(bk) > WEIGHT_LIMIT) {
                diverged = true;
                break;
            }
            gm[k] = g[0];
            gb[k] = g[1];
            batchOf[k] = used;
            m[k] = mk;
            b[k] = bk;
            loss[k] = lk;
            length = k + 1;
        }
        shown = Math.min(shown, length - 1);
    }

    private static void shuffle(int[] a, Random r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** The step shown (0 = the start). */
    public int step() {
        return shown;
    }

    /** Steps the run could take before it stopped (MAX_STEPS unless it diverged). */
    public int available() {
        return length - 1;
    }

    /** True when the run blew up within MAX_STEPS and the shown step is its last finite one. */
    public boolean divergedNow() {
        return diverged && shown == length - 1;
    }

    public boolean diverged() {
        return diverged;
    }

    public double m() {
        return m[shown];
    }

    public double b() {
        return b[shown];
    }

    public double loss() {
        return loss[shown];
    }

    public double mAt(int k) {
        return m[k];
    }

    public double bAt(int k) {
        return b[k];
    }

    public double lossAt(int k) {
        return loss[k];
    }

    /** The gradient step k used (k ≥ 1). */
    public double[] gradientAt(int k) {
        return new double[] {gm[k], gb[k]};
    }

    public double gmAt(int k) {
        return gm[k];
    }

    public double gbAt(int k) {
        return gb[k];
    }

    /** The data indices step k (≥ 1) looked at. */
    public int[] batchAt(int k) {
        return batchOf[k] == null ? new int[0] : batchOf[k].clone();
    }

    /** The least-squares line (m*, b*) — where descent should end — or null when all x are equal. */
    public double[] bestFit() {
        int n = data.length;
        double sx = 0;
        double sy = 0;
        for (double[] p : data) {
            sx += p[0];
            sy += p[1];
        }
        double mx = sx / n;
        double my = sy / n;
        double sxx = 0;
        double sxy = 0;
        for (double[] p : data) {
            sxx += (p[0] - mx) * (p[0] - mx);
            sxy += (p[0] - mx) * (p[1] - my);
        }
        if (sxx < 1e-12) {
            return null;
        }
        double mm = sxy / sxx;
        return new double[] {mm, my - mm * mx};
    }
}
