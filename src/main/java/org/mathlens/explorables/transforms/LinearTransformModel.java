package org.mathlens.explorables.transforms;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mathlens.math.linalg.Linalg;

/**
 * A 2×2 matrix A seen as a map of the plane: its columns are where î and ĵ land, its
 * determinant the factor areas scale by (negative when orientation flips, zero when the plane
 * collapses), and the straight path (1 − t)·I + t·A from the identity that the animation plays.
 */
public final class LinearTransformModel {
    /** The named examples the preset list offers, in order; "custom" is anything else. */
    public static final Map<String, double[][]> PRESETS = presets();

    private double[][] a = {{1, 0}, {0, 1}};
    private double det = 1;

    private static Map<String, double[][]> presets() {
        Map<String, double[][]> p = new LinkedHashMap<>();
        p.put("rotation", new double[][] {{0, -1}, {1, 0}});
        p.put("scaling", new double[][] {{2, 0}, {0, 0.5}});
        p.put("shear", new double[][] {{1, 1}, {0, 1}});
        p.put("reflection", new double[][] {{-1, 0}, {0, 1}});
        p.put("projection", new double[][] {{1, 0}, {0, 0}});
        p.put("singular", new double[][] {{1, 2}, {0.5, 1}});
        return java.util.Collections.unmodifiableMap(p);
    }

    public void set(double[][] matrix) {
        a = new double[][] {matrix[0].clone(), matrix[1].clone()};
        det = Linalg.det(a);
    }

    public double[][] matrix() {
        return new double[][] {a[0].clone(), a[1].clone()};
    }

    /** Where î = (1, 0) lands: the first column. */
    public double[] col1() {
        return new double[] {a[0][0] + 0.0, a[1][0] + 0.0};
    }

    /** Where ĵ = (0, 1) lands: the second column. */
    public double[] col2() {
        return new double[] {a[0][1] + 0.0, a[1][1] + 0.0};
    }

    /** The signed area of the unit square's image; exactly 0 for a numerically singular A. */
    public double det() {
        return det;
    }

    /** The rank of A: 2 (the plane stays a plane), 1 (it collapses onto a line) or 0 (onto the origin). */
    public int rank() {
        return Linalg.rank(a);
    }

    /** What the map does to the plane as a whole, in words. */
    public String verdict() {
        return verdict(a, det);
    }

    static String verdict(double[][] m, double det) {
        if (det == 0) {
            return Linalg.rank(m) == 0 ? "the plane collapses onto a point" : "the plane collapses onto a line";
        }
        return det < 0 ? "orientation flips" : null;
    }

    /** The preset A equals exactly, or "custom". */
    public static String presetOf(double[][] m) {
        for (Map.Entry<String, double[][]> e : PRESETS.entrySet()) {
            if (java.util.Arrays.deepEquals(e.getValue(), m)) {
                return e.getKey();
            }
        }
        return "custom";
    }

    /** Smooth start and stop: 3t² − 2t³ on [0, 1]. */
    public static double ease(double t) {
        double c = Math.max(0, Math.min(1, t));
        return c * c * (3 - 2 * c);
    }

    /** (1 − t)·I + t·A, written into {@code out} (2×2) so an animation allocates nothing. */
    public double[][] between(double t, double[][] out) {
        out[0][0] = 1 - t + t * a[0][0] + 0.0;
        out[0][1] = t * a[0][1] + 0.0;
        out[1][0] = t * a[1][0] + 0.0;
        out[1][1] = 1 - t + t * a[1][1] + 0.0;
        return out;
    }

    /** A applied to a point. */
    public double[] apply(double x, double y) {
        return new double[] {a[0][0] * x + a[0][1] * y, a[1][0] * x + a[1][1] * y};
    }
}
