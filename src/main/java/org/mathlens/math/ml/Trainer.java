package org.mathlens.math.ml;

import java.util.Random;
import java.util.function.Supplier;
import org.mathlens.math.optim.Optimizer;

/**
 * Minibatch training, seeded: each epoch shuffles the training rows with the trainer's own
 * random stream and takes one optimizer step per batch. The same seed, data and settings give
 * the same weights after the same number of epochs. Mutable, one per training run; keep it off
 * the FX thread and hand out the immutable {@link Network} it holds.
 */
public final class Trainer {
    private final double[][] x;
    private final int[] y;
    private final Loss loss;
    private final Penalty penalty;
    private final Optimizer optimizer;
    private final int batch;
    private final Random shuffle;
    private Network network;
    private double[] lastGradient;
    private int epochs;

    public Trainer(Network start, double[][] x, int[] y, Loss loss, Penalty penalty,
            Supplier<Optimizer> optimizer, int batch, long seed) {
        if (batch < 1) {
            throw new IllegalArgumentException("the batch must hold at least one example");
        }
        this.network = start;
        this.x = x;
        this.y = y;
        this.loss = loss;
        this.penalty = penalty;
        this.optimizer = optimizer.get();
        this.batch = batch;
        this.shuffle = new Random(seed ^ 0x5DEECE66DL);
    }

    /** One pass over the training rows in a fresh seeded order. */
    public void epoch() {
        int n = x.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int start = 0; start < n; start += batch) {
            int m = Math.min(batch, n - start);
            double[][] bx = new double[m][];
            int[] by = new int[m];
            for (int i = 0; i < m; i++) {
                bx[i] = x[order[start + i]];
                by[i] = y[order[start + i]];
            }
            Gradient g = Gradient.of(network, bx, by, loss, penalty);
            lastGradient = g.values();
            network = network.withParameters(optimizer.step(network.parameters(), g.values()));
        }
        epochs++;
    }

    public Network network() {
        return network;
    }

    /** The gradient of the last batch's step (null before the first), laid out as the parameters. */
    public double[] lastGradient() {
        return lastGradient == null ? null : lastGradient.clone();
    }

    public int epochs() {
        return epochs;
    }
}
