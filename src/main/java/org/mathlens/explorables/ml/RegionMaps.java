package org.mathlens.explorables.ml;

import org.mathlens.math.ml.Features;
import org.mathlens.math.ml.Loss;
import org.mathlens.math.ml.Network;

/**
 * What the network makes of every place in the picture's square, sampled on an n×n grid (row 0
 * at the top, y = y1): the predicted class and its probability, and the value of every neuron
 * (hidden activations; for the outputs, each class's probability) on a coarser grid of
 * {@code n / 2} a side, with each neuron's largest magnitude to scale its colours. Pure; made
 * off the FX thread, immutable once made.
 */
public record RegionMaps(double[] box, int n, int[] best, double[] confidence, int m, double[][][] neurons, double[][] scale) {

    public static RegionMaps of(Network net, Features features, double[] box, int n) {
        int layers = net.layers();
        int[] sizes = net.sizes();
        int m = n / 2;
        int[] best = new int[n * n];
        double[] confidence = new double[n * n];
        double[][][] neurons = new double[layers][][];
        double[][] scale = new double[layers][];
        for (int l = 0; l < layers; l++) {
            neurons[l] = new double[sizes[l + 1]][m * m];
            scale[l] = new double[sizes[l + 1]];
        }
        double[][] grid = new double[n * n][];
        for (int r = 0; r < n; r++) {
            double y = box[3] - (r + 0.5) * (box[3] - box[2]) / n;
            for (int c = 0; c < n; c++) {
                grid[r * n + c] = features.of(box[0] + (c + 0.5) * (box[1] - box[0]) / n, y);
            }
        }
        double[][][] a = net.activations(grid);
        for (int cell = 0; cell < n * n; cell++) {
            double[] p = Loss.probabilities(a[layers][cell]);
            int k = argmax(p);
            best[cell] = k;
            confidence[cell] = p[k];
            int r = cell / n;
            int c = cell % n;
            if (r % 2 == 0 && c % 2 == 0 && r / 2 < m && c / 2 < m) {
                int coarse = (r / 2) * m + c / 2;
                for (int l = 0; l < layers; l++) {
                    double[] v = l == layers - 1 ? p : a[l + 1][cell];
                    for (int i = 0; i < v.length; i++) {
                        neurons[l][i][coarse] = v[i];
                        scale[l][i] = Math.max(scale[l][i], Math.abs(v[i]));
                    }
                }
            }
        }
        return new RegionMaps(box.clone(), n, best, confidence, m, neurons, scale);
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int k = 1; k < v.length; k++) {
            if (v[k] > v[best]) {
                best = k;
            }
        }
        return best;
    }
}
