package org.mathlens.explorables.decompositions;

import java.util.Random;
import org.mathlens.math.data.Labelled;

/**
 * The pca pane's presets: two seeded correlated clouds (the same points on every machine, since
 * java.util.Random's sequence is specified) and the shipped labelled sets with their class as a
 * last column, the layout {@code DataParameter} gives a labelled CSV.
 */
final class PcaData {
    private PcaData() {
    }

    /** 40 points along a tilted line, spread about 2.2 along it and 0.6 across. */
    static double[][] cloud2d() {
        Random r = new Random(16);
        double angle = Math.toRadians(28);
        double[][] p = new double[40][];
        for (int i = 0; i < p.length; i++) {
            double along = 2.2 * r.nextGaussian();
            double across = 0.6 * r.nextGaussian();
            p[i] = new double[] {
                round(1 + along * Math.cos(angle) - across * Math.sin(angle)),
                round(0.5 + along * Math.sin(angle) + across * Math.cos(angle))};
        }
        return p;
    }

    /** 150 points near a tilted plane: spreads 1.6 and 0.8 within it, 0.15 off it. */
    static double[][] cloud3d() {
        Random r = new Random(3);
        double[] u = unit(1, 0.4, 0.3);
        double[] w = unit(-0.3, 0.2, 1);
        double[] v = cross(w, u);
        double[][] p = new double[150][];
        for (int i = 0; i < p.length; i++) {
            double a = 1.6 * r.nextGaussian();
            double b = 0.8 * r.nextGaussian();
            double c = 0.15 * r.nextGaussian();
            p[i] = new double[3];
            for (int j = 0; j < 3; j++) {
                p[i][j] = round(a * u[j] + b * v[j] + c * w[j]);
            }
        }
        return p;
    }

    /** The features with the class number appended as a last column. */
    static double[][] withClasses(Labelled set) {
        double[][] rows = new double[set.size()][];
        for (int i = 0; i < rows.length; i++) {
            double[] x = set.x()[i];
            rows[i] = java.util.Arrays.copyOf(x, x.length + 1);
            rows[i][x.length] = set.y()[i];
        }
        return rows;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static double[] unit(double x, double y, double z) {
        double n = Math.sqrt(x * x + y * y + z * z);
        return new double[] {x / n, y / n, z / n};
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }
}
