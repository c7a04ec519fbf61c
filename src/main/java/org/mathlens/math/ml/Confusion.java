package org.mathlens.math.ml;

/** Counts of (true class, predicted class) pairs: row = the truth, column = the network's answer. */
public final class Confusion {
    private Confusion() {
    }

    public static int[][] of(Network net, double[][] x, int[] y, int classes) {
        int[][] counts = new int[classes][classes];
        double[][] o = net.outputs(x);
        for (int i = 0; i < x.length; i++) {
            counts[y[i]][Network.argmax(o[i])]++;
        }
        return counts;
    }

    public static int total(int[][] counts) {
        int n = 0;
        for (int[] row : counts) {
            for (int c : row) {
                n += c;
            }
        }
        return n;
    }
}
