package org.mathlens.math.linalg;

/**
 * A matrix with each row, then each column, scaled by a power of two so its largest entry
 * lies in [0.5, 1): A = R · E · C with R and C diagonal powers of two. The scaling is exact
 * (only exponents change), keeps the rank, and puts every decision that compares entries or
 * singular values with one another on the same footing for diag(1e-10, 1e6) as for diag(1, 2).
 * {@code exponent} is log₂ det(R·C), so det A = det E · 2^exponent for a square A.
 */
record Equilibrated(double[][] matrix, int exponent) {

    static Equilibrated of(double[][] a) {
        int m = a.length;
        int n = m == 0 ? 0 : a[0].length;
        double[][] e = new double[m][];
        int exponent = 0;
        for (int i = 0; i < m; i++) {
            e[i] = a[i].clone();
            int shift = shift(a[i]);
            exponent += shift;
            for (int j = 0; j < n; j++) {
                e[i][j] = Math.scalb(e[i][j], -shift);
            }
        }
        for (int j = 0; j < n; j++) {
            double largest = 0;
            for (int i = 0; i < m; i++) {
                largest = Math.max(largest, Math.abs(e[i][j]));
            }
            int shift = largest == 0 ? 0 : Math.getExponent(largest) + 1;
            exponent += shift;
            for (int i = 0; i < m; i++) {
                e[i][j] = Math.scalb(e[i][j], -shift);
            }
        }
        return new Equilibrated(e, exponent);
    }

    /** The power of two that brings the row's largest entry into [0.5, 1); 0 for a zero row. */
    private static int shift(double[] row) {
        double largest = 0;
        for (double x : row) {
            largest = Math.max(largest, Math.abs(x));
        }
        return largest == 0 ? 0 : Math.getExponent(largest) + 1;
    }
}
