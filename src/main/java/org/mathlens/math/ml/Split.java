package org.mathlens.math.ml;

import java.util.Random;

/** A seeded split of n rows into train and test: the first round(share·n) of a shuffled order train. */
public record Split(int[] train, int[] test) {
    public static Split of(int n, double trainShare, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random r = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int k = (int) Math.round(Math.max(0, Math.min(1, trainShare)) * n);
        int[] train = java.util.Arrays.copyOfRange(order, 0, k);
        int[] test = java.util.Arrays.copyOfRange(order, k, n);
        return new Split(train, test);
    }

    public static double[][] rows(double[][] x, int[] idx) {
        double[][] out = new double[idx.length][];
        for (int i = 0; i < idx.length; i++) {
            out[i] = x[idx[i]];
        }
        return out;
    }

    public static int[] rows(int[] y, int[] idx) {
        int[] out = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = y[idx[i]];
        }
        return out;
    }
}
