package org.mathlens.explorables.transforms;

import org.mathlens.explorable.Morph;
import org.mathlens.explorable.Rate;
import org.mathlens.math.linalg.Linalg;

/**
 * A 2×2 matrix A seen as a map of the plane: its columns are where î and ĵ land, its
 * determinant the factor areas scale by (negative when orientation flips, zero when the plane
 * collapses), and the matrix M drawn a progress t along the straight path from the identity.
 */
public final class LinearTransformModel {
    private double[][] a = {{1, 0}, {0, 1}};
    private double det = 1;
    private double t = 1;
    private double[][] drawn = {{1, 0}, {0, 1}};
    private double drawnDet = 1;

    public void set(double[][] matrix) {
        set(matrix, t);
    }

    /** A and how far the picture has moved from I towards it (t in [0, 1], eased once by {@link Morph}). */
    public void set(double[][] matrix, double progress) {
        a = new double[][] {matrix[0].clone(), matrix[1].clone()};
        det = Linalg.det(a);
        t = progress;
        double s = Rate.SMOOTH.apply(t);
        drawn = Morph.between(a, s);
        drawnDet = Morph.det2(a, det, s);
    }

    /** The progress t: 0 draws I, 1 draws A. */
    public double progress() {
        return t;
    }

    /** The matrix the picture draws, M = (1 − s)·I + s·A with s = smooth(t); A itself at t = 1. */
    public double[][] drawn() {
        return drawn;
    }

    /** det M, exactly det A at t = 1. */
    public double drawnDet() {
        return drawnDet;
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

    /** A applied to a point. */
    public double[] apply(double x, double y) {
        return new double[] {a[0][0] * x + a[0][1] * y, a[1][0] * x + a[1][1] * y};
    }
}
