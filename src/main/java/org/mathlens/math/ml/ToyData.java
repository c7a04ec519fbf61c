package org.mathlens.math.ml;

import java.util.Random;
import org.mathlens.math.data.Labelled;
import java.util.List;

/**
 * TensorFlow Playground's four two-class sets on the square [−6, 6]², seeded. Noise is
 * 0 … 50 (percent): circle and xor jitter the points, gauss widens the clusters, spiral
 * jitters along its arms. Class 0 and class 1 in equal numbers.
 */
public final class ToyData {
    private ToyData() {
    }

    public static Labelled of(String name, int n, double noise, long seed) {
        Random r = new Random(seed);
        double s = noise / 100;
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            int label = i % 2;
            y[i] = label;
            x[i] = switch (name) {
                case "circle" -> circle(r, label, s);
                case "xor" -> xor(r, label, s);
                case "gauss" -> gauss(r, label, s);
                case "spiral" -> spiral(r, label, i / 2, n / 2, s);
                default -> throw new IllegalArgumentException(
                        "'" + name + "' is not a data set: use circle, xor, gauss or spiral");
            };
        }
        return new Labelled(name, x, y, List.of("x1", "x2"), List.of("class 0", "class 1"));
    }

    /** Class 1 inside radius 2.5, class 0 in the ring 3.5 … 5. */
    private static double[] circle(Random r, int label, double s) {
        double radius = label == 1 ? r.nextDouble() * 2.5 : 3.5 + r.nextDouble() * 1.5;
        double angle = r.nextDouble() * 2 * Math.PI;
        return new double[] {radius * Math.cos(angle) + (2 * r.nextDouble() - 1) * 5 * s,
                radius * Math.sin(angle) + (2 * r.nextDouble() - 1) * 5 * s};
    }

    /** Class 1 where x1·x2 > 0; points keep 0.3 away from the axes. */
    private static double[] xor(Random r, int label, double s) {
        double a = 0.3 + r.nextDouble() * 4.7;
        double b = 0.3 + r.nextDouble() * 4.7;
        double sx = r.nextBoolean() ? 1 : -1;
        double sy = label == 1 ? sx : -sx;
        return new double[] {sx * a + (2 * r.nextDouble() - 1) * 5 * s, sy * b + (2 * r.nextDouble() - 1) * 5 * s};
    }

    /** Class 1 around (2, 2), class 0 around (−2, −2); spread 0.5 … 4 with the noise. */
    private static double[] gauss(Random r, int label, double s) {
        double spread = 0.5 + 3.5 * s;
        double c = label == 1 ? 2 : -2;
        return new double[] {c + r.nextGaussian() * spread / 2, c + r.nextGaussian() * spread / 2};
    }

    /** Two interleaved arms, class 1 turned by π. */
    private static double[] spiral(Random r, int label, int i, int half, double s) {
        double t = 1.75 * i / Math.max(1, half) * 2 * Math.PI;
        double radius = 5.0 * i / Math.max(1, half);
        double turn = label == 1 ? Math.PI : 0;
        return new double[] {radius * Math.sin(t + turn) + (2 * r.nextDouble() - 1) * s * 5 / 2,
                radius * Math.cos(t + turn) + (2 * r.nextDouble() - 1) * s * 5 / 2};
    }
}
