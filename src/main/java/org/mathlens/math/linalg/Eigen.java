package org.mathlens.math.linalg;

/**
 * Eigenvalues of a square matrix, sorted by real part then imaginary part, largest first.
 * {@code vectors} holds the matching unit eigenvectors as columns (each signed so its
 * largest-magnitude entry is positive), or is null when some eigenvalue is complex or A is
 * defective (a repeated eigenvalue with too few eigen-directions, like the shear [[1, 1], [0, 1]]).
 */
public record Eigen(double[] real, double[] imaginary, double[][] vectors) {

    public boolean isReal() {
        for (double im : imaginary) {
            if (im != 0) {
                return false;
            }
        }
        return true;
    }

    public int size() {
        return real.length;
    }
}
