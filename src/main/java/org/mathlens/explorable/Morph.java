package org.mathlens.explorable;

/**
 * The one morph of the plane (or space) from the identity to a matrix A, which linear-transform,
 * determinant, eigendecomposition and affine all play: M = (1 − s)·I + s·A with s = rate(t).
 * The rate is applied here, once, so every pane eases the same way and t = 1 is exactly A.
 */
public final class Morph {
    private Morph() {
    }

    /** The matrix a progress t of the way from I to A, eased by {@link Rate#SMOOTH}. */
    public static double[][] of(double[][] a, double t) {
        return between(a, Rate.SMOOTH.apply(t));
    }

    /** (1 − s)·I + s·A for a share s already eased (a stage of {@link Stages} gives one). */
    public static double[][] between(double[][] a, double s) {
        int n = a.length;
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = s == 1 ? a[i][j] : s * a[i][j] + (i == j ? 1 - s : 0) + 0.0;
            }
        }
        return m;
    }

    /**
     * det((1 − s)·I + s·A) of a 2×2 A from its trace and determinant, (1 − s)² + s(1 − s)·tr A
     * + s²·det A, so at s = 1 it is det A itself, not a rounding of a product of rounded entries.
     */
    public static double det2(double[][] a, double detA, double s) {
        double r = 1 - s;
        return r * r + s * r * (a[0][0] + a[1][1]) + s * s * detA + 0.0;
    }
}
